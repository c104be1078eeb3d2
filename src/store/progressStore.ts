import type { Table } from 'dexie';
import { addDays, dayKey, localUtcOffsetMinutes } from './calendarDays';
import { computeDashboard, type Dashboard } from './dashboardData';
import { planExam, type ExamPlan } from './examPlan';
import { exportFormatName, exportFormatVersion, type ExportDocument } from './exportFormat';
import { parseUntrustedJson } from './hostileJson';
import { mergeRules, mergeTable, type ImportChanges, type TableChanges } from './importMerge';
import type { DescribeItem, ItemRef } from './itemInfo';
import { currentSchemaVersion } from './migrations';
import { openProgressDatabase, type Persistence, type PersistenceIssue } from './openDatabase';
import type { DatabaseEnvironment, ProgressDatabase } from './progressDatabase';
import { cardId } from './cardState';
import { activityDay, addOutcome, scenarioRunCorrect } from './itemStats';
import type {
  AllTables,
  AttemptMode,
  AttemptRecord,
  ExamSessionRecord,
  ExamSettings,
  ItemKind,
  NoteReadRecord,
  ReviewCardRecord,
  ScenarioRunRecord,
  TableName,
} from './records';
import { tableNames } from './records';
import type { Grade } from 'ts-fsrs';
import { defaultSlowAnswerMs, ratingForAnswer, ratingForScenarioRun, reviewCard } from './reviewScheduling';
import { defaultSettings, isSettingKey, readSetting, type SettingKey, type Settings } from './settings';
import { describeRecordIssue, futureRecordIssue } from './importRanges';
import { ImportRejectedError, isQuotaError, ReloadRequiredError, StorageQuotaError, StoreError } from './storeErrors';

export interface ProgressStoreOptions extends DatabaseEnvironment {
  /** IndexedDB database name; tests pass a unique one. */
  name?: string;
  /** Topic and traps of a question or scenario, looked up in the content by the caller. */
  describeItem?: DescribeItem;
  /** Right answers slower than this count as Hard (see reviewScheduling.ts). */
  slowAnswerMs?: number;
  /** Time zone for filing activity under a day; defaults to the machine's offset at each write. Tests fix it. */
  utcOffsetMinutes?: number;
  /** Makes ids (tests); defaults to crypto.randomUUID. */
  newId?: () => string;
}

export type StoreStatus = 'open' | 'reload-required';

export interface AttemptInput {
  itemId: string;
  chosenOptionIds: readonly string[];
  correct: boolean;
  durationMs: number;
  mode: AttemptMode;
  examSessionId?: string;
  /** Seed of the option order the learner saw (optionOrder.ts). */
  optionSeed?: number;
  /** Supplied when the caller must be able to retry without duplicating. */
  id?: string;
}

export interface ScenarioRunInput {
  scenarioId: string;
  seed: number;
  predictedChoice: string | null;
  predictionCorrect: boolean | null;
  goalReached: boolean;
  durationMs: number;
  hintsUsed: number;
  id?: string;
}

export interface StartExamInput {
  questionIds: readonly string[];
  settings: ExamSettings;
  /** Seed of the option order of every question in the exam (optionOrder.ts). */
  optionSeed?: number;
}

export interface ActiveExam extends ExamSessionRecord {
  /** The deadline has passed: the UI should submit it. */
  expired: boolean;
  remainingMs: number;
}

export interface ExamResult {
  session: ExamSessionRecord;
  correct: number;
  total: number;
  /**
   * Unanswered questions count as wrong, as the exam guide says they are scored.
   * https://docs.aws.amazon.com/aws-certification/latest/examguides/devops-engineer-professional-02.html
   */
  share: number;
  passed: boolean;
  attempts: AttemptRecord[];
}

export interface DueItem {
  kind: ItemKind;
  itemId: string;
  due: Date;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: ReviewCardRecord['state'];
}

export interface ImportPreview {
  document: ExportDocument;
  changes: ImportChanges;
  /** True when importing would change nothing. */
  nothingToDo: boolean;
}

export interface DashboardCallOptions {
  describeItem?: DescribeItem;
  utcOffsetMinutes?: number;
}

