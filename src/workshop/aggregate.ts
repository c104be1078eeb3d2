/**
 * The class view: many learners' results files → who got each question and scenario right, and which
 * traps the room missed most. Pure data in, data out; the facilitator page renders it as a table and heatmap.
 */
import type { ItemResult, ResultsFile } from './schemas';

export interface ItemRow {
  kind: ItemResult['kind'];
  id: string;
  right: string[];
  wrong: string[];
  /** Learners who sent a file but did not attempt this item. */
  missing: string[];
  /** right / (right + wrong); null when nobody attempted it. */
  share: number | null;
}

export interface TrapRow {
  trap: string;
  /** Wrong answers on items tagged with this trap, across the class. */
  misses: number;
  attempts: number;
}

export interface ClassView {
  learners: string[];
  items: ItemRow[];
  traps: TrapRow[];
  /** Learners who sent more than one file; the last file imported counts. */
  duplicates: string[];
}

/** Trap tags of an item (questions' scenario-id tags; a scenario is its own trap plus its listed traps). */
export type TrapLookup = (item: { kind: ItemResult['kind']; id: string }) => readonly string[];

export function aggregateResults(files: readonly ResultsFile[], trapsOf: TrapLookup): ClassView {
  const byLearner = new Map<string, ResultsFile>();
  const duplicates = new Set<string>();
  for (const file of files) {
    const name = file.learner.trim();
    if (byLearner.has(name)) duplicates.add(name);
    byLearner.set(name, file);
  }
  const learners = [...byLearner.keys()].sort((a, b) => a.localeCompare(b));
  const rows = new Map<string, ItemRow>();
  for (const learner of learners) {
    for (const item of byLearner.get(learner)!.items) {
      const key = `${item.kind}:${item.id}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { kind: item.kind, id: item.id, right: [], wrong: [], missing: [], share: null }));
      (item.correct ? row.right : row.wrong).push(learner);
    }
  }
  const items = [...rows.values()].sort((a, b) =>
    a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'question' ? -1 : 1,
  );
  const traps = new Map<string, TrapRow>();
  for (const row of items) {
    const attempted = new Set([...row.right, ...row.wrong]);
    row.missing = learners.filter((l) => !attempted.has(l));
    row.share = attempted.size ? row.right.length / attempted.size : null;
    for (const trap of new Set(trapsOf(row))) {
      const t = traps.get(trap) ?? { trap, misses: 0, attempts: 0 };
      t.misses += row.wrong.length;
      t.attempts += attempted.size;
      traps.set(trap, t);
    }
  }
  const trapRows = [...traps.values()]
    .filter((t) => t.misses > 0)
    .sort(
      (a, b) => b.misses - a.misses || b.misses / b.attempts - a.misses / a.attempts || a.trap.localeCompare(b.trap),
    );
  return { learners, items, traps: trapRows, duplicates: [...duplicates].sort() };
}
