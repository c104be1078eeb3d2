import { masteryHalfLifeDays, weightedAt } from './itemStats';
import type { ItemStatsRecord } from './records';

/**
 * How mastery is computed, returned with the figures so that the UI can explain it.
 * Mastery = Σ w·correct / Σ w over every answer and scenario run, with w = 0.5^(age in days / 14):
 * an answer today counts fully, one from two weeks ago half, so old mistakes fade once the learner
 * gets the item right again, and an answer from three months ago barely counts (under 1/80).
 */
export interface MasteryBasis {
  method: 'recency-weighted share correct';
  halfLifeDays: number;
  explanation: string;
}

export const defaultMasteryBasis: MasteryBasis = {
  method: 'recency-weighted share correct',
  halfLifeDays: masteryHalfLifeDays,
  explanation:
    'Share of correct answers and scenario runs, each weighted by its age: today counts 1, ' +
    '14 days ago counts 1/2, 28 days ago 1/4, three months ago less than 1/80.',
};

export interface MasteryEntry {
  key: string;
  /** 0–1. */
  mastery: number;
  /** Answers and runs counted, of any age. */
  outcomes: number;
  /** Sum of weights: how much recent evidence there is (≈ number of answers from today). */
  weight: number;
}

/** Mastery per group (topic or trap); an item may belong to several groups. */
export function masteryByGroup(
  items: readonly ItemStatsRecord[],
  groupsOf: (itemId: string) => readonly string[],
  now: Date,
): MasteryEntry[] {
  const sums = new Map<string, { right: number; weight: number; outcomes: number }>();
  for (const item of items) {
    const groups = groupsOf(item.itemId);
    if (groups.length === 0) continue;
    const { right, total } = weightedAt(item, now.getTime());
    for (const group of groups) {
      let s = sums.get(group);
      if (!s) sums.set(group, (s = { right: 0, weight: 0, outcomes: 0 }));
      s.right += right;
      s.weight += total;
      s.outcomes += item.outcomes;
    }
  }
  return [...sums.entries()]
    .filter(([, s]) => s.weight > 0)
    .map(([key, s]) => ({ key, mastery: s.right / s.weight, outcomes: s.outcomes, weight: s.weight }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
