import { createProgressStore, type ProgressStoreOptions } from '../../../src/store';

let counter = 0;

/** A store on its own database in fake-indexeddb (loaded by tests/setup.ts), with readable ids and days in UTC. */
export function uniqueName(): string {
  counter += 1;
  return `progress-test-${counter}-${globalThis.crypto.randomUUID()}`;
}

export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export async function createTestStore(options: ProgressStoreOptions = {}) {
  return createProgressStore({ name: uniqueName(), newId: sequentialIds(), utcOffsetMinutes: 0, ...options });
}

export const at = (iso: string) => new Date(iso);
