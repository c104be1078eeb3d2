import type { AllTables, TableName } from './records';

export interface TableChanges {
  added: number;
  updated: number;
  unchanged: number;
  /** Records in the file older than the ones already here; they are not imported. */
  skippedOlder: number;
}

export type ImportChanges = Record<TableName, TableChanges>;

interface MergeRule<T> {
  key: (record: T) => string;
  /** Time that decides which copy wins; undefined = append-only (an existing id is never replaced). */
  time?: (record: T) => number;
  /** Combines the winning incoming record with the one it replaces. */
  combine?: (incoming: T, existing: T) => T;
}

type Rules = { [K in TableName]: MergeRule<AllTables[K][number]> };

/**
 * Attempts and scenario runs are append-only history: identical ids are the same event.
 * Everything else is state; the most recently changed copy wins, ties keep what is here.
 */
export const mergeRules: Rules = {
  attempts: { key: (r) => r.id },
  scenarioRuns: { key: (r) => r.id },
  reviewCards: { key: (r) => r.id, time: (r) => r.updatedAt },
  notesRead: {
    key: (r) => r.noteId,
    time: (r) => r.at,
    combine: (incoming, existing) => ({
      ...incoming,
      firstReadAt: Math.min(incoming.firstReadAt, existing.firstReadAt),
    }),
  },
  examSessions: { key: (r) => r.id, time: (r) => r.updatedAt },
  settings: { key: (r) => r.key, time: (r) => r.updatedAt },
  meta: { key: (r) => r.key, time: (r) => r.updatedAt },
};

export interface TableMerge<T> {
  changes: TableChanges;
  /** Records to put (added and updated). */
  writes: T[];
}

/** Decides, for one table, what importing `incoming` over `existing` (looked up by key) would do. */
export function mergeTable<T>(
  rule: MergeRule<T>,
  incoming: readonly T[],
  existing: ReadonlyMap<string, T>,
): TableMerge<T> {
  const changes: TableChanges = { added: 0, updated: 0, unchanged: 0, skippedOlder: 0 };
  const writes: T[] = [];
  // The file itself may repeat a key: the later decision sees the earlier write.
  const current = new Map(existing);
  for (const record of incoming) {
    const key = rule.key(record);
    const here = current.get(key);
    if (here === undefined) {
      changes.added++;
      writes.push(record);
      current.set(key, record);
      continue;
    }
    if (!rule.time || deepEqual(record, here)) {
      changes.unchanged++;
      continue;
    }
    const incomingTime = rule.time(record);
    const hereTime = rule.time(here);
    if (incomingTime > hereTime) {
      const merged = rule.combine ? rule.combine(record, here) : record;
      changes.updated++;
      writes.push(merged);
      current.set(key, merged);
    } else if (incomingTime < hereTime) {
      changes.skippedOlder++;
    } else {
      changes.unchanged++;
    }
  }
  return { changes, writes };
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
