import type { Transaction } from 'dexie';

/** One step of the schema history. Steps are never edited once shipped; a change is a new step. */
export interface SchemaVersion {
  version: number;
  /** Why the step exists (an index a query needs, a field renamed …). */
  why: string;
  /** Dexie store declarations; `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Rewrites existing records when the shape of a record changes. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}