export interface ProgressStore {
  readonly persistence: Persistence;
  readonly persistenceIssue: PersistenceIssue | null;
  readonly persistenceReason: string | null;
  readonly status: StoreStatus;
  readonly db: ProgressDatabase;
  onStatusChange(listener: (status: StoreStatus) => void): () => void;
  recordAttempt(now: Date, input: AttemptInput): Promise<{ attempt: AttemptRecord; card: ReviewCardRecord }>;
  recordScenarioRun(now: Date, input: ScenarioRunInput): Promise<{ run: ScenarioRunRecord; card: ReviewCardRecord }>;
  markNoteRead(now: Date, noteId: string): Promise<NoteReadRecord>;
  startExam(now: Date, input: StartExamInput): Promise<ExamSessionRecord>;
  saveExamAnswer(
    now: Date,
    sessionId: string,
    questionId: string,
    chosenOptionIds: readonly string[],
    durationMs?: number,
  ): Promise<ExamSessionRecord>;
  flagExamQuestion(now: Date, sessionId: string, questionId: string, flagged: boolean): Promise<ExamSessionRecord>;
  goToExamQuestion(now: Date, sessionId: string, index: number): Promise<ExamSessionRecord>;
  getActiveExam(now: Date): Promise<ActiveExam | null>;
  submitExam(
    now: Date,
    sessionId: string,
    isCorrect: (questionId: string, chosenOptionIds: readonly string[]) => boolean,
  ): Promise<ExamResult>;
  getSettings(): Promise<Settings>;
  setSetting<K extends SettingKey>(now: Date, key: K, value: Settings[K]): Promise<Settings>;
  dueItems(now: Date, limit?: number): Promise<DueItem[]>;
  planForExamDate(
    now: Date,
    examDate: Date,
    allItems: readonly ItemRef[],
    options?: { utcOffsetMinutes?: number },
  ): Promise<ExamPlan>;
  dashboard(now: Date, options?: DashboardCallOptions): Promise<Dashboard>;
  exportAll(now: Date): Promise<ExportDocument>;
  /** `now` (default: the current time) bounds how late a record in the file may be dated. */
  importPreview(text: string, now?: Date): Promise<ImportPreview>;
  importApply(preview: ImportPreview): Promise<ImportChanges>;
  resetAll(): Promise<void>;
  close(): void;
}

function defaultNewId(): string {
  return globalThis.crypto.randomUUID();
}

export async function createProgressStore(options: ProgressStoreOptions = {}): Promise<ProgressStore> {
  const opened = await openProgressDatabase(options.name ?? 'canary-lab-progress', {
    indexedDB: options.indexedDB,
    IDBKeyRange: options.IDBKeyRange,
  });
  return new DexieProgressStore(opened.db, opened.persistence, opened.issue, opened.reason, options);
}

class DexieProgressStore implements ProgressStore {
  #status: StoreStatus = 'open';
  readonly #listeners = new Set<(status: StoreStatus) => void>();
  readonly #describeItem: DescribeItem;
  readonly #slowAnswerMs: number;
  readonly #newId: () => string;
  readonly #utcOffsetMinutes: number | undefined;

  constructor(
    readonly db: ProgressDatabase,
    readonly persistence: Persistence,
    readonly persistenceIssue: PersistenceIssue | null,
    readonly persistenceReason: string | null,
    options: ProgressStoreOptions,
  ) {
    this.#describeItem = options.describeItem ?? (() => undefined);
    this.#slowAnswerMs = options.slowAnswerMs ?? defaultSlowAnswerMs;
    this.#newId = options.newId ?? defaultNewId;
    this.#utcOffsetMinutes = options.utcOffsetMinutes;
    // Another tab opened a newer schema: it cannot upgrade while we hold the old one open, and we
    // cannot read its data with old code. Close (so its upgrade proceeds) and ask the UI to reload.
    // https://dexie.org/docs/Dexie/Dexie.on.versionchange
    db.on('versionchange', (event: IDBVersionChangeEvent) => {
      if (!event.newVersion) return; // deletion: Dexie's default handler closes and reopens on next use
      db.close({ disableAutoOpen: true });
      this.#setStatus('reload-required');
    });
  }

  get status(): StoreStatus {
    return this.#status;
  }

