import { fsrs, Rating, type Grade } from 'ts-fsrs';
import { fromCardRecord, newCardRecord, toCardRecord } from './cardState';
import type { ItemKind, ReviewCardRecord } from './records';

/**
 * Above this time an answer that was right still counts as effortful ("Hard"). 90 s is a little
 * under the DOP-C02 budget of 180 minutes for 75 questions (65 scored + 10 unscored, 144 s each),
 * so a learner who needs more than that on a known item would run short of time in the exam.
 * https://docs.aws.amazon.com/aws-certification/latest/examguides/devops-engineer-professional-02.html
 */
export const defaultSlowAnswerMs = 90_000;

// Fuzz off: the same history always gives the same due date, which the tests and the undo
// round trip rely on. ts-fsrs's defaults otherwise (retention 0.9, learning steps 1m/10m).
const scheduler = fsrs({ enable_fuzz: false });

/** Question answered: wrong → Again; right and quick → Good; right but slow → Hard. */
export function ratingForAnswer(correct: boolean, durationMs: number, slowAnswerMs = defaultSlowAnswerMs): Grade {
  if (!correct) return Rating.Again;
  return durationMs > slowAnswerMs ? Rating.Hard : Rating.Good;
}

/** Scenario run: reaching the goal is Good, not reaching it is Again (the brief's rule). */
export function ratingForScenarioRun(goalReached: boolean): Grade {
  return goalReached ? Rating.Good : Rating.Again;
}

/**
 * A stored card as ts-fsrs can take it. Imports are checked (exportFormat.ts), but data stored by
 * older versions was not: a reviewed card whose memory state FSRS rejects (stability ≤ 0, difficulty
 * outside 1–10) starts again as new rather than failing every later answer, and a last review dated
 * after `now` (a clock that ran ahead) counts as a review now ("Invalid delta_t" otherwise).
 */
export function usableCard(record: ReviewCardRecord, now: Date): ReviewCardRecord {
  const t = now.getTime();
  const reviewed = record.state !== 0;
  const memoryOk = record.stability > 0 && record.difficulty >= 1 && record.difficulty <= 10;
  const numbersOk = [record.due, record.elapsedDays, record.scheduledDays, record.reps, record.lapses].every((n) =>
    Number.isFinite(n),
  );
  if (reviewed && (!memoryOk || !numbersOk || record.lastReview === null))
    return { ...newCardRecord(record.kind, record.itemId, now), updatedAt: record.updatedAt };
  if (record.lastReview !== null && (record.lastReview > t || !Number.isFinite(record.lastReview)))
    return { ...record, lastReview: t };
  return record;
}

/** The card after one review at `now`; `previous` absent means the item is new. */
export function reviewCard(
  previous: ReviewCardRecord | undefined,
  kind: ItemKind,
  itemId: string,
  rating: Grade,
  now: Date,
): ReviewCardRecord {
  const before = previous ? usableCard(previous, now) : newCardRecord(kind, itemId, now);
  const { card } = scheduler.next(fromCardRecord(before), now, rating);
  return toCardRecord(kind, itemId, card, now);
}

/** Probability (0–1) that the learner still recalls the item at `at`, per the FSRS forgetting curve. */
export function retrievabilityAt(record: ReviewCardRecord, at: Date): number {
  if (record.state === 0) return 0;
  const r = scheduler.get_retrievability(fromCardRecord(usableCard(record, at)), at, false);
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}
