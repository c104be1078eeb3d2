import { describe, expect, it } from 'vitest';
import { at, createTestStore } from './testStore';

const t0 = at('2026-03-01T09:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe('Review today', () => {
  it('mixes due questions and scenarios, most overdue first, and leaves out what is not due yet', async () => {
    const store = await createTestStore();
    await store.recordAttempt(t0, {
      itemId: 'q-wrong',
      chosenOptionIds: ['a'],
      correct: false,
      durationMs: 10_000,
      mode: 'drill',
    }); // Again → +1 min
    await store.recordScenarioRun(minutes(1), {
      scenarioId: 'stop-without-rollback',
      seed: 3,
      predictedChoice: null,
      predictionCorrect: null,
      goalReached: false,
      durationMs: 1,
      hintsUsed: 0,
    }); // Again → +1 min
    await store.recordAttempt(t0, {
      itemId: 'q-slow',
      chosenOptionIds: ['a'],
      correct: true,
      durationMs: 120_000,
      mode: 'drill',
    }); // Hard → +6 min
    await store.recordAttempt(t0, {
      itemId: 'q-fast',
      chosenOptionIds: ['a'],
      correct: true,
      durationMs: 10_000,
      mode: 'drill',
    }); // Good → +10 min
    await store.markNoteRead(t0, 'a-note');

    expect((await store.dueItems(minutes(0.5))).map((d) => d.itemId)).toEqual([]);
    expect((await store.dueItems(minutes(2))).map((d) => [d.kind, d.itemId])).toEqual([
      ['question', 'q-wrong'],
      ['scenario', 'stop-without-rollback'],
    ]);
    expect((await store.dueItems(minutes(7))).map((d) => d.itemId)).toEqual([
      'q-wrong',
      'stop-without-rollback',
      'q-slow',
    ]);
    expect((await store.dueItems(minutes(10))).map((d) => d.itemId)).toEqual([
      'q-wrong',
      'stop-without-rollback',
      'q-slow',
      'q-fast',
    ]);
    expect((await store.dueItems(minutes(10), 2)).map((d) => d.itemId)).toEqual(['q-wrong', 'stop-without-rollback']);
    store.close();
  });

  it('answering a due item moves it out of Review today until ts-fsrs says it is due again', async () => {
    const store = await createTestStore();
    await store.recordAttempt(t0, {
      itemId: 'q1',
      chosenOptionIds: ['a'],
      correct: true,
      durationMs: 10_000,
      mode: 'drill',
    });
    const { card } = await store.recordAttempt(minutes(10), {
      itemId: 'q1',
      chosenOptionIds: ['a'],
      correct: true,
      durationMs: 10_000,
      mode: 'review',
    });
    expect(new Date(card.due).toISOString()).toBe('2026-03-03T09:10:00.000Z');
    expect(await store.dueItems(at('2026-03-03T09:09:59Z'))).toEqual([]);
    expect((await store.dueItems(at('2026-03-03T09:10:00Z'))).map((d) => d.itemId)).toEqual(['q1']);
    store.close();
  });
});