  onStatusChange(listener: (status: StoreStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #setStatus(status: StoreStatus): void {
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }

  /** Maps storage failures to the store's typed errors. */
  #fail(error: unknown): never {
    if (error instanceof StoreError) throw error;
    if (isQuotaError(error)) throw new StorageQuotaError(error);
    if (this.#status === 'reload-required') throw new ReloadRequiredError();
    throw error;
  }

  /** One read-write transaction: everything inside is written, or nothing is. */
  async #write<T>(tables: Table[], body: () => Promise<T>): Promise<T> {
    if (this.#status === 'reload-required') throw new ReloadRequiredError();
    try {
      return await this.db.transaction('rw', tables, body);
    } catch (error) {
      this.#fail(error);
    }
  }

  async #read<T>(body: () => Promise<T>): Promise<T> {
    if (this.#status === 'reload-required') throw new ReloadRequiredError();
    try {
      return await body();
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Keeps the derived per-item sums and activity days in step with new answers or runs (same transaction). */
  async #noteOutcome(kind: 'question' | 'scenario', itemId: string, correct: boolean, at: number): Promise<void> {
    await this.#noteOutcomes([{ kind, itemId, correct, at }]);
  }

  async #noteOutcomes(
    outcomes: readonly { kind: 'question' | 'scenario'; itemId: string; correct: boolean; at: number }[],
  ): Promise<void> {
    if (outcomes.length === 0) return;
    const ids = [...new Set(outcomes.map((o) => cardId(o.kind, o.itemId)))];
    const found = await this.db.itemStats.bulkGet(ids);
    const stats = new Map(ids.map((id, i) => [id, found[i]]));
    for (const o of outcomes) {
      const id = cardId(o.kind, o.itemId);
      stats.set(id, addOutcome(stats.get(id), o.kind, o.itemId, o.correct, o.at));
    }
    await this.db.itemStats.bulkPut([...stats.values()].filter((v) => v !== undefined));
    await this.#noteActivity(outcomes.map((o) => o.at));
  }

  async #noteActivity(instants: readonly number[]): Promise<void> {
    const counts = new Map<string, number>();
    for (const at of instants) {
      const day = activityDay(at, this.#utcOffsetMinutes);
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
    const days = [...counts.keys()];
    const existing = await this.db.activityDays.bulkGet(days);
    await this.db.activityDays.bulkPut(
      days.map((day, i) => ({ day, count: (existing[i]?.count ?? 0) + counts.get(day)! })),
    );
  }

  /**
   * The hot path of answering: card, item summary and activity day are read together and written
   * together with the history record, so one answer costs two round trips inside one transaction.
   */
  async #recordResult(
    kind: 'question' | 'scenario',
    itemId: string,
    rating: Grade,
    correct: boolean,
    now: Date,
    addHistory: () => Promise<unknown>,
  ) {
    const id = cardId(kind, itemId);
    const at = now.getTime();
    const day = activityDay(at, this.#utcOffsetMinutes);
    const [previous, stats, today] = await Promise.all([
      this.db.reviewCards.get(id),
      this.db.itemStats.get(id),
      this.db.activityDays.get(day),
    ]);
    const card = reviewCard(previous, kind, itemId, rating, now);
    await Promise.all([
      this.db.reviewCards.put(card),
      this.db.itemStats.put(addOutcome(stats, kind, itemId, correct, at)),
      this.db.activityDays.put({ day, count: (today?.count ?? 0) + 1 }),
      addHistory(),
    ]);
    return card;
  }

  async #review(
    kind: ItemKind,
    itemId: string,
    rating: Parameters<typeof reviewCard>[3],
    now: Date,
  ): Promise<ReviewCardRecord> {
    const previous = await this.db.reviewCards.get(cardId(kind, itemId));
    const card = reviewCard(previous, kind, itemId, rating, now);
    await this.db.reviewCards.put(card);
    return card;
  }

  #attemptRecord(now: Date, input: AttemptInput): AttemptRecord {
    const attempt: AttemptRecord = {
      id: input.id ?? this.#newId(),
      itemId: input.itemId,
      chosenOptionIds: [...input.chosenOptionIds],
      correct: input.correct,
      durationMs: input.durationMs,
      mode: input.mode,
      at: now.getTime(),
    };
    if (input.examSessionId !== undefined) attempt.examSessionId = input.examSessionId;
    if (input.optionSeed !== undefined) attempt.optionSeed = input.optionSeed;
    return attempt;
  }

