import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, Rating, type Grade } from 'ts-fsrs';
import { fromCardRecord, newCardRecord, toCardRecord } from '../../../src/store/cardState';
import { ratingForAnswer, ratingForScenarioRun, reviewCard } from '../../../src/store/reviewScheduling';
import { at, createTestStore } from './testStore';

const t0 = at('2026-03-01T09:00:00Z');

describe('rating a result', () => {
  it.each([
    { correct: false, durationMs: 5_000, expected: Rating.Again, why: 'a wrong answer is Again' },
    { correct: true, durationMs: 20_000, expected: Rating.Good, why: 'a quick right answer is Good' },
    { correct: true, durationMs: 90_000, expected: Rating.Good, why: 'exactly the slow threshold is still Good' },
    { correct: true, durationMs: 90_001, expected: Rating.Hard, why: 'a slow right answer is Hard' },
  ])('$why', ({ correct, durationMs, expected }) => {
    expect(ratingForAnswer(correct, durationMs)).toBe(expected);
  });

  it('rates a scenario whose goal was reached Good and one not reached Again', () => {
    expect(ratingForScenarioRun(true)).toBe(Rating.Good);
    expect(ratingForScenarioRun(false)).toBe(Rating.Again);
  });
});

describe('FSRS scheduling with fixed dates (ts-fsrs 5 defaults, no fuzz)', () => {
  it.each([
    { rating: Rating.Again as Grade, due: '2026-03-01T09:01:00.000Z' },
    { rating: Rating.Hard as Grade, due: '2026-03-01T09:06:00.000Z' },
    { rating: Rating.Good as Grade, due: '2026-03-01T09:10:00.000Z' },
  ])('a new item rated $rating is due again at the learning step $due', ({ rating, due }) => {
    const card = reviewCard(undefined, 'question', 'q1', rating, t0);
    expect(new Date(card.due).toISOString()).toBe(due);
    expect(card.state).toBe(1);
    expect(card.reps).toBe(1);
  });

  it('graduates after two Good answers to a 2-day interval, then 11 days', () => {
    let card = reviewCard(undefined, 'question', 'q1', Rating.Good, t0);
    card = reviewCard(card, 'question', 'q1', Rating.Good, at('2026-03-01T09:10:00Z'));
    expect(new Date(card.due).toISOString()).toBe('2026-03-03T09:10:00.000Z');
    expect(card.state).toBe(2);
    card = reviewCard(card, 'question', 'q1', Rating.Good, new Date(card.due));
    expect(new Date(card.due).toISOString()).toBe('2026-03-14T09:10:00.000Z');
  });

  it('a lapse (Again on a review card) counts a lapse and relearns in 10 minutes', () => {
    let card = reviewCard(undefined, 'question', 'q1', Rating.Good, t0);
    card = reviewCard(card, 'question', 'q1', Rating.Good, at('2026-03-01T09:10:00Z'));
    card = reviewCard(card, 'question', 'q1', Rating.Again, new Date(card.due));
    expect(card.state).toBe(3);
    expect(card.lapses).toBe(1);
    expect(new Date(card.due).toISOString()).toBe('2026-03-03T09:20:00.000Z');
  });

  it('stores exactly the card ts-fsrs computes', () => {
    const direct = fsrs({ enable_fuzz: false }).next(createEmptyCard(t0), t0, Rating.Hard).card;
    expect(fromCardRecord(reviewCard(undefined, 'scenario', 's1', Rating.Hard, t0))).toEqual(direct);
  });
});

describe('card state round trip', () => {
  it('a card survives record → Card → record and JSON unchanged', () => {
    let card = reviewCard(undefined, 'question', 'q1', Rating.Good, t0);
    card = reviewCard(card, 'question', 'q1', Rating.Again, at('2026-03-01T09:12:00Z'));
    const revived = JSON.parse(JSON.stringify(card));
    expect(toCardRecord('question', 'q1', fromCardRecord(revived), new Date(card.updatedAt))).toEqual(card);
  });

  it('a new card has no last review and converts to a ts-fsrs card without one', () => {
    const record = newCardRecord('note', 'n1', t0);
    expect(record.lastReview).toBeNull();
    expect(fromCardRecord(record)).toEqual(createEmptyCard(t0));
  });

  it('undo with ts-fsrs rollback restores the stored card exactly', () => {
    const f = fsrs({ enable_fuzz: false });
    const before = reviewCard(undefined, 'question', 'q1', Rating.Good, t0);
    const when = at('2026-03-01T09:10:00Z');
    const { card, log } = f.next(fromCardRecord(before), when, Rating.Again);
    expect(f.rollback(card, log)).toEqual(fromCardRecord(before));
  });

  it('recordAttempt writes the scheduled card and it reads back identical after reopening', async () => {
    const store = await createTestStore();
    const { card } = await store.recordAttempt(t0, {
      itemId: 'q1',
      chosenOptionIds: ['a'],
      correct: true,
      durationMs: 10_000,
      mode: 'drill',
    });
    expect(await store.db.reviewCards.get('question:q1')).toEqual(card);
    expect(new Date(card.due).toISOString()).toBe('2026-03-01T09:10:00.000Z');
    store.close();
  });
});
