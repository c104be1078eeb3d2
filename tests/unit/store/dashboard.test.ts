import { describe, expect, it } from 'vitest';
import type { DescribeItem, ReviewCardRecord } from '../../../src/store';
import { dayKey } from '../../../src/store/calendarDays';
import { at, createTestStore } from './testStore';

const day = 86_400_000;
const now = at('2026-03-29T12:00:00Z');
const ago = (days: number) => now.getTime() - days * day;

const content: Record<string, { topic: string; traps: string[] }> = {
  q1: { topic: 'hooks', traps: ['hook-never-reports'] },
  q2: { topic: 'hooks', traps: [] },
  q3: { topic: 'alarms-rollback', traps: ['alarm-wrong-dimension'] },
  'alarm-wrong-dimension': { topic: 'alarms-rollback', traps: ['alarm-wrong-dimension'] },
  'pc-on-alias': { topic: 'provisioned-concurrency', traps: ['pc-on-old-version', 'pc-on-alias'] },
};
const describeItem: DescribeItem = (id) => content[id];

const card = (kind: ReviewCardRecord['kind'], itemId: string, due: number): ReviewCardRecord => ({
  id: `${kind}:${itemId}`,
  kind,
  itemId,
  due,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview: ago(1),
  updatedAt: ago(1),
});

/** Weight of an answer 100 days old: 0.5^(100/14) ≈ 0.0071. */
const w100 = Math.pow(0.5, 100 / 14);

/**
 * Hand-computed fixture. Weights 0.5^(age/14 d): today 1, 14 days ago 0.5, 28 days ago 0.25, 100 days ago w100.
 *   hooks:               q1 ✓ today (1), q1 ✗ 14 d (0.5), q2 ✓ 14 d (0.5)                      → 1.5 / 2          = 0.75
 *   alarms-rollback:     q3 ✗ 28 d (0.25), q3 ✗ 100 d (w100), run with wrong prediction today (1) → 0 / (1.25 + w100) = 0
 *   provisioned-conc.:   pc-on-alias run ✓ 14 d (0.5)                                         → 0.5 / 0.5        = 1
 *   trap hook-never-reports: q1 ✓ (1), q1 ✗ (0.5)                                             → 1 / 1.5          = 2/3
 */
async function fixtureStore() {
  const store = await createTestStore({ describeItem });
  const answer = (itemId: string, correct: boolean, days: number) =>
    store.recordAttempt(new Date(ago(days)), {
      itemId,
      chosenOptionIds: ['a'],
      correct,
      durationMs: 10_000,
      mode: 'drill',
    });
  const run = (scenarioId: string, goalReached: boolean, predictionCorrect: boolean | null, days: number) =>
    store.recordScenarioRun(new Date(ago(days)), {
      scenarioId,
      seed: 1,
      predictedChoice: predictionCorrect === null ? null : 'x',
      predictionCorrect,
      goalReached,
      durationMs: 60_000,
      hintsUsed: 0,
    });
  await answer('q3', false, 100);
  await answer('q3', false, 28);
  await answer('q1', false, 14);
  await answer('q2', true, 14);
  await run('pc-on-alias', true, null, 14);
  await store.markNoteRead(new Date(ago(2)), 'n1');
  await store.markNoteRead(new Date(ago(1)), 'n2');
  await answer('q1', true, 0);
  await run('alarm-wrong-dimension', true, false, 0);
  await store.markNoteRead(now, 'n3');
  // Replace the cards the answers created with ones whose due dates the forecast test pins.
  await store.db.reviewCards.clear();
  await store.db.reviewCards.bulkAdd([
    card('question', 'q1', ago(2)), // overdue → counted today
    card('question', 'q2', now.getTime() + 3 * 3_600_000), // later today
    card('scenario', 'pc-on-alias', now.getTime() + day),
    card('question', 'q3', now.getTime() + 13 * day), // last day of the forecast
    card('scenario', 'alarm-wrong-dimension', now.getTime() + 14 * day), // beyond the 14 days
    card('note', 'n1', ago(1)), // notes are not reviews
  ]);
  return store;
}

