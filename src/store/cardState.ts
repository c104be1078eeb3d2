import { createEmptyCard, type Card } from 'ts-fsrs';
import type { ItemKind, ReviewCardRecord } from './records';

export function cardId(kind: ItemKind, itemId: string): string {
  return `${kind}:${itemId}`;
}

/** A new card for an item never seen before; due immediately, as ts-fsrs creates it. */
export function newCardRecord(kind: ItemKind, itemId: string, now: Date): ReviewCardRecord {
  return toCardRecord(kind, itemId, createEmptyCard(now), now);
}

/** ts-fsrs Card → plain record. Lossless: fromCardRecord(toCardRecord(c)) deep-equals c. */
export function toCardRecord(kind: ItemKind, itemId: string, card: Card, now: Date): ReviewCardRecord {
  return {
    id: cardId(kind, itemId),
    kind,
    itemId,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
    updatedAt: now.getTime(),
  };
}

/** Plain record → ts-fsrs Card, ready for `fsrs().next(card, now, rating)`. */
export function fromCardRecord(record: ReviewCardRecord): Card {
  const card: Card = {
    due: new Date(record.due),
    stability: record.stability,
    difficulty: record.difficulty,
    elapsed_days: record.elapsedDays,
    scheduled_days: record.scheduledDays,
    learning_steps: record.learningSteps,
    reps: record.reps,
    lapses: record.lapses,
    state: record.state,
  };
  if (record.lastReview !== null) card.last_review = new Date(record.lastReview);
  return card;
}
