import type Dexie from 'dexie';
import type { SchemaVersion } from './schemaVersion';
import { v1 } from './v1';
import { v2 } from './v2';

export type { SchemaVersion } from './schemaVersion';

/**
 * Every schema the app has shipped, oldest first. A database written by any earlier release is
 * upgraded step by step by Dexie; tests/unit/store/migrations.test.ts opens a fixture of each one.
 */
export const schemaHistory: readonly SchemaVersion[] = [v1, v2];

export const currentSchemaVersion = schemaHistory[schemaHistory.length - 1]!.version; // the history is never empty

/** Declares the given history on a Dexie instance (the harness passes a prefix to build old databases). */
export function declareSchema(db: Dexie, history: readonly SchemaVersion[] = schemaHistory): void {
  for (const step of history) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
