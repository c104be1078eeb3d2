/**
 * The check of an imported progress file, record by record (zod). Loaded only when a file is imported
 * (progressStore.ts validateExport) and by the fuzzer: reading and exporting do not need it.
 */
import { z } from '../zodConfigured';
import { exportFormatName, exportFormatVersion, maxInstantMs } from './exportFormat';

const id = z.string().min(1).max(200);
const instant = z
  .number()
  .int()
  .nonnegative()
  .max(maxInstantMs, { message: 'is past the largest date a browser can hold' });
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
  // Seed of the option order shown (src/ui/practice/optionOrder.ts); absent on records from before shuffling.
  optionSeed: z.number().int().nonnegative().max(0xffffffff).optional(),
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
  .refine((card) => card.id === `${card.kind}:${card.itemId}`, { message: 'card id must be "<kind>:<itemId>"' })
  .superRefine((card, ctx) => {
    // A reviewed card (state Learning, Review or Relearning) needs a memory state ts-fsrs accepts:
    // stability above 0 and difficulty from 1 to 10 (FSRS's range), and the time of its last review.
    // https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm
    if (card.state === 0) return;
    if (!(card.stability > 0))
      ctx.addIssue({ code: 'custom', path: ['stability'], message: 'must be above 0 for a card that was reviewed' });
    if (!(card.difficulty >= 1 && card.difficulty <= 10))
      ctx.addIssue({
        code: 'custom',
        path: ['difficulty'],
        message: 'must be from 1 to 10 for a card that was reviewed',
      });
    if (card.lastReview === null)
      ctx.addIssue({ code: 'custom', path: ['lastReview'], message: 'is missing for a card that was reviewed' });
  });

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
  // An exam without questions would score 0/0.
  questionIds: z.array(id).min(1, { message: 'must list at least one question' }).max(500),
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
    durationMinutes: z
      .number()
      .positive()
      .max(7 * 24 * 60),
    passMark: z.number().min(0).max(1),
    topics: z.array(id).max(50),
  }),
  updatedAt: instant,
  // Seed of the option order shown (src/ui/practice/optionOrder.ts); absent on records from before shuffling.
  optionSeed: z.number().int().nonnegative().max(0xffffffff).optional(),
});

const keyValue = z.strictObject({ key: id, value: scalar, updatedAt: instant });

const examSessionInRange = examSession.superRefine((session, ctx) => {
  if (session.currentIndex >= session.questionIds.length)
    ctx.addIssue({ code: 'custom', path: ['currentIndex'], message: 'points past the last question' });
  if (session.deadline < session.startedAt)
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'is before the exam started' });
});

export const tablesSchema = z.strictObject({
  attempts: z.array(attempt),
  reviewCards: z.array(reviewCard),
  scenarioRuns: z.array(scenarioRun),
  notesRead: z.array(noteRead),
  examSessions: z.array(examSessionInRange),
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
