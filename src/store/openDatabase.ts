import { ProgressDatabase, type DatabaseEnvironment } from './progressDatabase';

export type Persistence = 'indexeddb' | 'memory';

export interface OpenedDatabase {
  db: ProgressDatabase;
  persistence: Persistence;
  /** Why progress lives in memory only (null when it is saved to IndexedDB); the UI shows it. */
  reason: string | null;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) {
    const e = error as { name: string; message?: string };
    return e.message ? `${e.name}: ${e.message}` : e.name;
  }
  return String(error);
}

function reasonFor(error: unknown): string {
  const name = error && typeof error === 'object' ? (error as { name?: string }).name : undefined;
  // Dexie reports a database written by a newer release as VersionError.
  if (name === 'VersionError') {
    return 'Your progress was saved by a newer version of Canary Lab. Reload the page to use it; until then nothing is saved.';
  }
  return `The browser refused to open storage (${describe(error)}), as private windows and blocked site data do. Progress is kept only until this tab closes.`;
}

function browserIndexedDB(): IDBFactory | undefined {
  try {
    // Reading the property itself throws a SecurityError in some browsers when site data is blocked.
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens the progress database in IndexedDB, or, when that is impossible, in an in-memory IndexedDB
 * so that every feature still works for the session. fake-indexeddb is loaded only on that path.
 */
export async function openProgressDatabase(name: string, environment: DatabaseEnvironment = {}): Promise<OpenedDatabase> {
  const factory = environment.indexedDB ?? browserIndexedDB();
  if (!factory) {
    return openInMemory(name, 'This browser offers no IndexedDB storage here. Progress is kept only until this tab closes.');
  }
  const db = new ProgressDatabase(name, { indexedDB: factory, IDBKeyRange: environment.IDBKeyRange ?? globalThis.IDBKeyRange });
  try {
    await db.open();
    return { db, persistence: 'indexeddb', reason: null };
  } catch (error) {
    db.close();
    return openInMemory(name, reasonFor(error));
  }
}

async function openInMemory(name: string, reason: string): Promise<OpenedDatabase> {
  const { IDBFactory: MemoryFactory, IDBKeyRange: MemoryKeyRange } = await import('fake-indexeddb');
  const db = new ProgressDatabase(name, { indexedDB: new MemoryFactory(), IDBKeyRange: MemoryKeyRange });
  await db.open();
  return { db, persistence: 'memory', reason };
}
