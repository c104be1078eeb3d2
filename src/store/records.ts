/**
 * The plain, serialisable records kept in the progress database.
 * Every instant is stored as epoch milliseconds (UTC) so that records survive structured clone,
 * JSON export and IndexedDB indexing unchanged; the API converts to and from `Date` at its edge.
 */

export type AttemptMode = 'drill' | 'exam' | 'review' | 'scenario';
export type ItemKind = 'question' | 'scenario' | 'note';

/** One answer to a practice question. Append-only: an attempt is never edited after it is written. */
export interface AttemptRecord {
  id: string;
  /** Question id. */
  itemId: string;
  chosenOptionIds: string[];
  correct: boolean;
  durationMs: number;
  mode: AttemptMode;
  at: number;
  examSessionId?: string;
  /**
   * Seed of the order the options were shown in (src/ui/practice/optionOrder.ts), so a review shows
   * the same order the learner answered in. Absent on records written before options were shuffled.
   */
  optionSeed?: number;
}

/**
 * FSRS memory state of one item, in camelCase but otherwise exactly ts-fsrs's `Card`
 * (see cardState.ts for the lossless conversion).
 */
export interface ReviewCardRecord {
  /** `${kind}:${itemId}`, so that a question and a scenario may share an id without colliding. */
  id: string;
  kind: ItemKind;
  itemId: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: 0 | 1 | 2 | 3;
  lastReview: number | null;
  updatedAt: number;
}

/** One run of a Lab scenario. Append-only like attempts. */
export interface ScenarioRunRecord {
  id: string;
  scenarioId: string;
  seed: number;
  /** The option the learner predicted before running, or null when the scenario asks no prediction. */
  predictedChoice: string | null;
  predictionCorrect: boolean | null;
  goalReached: boolean;
  durationMs: number;
  at: number;
  hintsUsed: number;
}

export interface NoteReadRecord {
  noteId: string;
  firstReadAt: number;
  /** Last time the note was read. */
  at: number;
}

export interface ExamAnswer {
  questionId: string;
  chosenOptionIds: string[];
  /** Time spent on the question so far, summed over visits. */
  durationMs: number;
  at: number;
}

export interface ExamSettings {
  durationMinutes: number;
  /**
   * Share of questions needed to pass this practice exam. DOP-C02 reports a scaled score (750 of
   * 100–1,000 passes) that is not a plain share, so any value here is an approximation the UI should say.
   */
  passMark: number;
  topics: string[];
}

export type ExamStatus = 'active' | 'submitted';

export interface ExamSessionRecord {
  id: string;
  status: ExamStatus;
  questionIds: string[];
  answers: ExamAnswer[];
  flaggedQuestionIds: string[];
  currentIndex: number;
  startedAt: number;
  deadline: number;
  submittedAt: number | null;
  settings: ExamSettings;
  updatedAt: number;
  /** Seed of every question's option order in this exam (resume and results show the same order). */
  optionSeed?: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
  updatedAt: number;
}

export interface MetaRecord {
  key: string;
  value: unknown;
  updatedAt: number;
}

/** Table names, in the order they appear in exports. */
export const tableNames = [
  'attempts',
  'reviewCards',
  'scenarioRuns',
  'notesRead',
  'examSessions',
  'settings',
  'meta',
] as const;
export type TableName = (typeof tableNames)[number];

export interface AllTables {
  attempts: AttemptRecord[];
  reviewCards: ReviewCardRecord[];
  scenarioRuns: ScenarioRunRecord[];
  notesRead: NoteReadRecord[];
  examSessions: ExamSessionRecord[];
  settings: SettingRecord[];
  meta: MetaRecord[];
}

/**
 * Derived (schema v2): an item's recency-weighted results as running sums, so that the dashboard
 * reads one row per item rather than every attempt. Rebuilt from attempts and runs on upgrade and
 * import; never exported. Sums are weighted as seen from `referenceAt` (see itemStats.ts).
 */
export interface ItemStatsRecord {
  /** `${kind}:${itemId}`. */
  id: string;
  kind: 'question' | 'scenario';
  itemId: string;
  outcomes: number;
  weightedRight: number;
  weightedTotal: number;
  referenceAt: number;
  lastAt: number;
}

/**
 * Derived (schema v2): how many things the learner did on one day, the day being the learner's
 * local calendar day when they did it (so a streak kept while travelling stays a streak).
 */
export interface ActivityDayRecord {
  day: string;
  count: number;
}

/** Derived tables: rebuilt from the ones above, so they are neither exported nor imported. */
export const derivedTableNames = ['itemStats', 'activityDays'] as const;
export type DerivedTableName = (typeof derivedTableNames)[number];
