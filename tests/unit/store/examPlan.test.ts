import { describe, expect, it } from 'vitest';
import type { ItemRef } from '../../../src/store';
import { at, createTestStore } from './testStore';

const now = at('2026-03-01T09:00:00Z');
const examDate = at('2026-03-06T09:00:00Z'); // 5 study days: 1st to 5th
const items: ItemRef[] = [
  { kind: 'question', itemId: 'q1' },
  { kind: 'question', itemId: 'q2' },
  { kind: 'question', itemId: 'q3' },
  { kind: 'scenario', itemId: 'latest-wiring' },
  { kind: 'note', itemId: 'n1' },
  { kind: 'note', itemId: 'n2' },
];

describe('planning for the exam date', () => {
  it('lists items never studied, spreads them over the days left, and places due reviews', async () => {
    const store = await createTestStore();
    await store.recordAttempt(now, {
      itemId: 'q1',
      chosenOptionIds: ['a'],
      correct: true,
      durationMs: 5_000,
      mode: 'drill',
    }); // due today + 10 min
    await store.markNoteRead(now, 'n1');
    const plan = await store.planForExamDate(now, examDate, items, { utcOffsetMinutes: 0 });
    expect(plan.examDay).toBe('2026-03-06');
    expect(plan.daysLeft).toBe(5);
    expect(plan.totalItems).toBe(6);
    expect(plan.studied).toBe(2);
    expect(plan.reviewBeforeExam).toBe(1);
    expect(plan.notScheduled.map((i) => i.itemId)).toEqual(['q2', 'q3', 'latest-wiring', 'n2']);
    expect(plan.newItemsPerDayNeeded).toBe(1);
    expect(plan.days).toEqual([
      { day: '2026-03-01', reviews: 1, newItems: 1 },
      { day: '2026-03-02', reviews: 0, newItems: 1 },
      { day: '2026-03-03', reviews: 0, newItems: 1 },
      { day: '2026-03-04', reviews: 0, newItems: 1 },
      { day: '2026-03-05', reviews: 0, newItems: 0 },
    ]);
    // One new item this week is 1/7 a day, short of the 1 a day needed.
    expect(plan.recentNewItemsPerDay).toBeCloseTo(1 / 7, 12);
    expect(plan.status).toBe('behind');
    store.close();
  });

  it('is on track once every item has been studied, and counts items due after the exam as solid', async () => {
    const store = await createTestStore();
    const mastered = at('2026-02-01T09:00:00Z');
    for (const itemId of ['q1', 'q2', 'q3']) {
      await store.recordAttempt(mastered, {
        itemId,
        chosenOptionIds: ['a'],
        correct: true,
        durationMs: 5_000,
        mode: 'drill',
      });
      await store.recordAttempt(at('2026-02-01T09:10:00Z'), {
        itemId,
        chosenOptionIds: ['a'],
        correct: true,
        durationMs: 5_000,
        mode: 'drill',
      }); // due 3 Feb
      await store.recordAttempt(at('2026-02-03T09:10:00Z'), {
        itemId,
        chosenOptionIds: ['a'],
        correct: true,
        durationMs: 5_000,
        mode: 'drill',
      }); // due 14 Feb
      await store.recordAttempt(at('2026-02-14T09:10:00Z'), {
        itemId,
        chosenOptionIds: ['a'],
        correct: true,
        durationMs: 5_000,
        mode: 'drill',
      });
    }
    await store.recordScenarioRun(now, {
      scenarioId: 'latest-wiring',
      seed: 1,
      predictedChoice: null,
      predictionCorrect: null,
      goalReached: true,
      durationMs: 1,
      hintsUsed: 0,
    });
    await store.markNoteRead(now, 'n1');
    await store.markNoteRead(now, 'n2');
    const plan = await store.planForExamDate(now, examDate, items, { utcOffsetMinutes: 0 });
    expect(plan.notScheduled).toEqual([]);
    expect(plan.solidAtExam).toBe(3);
    expect(plan.reviewBeforeExam).toBe(1);
    expect(plan.status).toBe('on-track');
    store.close();
  });

  it('says the exam day has come when there are no study days left', async () => {
    const store = await createTestStore();
    const plan = await store.planForExamDate(examDate, examDate, items, { utcOffsetMinutes: 0 });
    expect(plan.daysLeft).toBe(0);
    expect(plan.status).toBe('exam-day-reached');
    expect(plan.days).toEqual([]);
    store.close();
  });
});
