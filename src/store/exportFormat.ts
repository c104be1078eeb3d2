import { z } from 'zod';
import type { AllTables } from './records';

export const exportFormatName = 'canary-lab-progress';
export const exportFormatVersion = 1;

const id = z.string().min(1).max(200);
const instant = z.number().int().nonnegative();
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const attempt = z.strictObject({
  id,
  itemId: id,
  chosenOptionIds: z.array(id).max(20),
  correct: z.boolean(),
  durationMs: z.number().nonnegative(),
  mode: z.enum(['drill', 'exam', 'review', 'scenario']),
  at: instant,
  examSessionId: id.optional(),
});

const reviewCard = z
  .strictObject({
    id,
    kind: z.enum(['question', 'scenario', 'note']),
    itemId: id,
    due: instant,
    stability: z.number().nonnegative(),
    difficulty: z.number().nonnegative(),
    elapsedDays: z.number().nonnegative(),
    scheduledDays: z.number().nonnegative(),
    learningSteps: z.number().int().nonnegative(),
    reps: z.number().int().nonnegative(),
    lapses: z.number().int().nonnegative(),
    state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    lastReview: instant.nullable(),
    updatedAt: instant,
  })
  .refine((card) => card.id === `${card.kind}:${card.itemId}`, { message: 'card id must be "<kind>:<itemId>"' });

const scenarioRun = z.strictObject({
  id,
  scenarioId: id,
  seed: z.number().int(),
  predictedChoice: id.nullable(),
  predictionCorrect: z.boolean().nullable(),
  goalReached: z.boolean(),
  durationMs: z.number().nonnegative(),
  at: instant,
  hintsUsed: z.number().int().nonnegative(),
});

const noteRead = z.strictObject({ noteId: id, firstReadAt: instant, at: instant });

const examSession = z.strictObject({
  id,
  status: z.enum(['active', 'submitted']),
  questionIds: z.array(id).max(500),
  answers: z
    .array(
      z.strictObject({
        questionId: id,
        chosenOptionIds: z.array(id).max(20),
        durationMs: z.number().nonnegative(),
        at: instant,
      }),
    )
    .max(500),
  flaggedQuestionIds: z.array(id).max(500),
  currentIndex: z.number().int().nonnegative(),
  startedAt: instant,
  deadline: instant,
  submittedAt: instant.nullable(),
  settings: z.strictObject({
    durationMinutes: z.number().positive(),
    passMark: z.number().min(0).max(1),
    topics: z.array(id).max(50),
  }),
  updatedAt: instant,
});

const keyValue = z.strictObject({ key: id, value: scalar, updatedAt: instant });

export const tablesSchema = z.strictObject({
  attempts: z.array(attempt),
  reviewCards: z.array(reviewCard),
  scenarioRuns: z.array(scenarioRun),
  notesRead: z.array(noteRead),
  examSessions: z.array(examSession),
  settings: z.array(keyValue),
  meta: z.array(keyValue),
});

export const exportDocumentSchema = z.strictObject({
  format: z.literal(exportFormatName),
  version: z.literal(exportFormatVersion),
  exportedAt: z.iso.datetime(),
  schemaVersion: z.number().int().positive(),
  data: tablesSchema,
});

export interface ExportDocument {
  format: typeof exportFormatName;
  version: typeof exportFormatVersion;
  exportedAt: string;
  /** The database schema the data came from (informative; the format version governs import). */
  schemaVersion: number;
  data: AllTables;
}