  recordAttempt(now: Date, input: AttemptInput) {
    const attempt = this.#attemptRecord(now, input);
    return this.#write([this.db.attempts, this.db.reviewCards, this.db.itemStats, this.db.activityDays], async () => {
      const rating = ratingForAnswer(attempt.correct, attempt.durationMs, this.#slowAnswerMs);
      const card = await this.#recordResult('question', attempt.itemId, rating, attempt.correct, now, () =>
        this.db.attempts.add(attempt),
      );
      return { attempt, card };
    });
  }

  recordScenarioRun(now: Date, input: ScenarioRunInput) {
    const run: ScenarioRunRecord = {
      id: input.id ?? this.#newId(),
      scenarioId: input.scenarioId,
      seed: input.seed,
      predictedChoice: input.predictedChoice,
      predictionCorrect: input.predictionCorrect,
      goalReached: input.goalReached,
      durationMs: input.durationMs,
      at: now.getTime(),
      hintsUsed: input.hintsUsed,
    };
    return this.#write(
      [this.db.scenarioRuns, this.db.reviewCards, this.db.itemStats, this.db.activityDays],
      async () => {
        const rating = ratingForScenarioRun(run.goalReached);
        const card = await this.#recordResult('scenario', run.scenarioId, rating, scenarioRunCorrect(run), now, () =>
          this.db.scenarioRuns.add(run),
        );
        return { run, card };
      },
    );
  }

  markNoteRead(now: Date, noteId: string) {
    return this.#write([this.db.notesRead, this.db.activityDays], async () => {
      const previous = await this.db.notesRead.get(noteId);
      const record: NoteReadRecord = { noteId, firstReadAt: previous?.firstReadAt ?? now.getTime(), at: now.getTime() };
      await this.db.notesRead.put(record);
      await this.#noteActivity([record.at]);
      return record;
    });
  }

  async startExam(now: Date, input: StartExamInput) {
    if (input.questionIds.length === 0) throw new StoreError('exam-empty', 'An exam needs at least one question.');
    return this.#write([this.db.examSessions], async () => {
      const running = await this.db.examSessions.where('status').equals('active').first();
      if (running) {
        throw new StoreError(
          'exam-in-progress',
          'An exam is already in progress: resume or submit it before starting another.',
        );
      }
      const session: ExamSessionRecord = {
        id: this.#newId(),
        status: 'active',
        questionIds: [...input.questionIds],
        answers: [],
        flaggedQuestionIds: [],
        currentIndex: 0,
        startedAt: now.getTime(),
        deadline: now.getTime() + input.settings.durationMinutes * 60_000,
        submittedAt: null,
        settings: { ...input.settings, topics: [...input.settings.topics] },
        updatedAt: now.getTime(),
      };
      if (input.optionSeed !== undefined) session.optionSeed = input.optionSeed;
      await this.db.examSessions.add(session);
      return session;
    });
  }

  /** Reads, changes and writes an active session in one transaction (each answer is saved as it is given). */
  #updateExam(now: Date, sessionId: string, change: (session: ExamSessionRecord) => void) {
    return this.#write([this.db.examSessions], async () => {
      const session = await this.db.examSessions.get(sessionId);
      if (!session) throw new StoreError('exam-not-found', `No exam session ${sessionId}.`);
      if (session.status !== 'active') throw new StoreError('exam-submitted', 'This exam has already been submitted.');
      change(session);
      session.updatedAt = now.getTime();
      await this.db.examSessions.put(session);
      return session;
    });
  }

  #checkQuestion(session: ExamSessionRecord, questionId: string): void {
    if (!session.questionIds.includes(questionId)) {
      throw new StoreError('exam-unknown-question', `Question ${questionId} is not part of this exam.`);
    }
  }

  saveExamAnswer(now: Date, sessionId: string, questionId: string, chosenOptionIds: readonly string[], durationMs = 0) {
    return this.#updateExam(now, sessionId, (session) => {
      this.#checkQuestion(session, questionId);
      const previous = session.answers.find((a) => a.questionId === questionId);
      const answer = {
        questionId,
        chosenOptionIds: [...chosenOptionIds],
        durationMs: (previous?.durationMs ?? 0) + durationMs,
        at: now.getTime(),
      };
      session.answers = [...session.answers.filter((a) => a.questionId !== questionId), answer];
    });
  }

  flagExamQuestion(now: Date, sessionId: string, questionId: string, flagged: boolean) {
    return this.#updateExam(now, sessionId, (session) => {
      this.#checkQuestion(session, questionId);
      const others = session.flaggedQuestionIds.filter((id) => id !== questionId);
      session.flaggedQuestionIds = flagged ? [...others, questionId] : others;
    });
  }

  goToExamQuestion(now: Date, sessionId: string, index: number) {
    return this.#updateExam(now, sessionId, (session) => {
      if (!Number.isInteger(index) || index < 0 || index >= session.questionIds.length) {
        throw new StoreError('exam-bad-index', `Question number ${index + 1} is outside this exam.`);
      }
      session.currentIndex = index;
    });
  }

  getActiveExam(now: Date) {
    return this.#read(async () => {
      const session = await this.db.examSessions.where('status').equals('active').first();
      if (!session) return null;
      const remainingMs = Math.max(0, session.deadline - now.getTime());
      return { ...session, expired: remainingMs === 0, remainingMs };
    });
  }

  /**
   * Scores the exam and records an exam-mode attempt per answered question (which also schedules
   * its review), in the same transaction as marking the session submitted.
   */
  submitExam(
    now: Date,
    sessionId: string,
    isCorrect: (questionId: string, chosenOptionIds: readonly string[]) => boolean,
  ) {
    return this.#write(
      [this.db.examSessions, this.db.attempts, this.db.reviewCards, this.db.itemStats, this.db.activityDays],
      async () => {
        const session = await this.db.examSessions.get(sessionId);
        if (!session) throw new StoreError('exam-not-found', `No exam session ${sessionId}.`);
        if (session.status !== 'active')
          throw new StoreError('exam-submitted', 'This exam has already been submitted.');
        const attempts: AttemptRecord[] = [];
        for (const answer of session.answers) {
          const attempt = this.#attemptRecord(now, {
            itemId: answer.questionId,
            chosenOptionIds: answer.chosenOptionIds,
            correct: isCorrect(answer.questionId, answer.chosenOptionIds),
            durationMs: answer.durationMs,
            mode: 'exam',
            examSessionId: session.id,
            optionSeed: session.optionSeed,
          });
          await this.#review(
            'question',
            attempt.itemId,
            ratingForAnswer(attempt.correct, attempt.durationMs, this.#slowAnswerMs),
            now,
          );
          await this.#noteOutcome('question', attempt.itemId, attempt.correct, attempt.at);
          attempts.push(attempt);
        }
        await this.db.attempts.bulkAdd(attempts);
        session.status = 'submitted';
        session.submittedAt = now.getTime();
        session.updatedAt = now.getTime();
        await this.db.examSessions.put(session);
        const correct = attempts.filter((a) => a.correct).length;
        const total = session.questionIds.length;
        // An exam stored without questions (older data) scores 0 and does not pass, never 0/0.
        const share = total > 0 ? correct / total : 0;
        return { session, correct, total, share, passed: total > 0 && share >= session.settings.passMark, attempts };
      },
    );
  }

  getSettings() {
    return this.#read(async () => {
      const settings: Settings = { ...defaultSettings };
      for (const row of await this.db.settings.toArray()) {
        if (!isSettingKey(row.key)) continue;
        // A value that no longer validates (e.g. written by an older release) falls back to the default.
        const value = readSetting(row.key, row.value);
        if (value !== undefined) (settings as Record<SettingKey, unknown>)[row.key] = value;
      }
      return settings;
    });
  }

  async setSetting<K extends SettingKey>(now: Date, key: K, value: Settings[K]) {
    if (!isSettingKey(key)) throw new StoreError('unknown-setting', `There is no setting called ${String(key)}.`);
    // zod checks a value where it enters; loaded here, not with the store (settings.ts).
    const { parseSetting } = await import('./settingsSchema');
    const valid = parseSetting(key, value);
    await this.#write([this.db.settings], () => this.db.settings.put({ key, value: valid, updatedAt: now.getTime() }));
    return this.getSettings();
  }

  /** "Review today": question and scenario cards due by `now`, most overdue first, both kinds mixed. */
  dueItems(now: Date, limit = 50) {
    return this.#read(async () => {
      const dueOf = (kind: ItemKind) =>
        this.db.reviewCards
          .where('[kind+due]')
          .between([kind, -Infinity], [kind, now.getTime()], true, true)
          .limit(limit)
          .toArray();
      const [questions, scenarios] = await Promise.all([dueOf('question'), dueOf('scenario')]);
      return [...questions, ...scenarios]
        .sort((a, b) => a.due - b.due || a.id.localeCompare(b.id))
        .slice(0, limit)
        .map((card) => ({ kind: card.kind, itemId: card.itemId, due: new Date(card.due), state: card.state }));
    });
  }

  planForExamDate(
    now: Date,
    examDate: Date,
    allItems: readonly ItemRef[],
    options: { utcOffsetMinutes?: number } = {},
  ) {
    return this.#read(() =>
      this.db.transaction(
        'r',
        [this.db.reviewCards, this.db.notesRead, this.db.attempts, this.db.scenarioRuns],
        async () => {
          const cards = new Map((await this.db.reviewCards.toArray()).map((card) => [card.id, card]));
          const notesRead = new Set(await this.db.notesRead.toCollection().primaryKeys());
          // An item "started" last week = it has attempts or runs in the last 7 days and none before.
          const weekAgo = now.getTime() - 7 * 86_400_000;
          const recent = (at: number) => at >= weekAgo;
          const recentQuestions = new Set(
            (await this.db.attempts.where('at').between(weekAgo, now.getTime(), true, true).toArray()).map(
              (a) => a.itemId,
            ),
          );
          const recentScenarios = new Set(
            (await this.db.scenarioRuns.where('at').between(weekAgo, now.getTime(), true, true).toArray()).map(
              (r) => r.scenarioId,
            ),
          );
          let itemsStartedLastWeek = 0;
          for (const itemId of recentQuestions) {
            if ((await this.db.attempts.where('itemId').equals(itemId).toArray()).every((a) => recent(a.at)))
              itemsStartedLastWeek++;
          }
          for (const scenarioId of recentScenarios) {
            if (
              (await this.db.scenarioRuns.where('scenarioId').equals(scenarioId).toArray()).every((r) => recent(r.at))
            )
              itemsStartedLastWeek++;
          }
          return planExam(now, examDate, {
            allItems,
            cards,
            notesRead,
            itemsStartedLastWeek,
            utcOffsetMinutes: options.utcOffsetMinutes ?? localUtcOffsetMinutes(now),
          });
        },
      ),
    );
  }

  dashboard(now: Date, options: DashboardCallOptions = {}) {
    const utcOffsetMinutes = options.utcOffsetMinutes ?? localUtcOffsetMinutes(now);
    return this.#read(() =>
      this.db.transaction('r', [this.db.itemStats, this.db.activityDays, this.db.reviewCards], async () => {
        // One row per item and per active day of the last year: the cost does not grow with the number of attempts.
        const since = addDays(dayKey(now.getTime(), utcOffsetMinutes), -366);
        const [itemStats, activityDays, cardDues] = await Promise.all([
          this.db.itemStats.toArray(),
          this.db.activityDays.where('day').aboveOrEqual(since).toArray(),
          this.db.reviewCards
            .filter((card) => card.kind !== 'note')
            .toArray()
            .then((cards) => cards.map((card) => card.due)),
        ]);
        return computeDashboard(
          now,
          { itemStats, activityDays, cardDues },
          {
            describeItem: options.describeItem ?? this.#describeItem,
            utcOffsetMinutes,
          },
        );
      }),
    );
  }

  exportAll(now: Date) {
    return this.#read(() =>
      this.db.transaction('r', this.db.allTables(), async () => {
        // Every exported table by name (records.ts tableNames), typed by its own Dexie table.
        const { db } = this;
        const data: AllTables = {
          attempts: await db.attempts.toArray(),
          reviewCards: await db.reviewCards.toArray(),
          scenarioRuns: await db.scenarioRuns.toArray(),
          notesRead: await db.notesRead.toArray(),
          examSessions: await db.examSessions.toArray(),
          settings: await db.settings.toArray(),
          meta: await db.meta.toArray(),
        };
        const document: ExportDocument = {
          format: exportFormatName,
          version: exportFormatVersion,
          exportedAt: now.toISOString(),
          schemaVersion: currentSchemaVersion,
          data,
        };
        return document;
      }),
    );
  }

  async importPreview(text: string, now: Date = new Date()): Promise<ImportPreview> {
    const document = await validateExport(parseUntrustedJson(text), now);
    const changes = await this.#read(() =>
      this.db.transaction('r', this.db.allTables(), async () => (await this.#merge(document)).changes),
    );
    const nothingToDo = Object.values(changes).every((c: TableChanges) => c.added === 0 && c.updated === 0);
    return { document, changes, nothingToDo };
  }

  /** Re-decides against what is stored now (another tab may have written since the preview) and writes in one transaction. */
  importApply(preview: ImportPreview) {
    return this.#write(this.db.allTables(), async () => {
      const { changes, writes } = await this.#merge(preview.document);
      for (const name of tableNames) {
        if (writes[name].length) await this.db.tableNamed(name).bulkPut(writes[name]);
      }
      // Attempts and runs are append-only, so every one written is new history for the summaries.
      await this.#noteOutcomes([
        ...(writes.attempts as AttemptRecord[]).map((a) => ({
          kind: 'question' as const,
          itemId: a.itemId,
          correct: a.correct,
          at: a.at,
        })),
        ...(writes.scenarioRuns as ScenarioRunRecord[]).map((r) => ({
          kind: 'scenario' as const,
          itemId: r.scenarioId,
          correct: scenarioRunCorrect(r),
          at: r.at,
        })),
      ]);
      await this.#noteActivity((writes.notesRead as NoteReadRecord[]).map((n) => n.at));
      return changes;
    });
  }

  async #merge(document: ExportDocument) {
    const changes = {} as ImportChanges;
    const writes = {} as Record<TableName, unknown[]>;
    for (const name of tableNames) {
      const rule = mergeRules[name] as { key: (r: unknown) => string };
      const incoming = document.data[name] as unknown[];
      const keys = [...new Set(incoming.map((r) => rule.key(r)))];
      const found = await this.db.tableNamed(name).bulkGet(keys);
      const existing = new Map<string, unknown>();
      keys.forEach((key, i) => {
        if (found[i] !== undefined) existing.set(key, found[i]);
      });
      const result = mergeTable(mergeRules[name] as Parameters<typeof mergeTable<unknown>>[0], incoming, existing);
      changes[name] = result.changes;
      writes[name] = result.writes;
    }
    return { changes, writes };
  }

  resetAll() {
    return this.#write(this.db.allTables(), async () => {
      for (const table of this.db.allTables()) await table.clear();
    });
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Checks format and version first so that the learner gets the specific reason, then every record
 * (exportSchema.ts: zod, loaded only for an import).
 */
async function validateExport(value: unknown, now: Date): Promise<ExportDocument> {
  const shape = value as { format?: unknown; version?: unknown } | null;
  if (!shape || typeof shape !== 'object' || Array.isArray(shape) || shape.format !== exportFormatName) {
    throw new ImportRejectedError(
      'unknown-format',
      'This is not a Canary Lab progress file (its "format" is not "canary-lab-progress").',
    );
  }
  if (shape.version !== exportFormatVersion) {
    throw new ImportRejectedError(
      'unsupported-version',
      `This progress file is version ${JSON.stringify(shape.version)}; this version of Canary Lab reads version ${exportFormatVersion}. Update the app, then import again.`,
    );
  }
  const { exportDocumentSchema } = await import('./exportSchema');
  const parsed = exportDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!; // a failed parse reports at least one issue
    throw new ImportRejectedError(
      'invalid-records',
      describeRecordIssue((value as { data?: unknown }).data, issue.path, issue.message),
    );
  }
  const future = futureRecordIssue(parsed.data, now.getTime());
  if (future) throw new ImportRejectedError('invalid-records', future);
  return parsed.data;
}
