import type { Transaction } from 'dexie';
import { deriveFromHistory } from '../itemStats';
import type { AttemptRecord, NoteReadRecord, ScenarioRunRecord } from '../records';
import type { SchemaVersion } from './schemaVersion';

/**
 * Version 2: the dashboard had to read every attempt of the last year (20,000 records took well over
 * the 200 ms budget, bench/store.ts). Two derived tables let it read one row per item and one per
 * active day instead. The upgrade fills them from the history already stored; days are taken in
 * the machine's time zone, as the learner saw them.
 */
export const v2: SchemaVersion = {
  version: 2,
  why: 'Dashboard summaries: per-item recency-weighted sums and per-day activity counts.',
  stores: {
    itemStats: 'id',
    activityDays: 'day',
  },
  upgrade: async (tx: Transaction) => {
    const attempts = (await tx.table('attempts').toArray()) as AttemptRecord[];
    const runs = (await tx.table('scenarioRuns').toArray()) as ScenarioRunRecord[];
    const notes = (await tx.table('notesRead').toArray()) as NoteReadRecord[];
    const derived = deriveFromHistory(attempts, runs, notes);
    await tx.table('itemStats').bulkPut(derived.itemStats);
    await tx.table('activityDays').bulkPut(derived.activityDays);
  },
};
