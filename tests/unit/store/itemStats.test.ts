import { describe, expect, it } from 'vitest';
import { activityDay, addOutcome, deriveFromHistory, weightedAt } from '../../../src/store/itemStats';

const day = 86_400_000;
const t0 = Date.parse('2026-03-01T09:00:00Z');

describe('running recency-weighted sums per item', () => {
  it('an answer 14 days before another weighs half as much when seen from the later one', () => {
    let stats = addOutcome(undefined, 'question', 'q1', false, t0);
    stats = addOutcome(stats, 'question', 'q1', true, t0 + 14 * day);
    expect(stats.weightedTotal).toBeCloseTo(1.5, 12);
    expect(stats.weightedRight).toBeCloseTo(1, 12);
    expect(stats.outcomes).toBe(2);
  });

  it('gives the same sums whatever order the outcomes arrive in (an import may bring older ones later)', () => {
    const outcomes = [
      { correct: true, at: t0 },
      { correct: false, at: t0 + 3 * day },
      { correct: true, at: t0 + 20 * day },
      { correct: true, at: t0 + 21 * day },
    ];
    const fold = (list: typeof outcomes) =>
      list.reduce(
        (s, o) => addOutcome(s, 'question', 'q1', o.correct, o.at),
        undefined as ReturnType<typeof addOutcome> | undefined,
      )!;
    const forward = weightedAt(fold(outcomes), t0 + 30 * day);
    const shuffled = weightedAt(fold([outcomes[2]!, outcomes[0]!, outcomes[3]!, outcomes[1]!]), t0 + 30 * day);
    expect(shuffled.total).toBeCloseTo(forward.total, 12);
    expect(shuffled.right).toBeCloseTo(forward.right, 12);
    const direct = outcomes.reduce((sum, o) => sum + Math.pow(0.5, (t0 + 30 * day - o.at) / (14 * day)), 0);
    expect(forward.total).toBeCloseTo(direct, 12);
  });

  it("files activity under the learner's local day: 18:15 UTC is already the next day in Kathmandu (UTC+5:45)", () => {
    expect(activityDay(Date.parse('2026-03-01T18:14:59Z'), 345)).toBe('2026-03-01');
    expect(activityDay(Date.parse('2026-03-01T18:15:00Z'), 345)).toBe('2026-03-02');
  });

  it('derives summaries from history: a scenario run counts as right only with the goal reached and no wrong prediction', () => {
    const run = (id: string, goalReached: boolean, predictionCorrect: boolean | null) => ({
      id,
      scenarioId: 'pc-on-alias',
      seed: 1,
      predictedChoice: null,
      predictionCorrect,
      goalReached,
      durationMs: 1,
      at: t0,
      hintsUsed: 0,
    });
    const { itemStats, activityDays } = deriveFromHistory(
      [],
      [run('r1', true, null), run('r2', true, false), run('r3', false, true)],
      [{ at: t0 }],
      0,
    );
    expect(itemStats).toEqual([
      {
        id: 'scenario:pc-on-alias',
        kind: 'scenario',
        itemId: 'pc-on-alias',
        outcomes: 3,
        weightedRight: 1,
        weightedTotal: 3,
        referenceAt: t0,
        lastAt: t0,
      },
    ]);
    expect(activityDays).toEqual([{ day: '2026-03-01', count: 4 }]);
  });
});
