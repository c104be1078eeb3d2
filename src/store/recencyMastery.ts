/** One graded outcome: a question attempt, or a scenario run. */
export interface Outcome {
  itemId: string;
  correct: boolean;
  at: number;
}

/**
 * How mastery is computed, returned with the figures so that the UI can explain it.
 * Mastery = Σ w·correct / Σ w over outcomes in the window, with w = 0.5^(age in days / halfLifeDays):
 * an answer today counts fully, one from two weeks ago counts half, so old mistakes fade once
 * the learner gets the item right again, and one lucky answer weighs no more than one recent miss.
 */
export interface MasteryBasis {
  method: 'recency-weighted share correct';
  halfLifeDays: number;
  windowDays: number;
  explanation: string;
}

export const defaultMasteryBasis: MasteryBasis = {
  method: 'recency-weighted share correct',
  halfLifeDays: 14,
  windowDays: 90,
  explanation:
    'Share of correct answers and scenario runs in the last 90 days, each weighted by its age: ' +
    'today counts 1, 14 days ago counts 1/2, 28 days ago 1/4.',
};

export interface MasteryEntry {
  key: string;
  /** 0–1. */
  mastery: number;
  /** Outcomes counted (inside the window). */
  outcomes: number;
  /** Sum of weights: how much evidence there is (≈ number of outcomes from today). */
  weight: number;
}

/** Mastery per group (topic or trap) of the outcomes; an outcome may belong to several groups. */
export function masteryByGroup(
  outcomes: readonly Outcome[],
  groupsOf: (itemId: string) => readonly string[],
  now: Date,
  basis: MasteryBasis = defaultMasteryBasis,
): MasteryEntry[] {
  const nowMs = now.getTime();
  const windowStart = nowMs - basis.windowDays * 86_400_000;
  const sums = new Map<string, { right: number; weight: number; outcomes: number }>();
  const groupCache = new Map<string, readonly string[]>();
  for (const outcome of outcomes) {
    if (outcome.at < windowStart || outcome.at > nowMs) continue;
    let groups = groupCache.get(outcome.itemId);
    if (!groups) groupCache.set(outcome.itemId, (groups = groupsOf(outcome.itemId)));
    if (groups.length === 0) continue;
    const ageDays = (nowMs - outcome.at) / 86_400_000;
    const w = Math.pow(0.5, ageDays / basis.halfLifeDays);
    for (const group of groups) {
      let s = sums.get(group);
      if (!s) sums.set(group, (s = { right: 0, weight: 0, outcomes: 0 }));
      s.weight += w;
      s.outcomes += 1;
      if (outcome.correct) s.right += w;
    }
  }
  return [...sums.entries()]
    .map(([key, s]) => ({ key, mastery: s.right / s.weight, outcomes: s.outcomes, weight: s.weight }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
