import type { SchemaVersion } from './schemaVersion';

/**
 * Version 1, the first shipped schema. Indexes are only those a query needs:
 * - attempts.at / scenarioRuns.at / notesRead.at: the activity calendar and recency windows;
 * - attempts.itemId, attempts.examSessionId: an item's history, an exam's answers;
 * - reviewCards.due and [kind+due]: "Review today" and the 14-day forecast without a full scan;
 * - examSessions.status: the one resumable exam.
 */
export const v1: SchemaVersion = {
  version: 1,
  why: 'First schema.',
  stores: {
    attempts: 'id, itemId, at, examSessionId',
    reviewCards: 'id, itemId, due, [kind+due]',
    scenarioRuns: 'id, scenarioId, at',
    notesRead: 'noteId, at',
    examSessions: 'id, status, startedAt',
    settings: 'key',
    meta: 'key',
  },
};
