import { describe, expect, it } from 'vitest';
import { ImportRejectedError } from '../../../src/store';
import { planExam } from '../../../src/store/examPlan';
import { weightedAt } from '../../../src/store/itemStats';
import { masteryByGroup } from '../../../src/store/recencyMastery';
import { reviewCard, retrievabilityAt } from '../../../src/store/reviewScheduling';
import { Rating } from 'ts-fsrs';
import type { ItemStatsRecord, ReviewCardRecord } from '../../../src/store/records';
import { at, createTestStore } from './testStore';

/**
 * An import can only make progress better: records the app could not use later (dates outside what
 * a Date holds or in the future, memory states ts-fsrs rejects, exams without questions) are
 * refused at preview, naming the record and the field, and nothing is written.
 */

const now = at('2026-06-01T12:00:00Z');
/** 8.64e15 ms is the largest instant a JavaScript Date holds (ECMAScript time value range). */
const pastLargestDate = 8_640_000_000_000_001;
const year2100 = Date.UTC(2100, 0, 1);

const emptyData = {
  attempts: [],
  reviewCards: [],
  scenarioRuns: [],
  notesRead: [],
  examSessions: [],
  settings: [],
  meta: [],
};
const file = (data: Record<string, unknown>) =>
  JSON.stringify({
    format: 'canary-lab-progress',
    version: 1,
    exportedAt: '2026-06-01T09:00:00.000Z',
    schemaVersion: 1,
    data: { ...emptyData, ...data },
  });
const attempt = (over: Record<string, unknown> = {}) => ({
  id: 'a1',
  itemId: 'q1',
  chosenOptionIds: ['a'],
  correct: true,
  durationMs: 1000,
  mode: 'drill',
  at: Date.UTC(2026, 4, 30),
  ...over,
});
const card = (over: Partial<ReviewCardRecord> = {}): ReviewCardRecord => ({
  id: 'question:q1',
  kind: 'question',
  itemId: 'q1',
  due: Date.UTC(2026, 5, 3),
  stability: 3.2,
  difficulty: 5.1,
  elapsedDays: 0,
  scheduledDays: 2,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview: Date.UTC(2026, 4, 31),
  updatedAt: Date.UTC(2026, 4, 31),
  ...over,
});
const exam = (over: Record<string, unknown> = {}) => ({
  id: 'e1',
  status: 'active',
  questionIds: ['q1'],
  answers: [],
  flaggedQuestionIds: [],
  currentIndex: 0,
  startedAt: Date.UTC(2026, 4, 31),
  deadline: Date.UTC(2026, 4, 31) + 180 * 60_000,
  submittedAt: null,
  settings: { durationMinutes: 180, passMark: 0.72, topics: [] },
  updatedAt: Date.UTC(2026, 4, 31),
  ...over,
});

