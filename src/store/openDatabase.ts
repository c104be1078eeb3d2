import { currentSchemaVersion } from './migrations';
import { ProgressDatabase, type DatabaseEnvironment } from './progressDatabase';

export type Persistence = 'indexeddb' | 'memory';

/** Why progress is not saved to IndexedDB, for the UI to choose its wording and offer a reload. */
export type PersistenceIssue = 'no-indexeddb' | 'open-failed' | 'newer-version';

export interface OpenedDatabase {
  db: ProgressDatabase;
  persistence: Persistence;
  issue: PersistenceIssue | null;
  /** Why progress lives in memory only (null when it is saved to IndexedDB); the UI shows it. */
  reason: string | null;
}

const newerVersionReason =
  'Your progress was saved by a newer version of Canary Lab. Reload the page to use it; until then nothing is saved.';

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) {
    const e = error as { name: string; message?: string };
    return e.message ? `${e.name}: ${e.message}` : e.name;
  }
  return String(error);
}

function openFailedReason(error: unknown): string {
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
export async function openProgressDatabase(
  name: string,
  environment: DatabaseEnvironment = {},
): Promise<OpenedDatabase> {
  const factory = environment.indexedDB ?? browserIndexedDB();
  if (!factory) {
    return openInMemory(
      name,
      'no-indexeddb',
      'This browser offers no IndexedDB storage here. Progress is kept only until this tab closes.',
    );
  }
  const db = new ProgressDatabase(name, {
    indexedDB: factory,
    IDBKeyRange: environment.IDBKeyRange ?? globalThis.IDBKeyRange,
  });
  try {
    await db.open();
  } catch (error) {
    db.close();
    return openInMemory(name, 'open-failed', openFailedReason(error));
  }
  // Dexie 4 opens a database whose version is above the declared one instead of failing (IndexedDB
  // versions are Dexie's × 10; Dexie may add a fraction when it adds missing stores itself). Its
  // records may carry fields this code does not know and would drop, so this stale tab keeps its
  // hands off and asks for a reload, which loads the newer app. https://dexie.org/docs/Dexie/Dexie.open()
  if (Math.floor(db.backendDB().version / 10) > currentSchemaVersion) {
    db.close();
    return openInMemory(name, 'newer-version', newerVersionReason);
  }
  return { db, persistence: 'indexeddb', issue: null, reason: null };
}

async function openInMemory(name: string, issue: PersistenceIssue, reason: string): Promise<OpenedDatabase> {
  const { IDBFactory: MemoryFactory, IDBKeyRange: MemoryKeyRange } = await import('fake-indexeddb');
  const db = new ProgressDatabase(name, { indexedDB: new MemoryFactory(), IDBKeyRange: MemoryKeyRange });
  await db.open();
  return { db, persistence: 'memory', issue, reason };
}