describe('dashboard on a hand-computed fixture', () => {
  it('mastery per topic is the recency-weighted share correct, and says so', async () => {
    const store = await fixtureStore();
    const dashboard = await store.dashboard(now, { utcOffsetMinutes: 0 });
    expect(dashboard.masteryBasis).toMatchObject({ method: 'recency-weighted share correct', halfLifeDays: 14 });
    expect(dashboard.masteryBasis.explanation).toMatch(/14 days ago counts 1\/2/);
    const byTopic = dashboard.masteryByTopic;
    expect(byTopic.map((m) => [m.key, m.outcomes])).toEqual([
      ['alarms-rollback', 3],
      ['hooks', 3],
      ['provisioned-concurrency', 1],
    ]);
    expect(byTopic[0]!.mastery).toBe(0);
    expect(byTopic[0]!.weight).toBeCloseTo(1.25 + w100, 12);
    expect(byTopic[1]!.mastery).toBeCloseTo(0.75, 12);
    expect(byTopic[1]!.weight).toBeCloseTo(2, 12);
    expect(byTopic[2]!.mastery).toBeCloseTo(1, 12);
    expect(byTopic[2]!.weight).toBeCloseTo(0.5, 12);
    store.close();
  });

  it('mastery per trap counts a scenario run as correct only when the prediction was right too', async () => {
    const store = await fixtureStore();
    const { masteryByTrap } = await store.dashboard(now, { utcOffsetMinutes: 0 });
    const byKey = Object.fromEntries(masteryByTrap.map((m) => [m.key, m.mastery]));
    expect(byKey['alarm-wrong-dimension']).toBe(0);
    expect(byKey['hook-never-reports']).toBeCloseTo(2 / 3, 12);
    expect(byKey['pc-on-alias']).toBeCloseTo(1, 12);
    expect(byKey['pc-on-old-version']).toBeCloseTo(1, 12);
    store.close();
  });

  it('weakest traps come first with the scenarios that rehearse them', async () => {
    const store = await fixtureStore();
    const { weakestTraps } = await store.dashboard(now, { utcOffsetMinutes: 0 });
    expect(weakestTraps.map((t) => [t.key, t.scenarioIds])).toEqual([
      ['alarm-wrong-dimension', ['alarm-wrong-dimension']],
      ['hook-never-reports', ['hook-never-reports']],
      ['pc-on-alias', ['pc-on-alias']],
      ['pc-on-old-version', ['pc-on-old-version', 'pc-on-alias']],
    ]);
    store.close();
  });

  it('the activity calendar counts answers, runs and note reads per day over the last year', async () => {
    const store = await fixtureStore();
    const { activity } = await store.dashboard(now, { utcOffsetMinutes: 0 });
    expect(activity).toEqual([
      { day: '2025-12-19', count: 1 },
      { day: '2026-03-01', count: 1 },
      { day: '2026-03-15', count: 3 },
      { day: '2026-03-27', count: 1 },
      { day: '2026-03-28', count: 1 },
      { day: '2026-03-29', count: 3 },
    ]);
    store.close();
  });

  it('reviews due over the next 14 days put overdue reviews on today and leave out notes and day 15', async () => {
    const store = await fixtureStore();
    const { reviewsDue } = await store.dashboard(now, { utcOffsetMinutes: 0 });
    expect(reviewsDue).toHaveLength(14);
    expect(reviewsDue[0]).toEqual({ day: '2026-03-29', count: 2 });
    expect(reviewsDue[1]).toEqual({ day: '2026-03-30', count: 1 });
    expect(reviewsDue[13]).toEqual({ day: '2026-04-11', count: 1 });
    expect(reviewsDue.reduce((sum, d) => sum + d.count, 0)).toBe(4);
    store.close();
  });

  it('the streak counts consecutive active days up to today', async () => {
    const store = await fixtureStore();
    expect((await store.dashboard(now, { utcOffsetMinutes: 0 })).streak).toEqual({ days: 3, activeToday: true });
    store.close();
  });

  it("a day without activity yet keeps yesterday's streak alive, and a missed day ends it", async () => {
    const store = await fixtureStore();
    expect((await store.dashboard(new Date(now.getTime() + day), { utcOffsetMinutes: 0 })).streak).toEqual({
      days: 3,
      activeToday: false,
    });
    expect((await store.dashboard(new Date(now.getTime() + 2 * day), { utcOffsetMinutes: 0 })).streak).toEqual({
      days: 0,
      activeToday: false,
    });
    store.close();
  });

  it("days follow the learner's time zone: 20:00 UTC is already tomorrow in Sydney (UTC+10)", async () => {
    expect(dayKey(Date.parse('2026-03-29T20:00:00Z'), 600)).toBe('2026-03-30');
    expect(dayKey(Date.parse('2026-03-29T20:00:00Z'), 0)).toBe('2026-03-29');
    expect(dayKey(Date.parse('2026-03-29T02:00:00Z'), -300)).toBe('2026-03-28');
  });

  it('items the content no longer describes are left out of mastery but still count as activity', async () => {
    const store = await createTestStore({ describeItem: () => undefined });
    await store.recordAttempt(now, {
      itemId: 'gone',
      chosenOptionIds: ['a'],
      correct: true,
      durationMs: 1_000,
      mode: 'drill',
    });
    const dashboard = await store.dashboard(now, { utcOffsetMinutes: 0 });
    expect(dashboard.masteryByTopic).toEqual([]);
    expect(dashboard.activity).toEqual([{ day: '2026-03-29', count: 1 }]);
    store.close();
  });
});