describe('import preview refuses records that would poison later actions', () => {
  it.each([
    {
      name: 'an answer dated past the largest valid Date',
      data: { attempts: [attempt({ at: pastLargestDate })] },
      says: /^Answer 1 \(a1\), field at is past the largest date a browser can hold/,
    },
    {
      name: 'a note read dated past the largest valid Date',
      data: { notesRead: [{ noteId: 'aliases', firstReadAt: 1, at: pastLargestDate }] },
      says: /^Note read 1 \(aliases\), field at is past the largest date/,
    },
    {
      name: 'a review card with difficulty 0',
      data: { reviewCards: [card({ difficulty: 0 })] },
      says: /^Review card 1 \(question:q1\), field difficulty must be from 1 to 10/,
    },
    {
      name: 'a review card with stability 0',
      data: { reviewCards: [card({ stability: 0 })] },
      says: /^Review card 1 \(question:q1\), field stability must be above 0/,
    },
    {
      name: 'a review card last reviewed tomorrow',
      data: { reviewCards: [card({ lastReview: now.getTime() + 86_400_000 })] },
      says: /^Review card 1 \(question:q1\), field lastReview is 2026-06-02T12:00:00.000Z, later than now/,
    },
    {
      name: 'a review card due past the Date range',
      data: { reviewCards: [card({ due: pastLargestDate })] },
      says: /^Review card 1 \(question:q1\), field due is past the largest date/,
    },
    {
      name: 'an answer dated 2100',
      data: { attempts: [attempt({ at: year2100 })] },
      says: /^Answer 1 \(a1\), field at is 2100-01-01T00:00:00.000Z, later than now/,
    },
    {
      name: 'an active exam with no questions',
      data: { examSessions: [exam({ questionIds: [] })] },
      says: /^Exam 1 \(e1\), field questionIds must list at least one question/,
    },
  ])('$name', async ({ data, says }) => {
    const store = await createTestStore();
    const error = await store.importPreview(file(data), now).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).rejection).toBe('invalid-records');
    expect((error as Error).message).toMatch(says);
    expect((error as Error).message).toContain('Nothing was imported');
    expect(await store.db.attempts.count()).toBe(0);
    expect(await store.db.reviewCards.count()).toBe(0);
    store.close();
  });

  it('accepts the same records with sound values, and a clock a few minutes ahead', async () => {
    const store = await createTestStore();
    const fiveMinutesAhead = now.getTime() + 5 * 60_000;
    const preview = await store.importPreview(
      file({
        attempts: [attempt({ at: fiveMinutesAhead })],
        reviewCards: [
          card(),
          card({ id: 'question:q2', itemId: 'q2', state: 0, stability: 0, difficulty: 0, lastReview: null }),
        ],
        examSessions: [exam()],
      }),
      now,
    );
    expect(preview.changes.attempts.added).toBe(1);
    expect(preview.changes.reviewCards.added).toBe(2);
    expect(preview.changes.examSessions.added).toBe(1);
    await store.importApply(preview);
    expect(await store.db.attempts.count()).toBe(1);
    store.close();
  });
});

describe('data stored before imports were checked never turns into errors, NaN or Infinity', () => {
  it('a reviewed card with difficulty 0 and stability 0 can still be answered (it starts again as new)', () => {
    const next = reviewCard(card({ difficulty: 0, stability: 0 }), 'question', 'q1', Rating.Good, now);
    expect(next.stability).toBeGreaterThan(0);
    expect(next.difficulty).toBeGreaterThanOrEqual(1);
    expect(next.due).toBeGreaterThan(now.getTime());
  });

  it('a card last reviewed in the future can still be answered, and its recall reads as a share', () => {
    const future = card({ lastReview: now.getTime() + 3 * 86_400_000 });
    expect(() => reviewCard(future, 'question', 'q1', Rating.Good, now)).not.toThrow();
    const r = retrievabilityAt(future, now);
    expect(r).toBeGreaterThanOrEqual(0);
    expect(r).toBeLessThanOrEqual(1);
  });

  it('an outcome dated 2100 gives mastery between 0 and 1, not NaN', () => {
    const stats: ItemStatsRecord = {
      id: 'question:q1',
      kind: 'question',
      itemId: 'q1',
      outcomes: 2,
      weightedRight: 1,
      weightedTotal: 2,
      referenceAt: year2100,
      lastAt: year2100,
    };
    expect(weightedAt(stats, now.getTime())).toEqual({ right: 1, total: 2 });
    const [entry] = masteryByGroup([stats], () => ['lambda'], now);
    expect(entry!.mastery).toBe(0.5);
  });

  it('the exam plan counts a card due past the Date range as solid at the exam instead of failing', () => {
    const plan = planExam(now, at('2026-06-20T09:00:00Z'), {
      allItems: [{ kind: 'question', itemId: 'q1' }],
      cards: new Map([['question:q1', card({ due: pastLargestDate })]]),
      notesRead: new Set(),
      itemsStartedLastWeek: 0,
      utcOffsetMinutes: 0,
    });
    expect(plan.solidAtExam).toBe(1);
    expect(plan.reviewBeforeExam).toBe(0);
  });

  it('an exam stored without questions submits with a score of 0 and does not pass', async () => {
    const store = await createTestStore();
    await store.db.examSessions.add(exam({ questionIds: [] }) as never);
    const result = await store.submitExam(now, 'e1', () => true);
    expect(result.total).toBe(0);
    expect(result.share).toBe(0);
    expect(result.passed).toBe(false);
    store.close();
  });
});
