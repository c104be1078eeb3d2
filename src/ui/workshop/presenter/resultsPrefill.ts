/**
 * Prefills a learner's workshop results from what the progress store already knows, so nobody has to
 * tick answers by hand: for each question and scenario on the plan, the NEWEST attempt or scenario run
 * since the session started counts. The learner can still correct any of them before exporting.
 */
import type { AttemptRecord, ScenarioRunRecord } from '../../../store';
import { scenarioRunCorrect } from '../../../store/itemStats';

export type ItemOutcome = 'right' | 'wrong' | 'unattempted';

export interface GradableItem {
  kind: 'question' | 'scenario';
  id: string;
}

export interface Prefill {
  outcome: ItemOutcome;
  /** When the counted answer or run happened (ms since epoch); absent when not attempted. */
  at?: number;
}

export const itemKey = (item: GradableItem): string => `${item.kind}:${item.id}`;

/** Local midnight of `now`: "today" as the learner's own calendar sees it. */
export function startOfLocalDay(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

function newestPerId<T extends { at: number }>(
  records: readonly T[],
  idOf: (r: T) => string,
  since: number,
): Map<string, T> {
  const newest = new Map<string, T>();
  for (const r of records) {
    if (r.at < since) continue;
    const id = idOf(r);
    const seen = newest.get(id);
    if (!seen || r.at > seen.at) newest.set(id, r);
  }
  return newest;
}

/**
 * A scenario run counts as right when the goal was reached and the prediction (if one was asked) was
 * right: the same rule the store uses for the learner's own statistics (store/itemStats.ts).
 */
export function prefillResults(
  items: readonly GradableItem[],
  attempts: readonly AttemptRecord[],
  runs: readonly ScenarioRunRecord[],
  since: number,
): Record<string, Prefill> {
  const answers = newestPerId(attempts, (a) => a.itemId, since);
  const played = newestPerId(runs, (r) => r.scenarioId, since);
  const out: Record<string, Prefill> = {};
  for (const item of items) {
    if (item.kind === 'question') {
      const a = answers.get(item.id);
      out[itemKey(item)] = a ? { outcome: a.correct ? 'right' : 'wrong', at: a.at } : { outcome: 'unattempted' };
    } else {
      const r = played.get(item.id);
      out[itemKey(item)] = r
        ? { outcome: scenarioRunCorrect(r) ? 'right' : 'wrong', at: r.at }
        : { outcome: 'unattempted' };
    }
  }
  return out;
}

/** The results file lists only what was attempted, so the class view can tell "wrong" from "not tried". */
export function resultItems(
  items: readonly GradableItem[],
  outcomes: Readonly<Record<string, ItemOutcome>>,
): { kind: GradableItem['kind']; id: string; correct: boolean }[] {
  return items
    .filter((item) => (outcomes[itemKey(item)] ?? 'unattempted') !== 'unattempted')
    .map((item) => ({ kind: item.kind, id: item.id, correct: outcomes[itemKey(item)] === 'right' }));
}
