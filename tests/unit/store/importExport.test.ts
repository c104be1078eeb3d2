import { describe, expect, it } from 'vitest';
import { ImportRejectedError, type ExportDocument } from '../../../src/store';
import { at, createTestStore } from './testStore';

const t0 = at('2026-03-01T09:00:00Z');
const t1 = at('2026-03-02T09:00:00Z');

async function storeWithHistory() {
  const store = await createTestStore();
  await store.recordAttempt(t0, {
    itemId: 'q1',
    chosenOptionIds: ['a'],
    correct: true,
    durationMs: 12_000,
    mode: 'drill',
  });
  await store.recordAttempt(t0, {
    itemId: 'q2',
    chosenOptionIds: ['b', 'c'],
    correct: false,
    durationMs: 40_000,
    mode: 'review',
  });
  await store.recordScenarioRun(t0, {
    scenarioId: 'latest-wiring',
    seed: 7,
    predictedChoice: 'old-version',
    predictionCorrect: false,
    goalReached: true,
    durationMs: 300_000,
    hintsUsed: 1,
  });
  await store.markNoteRead(t0, 'aliases-and-weights');
  await store.setSetting(t0, 'theme', 'dark');
  const exam = await store.startExam(t0, {
    questionIds: ['q1', 'q3'],
    settings: { durationMinutes: 180, passMark: 0.72, topics: [] },
  });
  await store.saveExamAnswer(t0, exam.id, 'q3', ['d'], 30_000);
  return store;
}

async function counts(store: Awaited<ReturnType<typeof createTestStore>>) {
  const doc = await store.exportAll(t1);
  return Object.fromEntries(Object.entries(doc.data).map(([name, rows]) => [name, rows.length]));
}

describe('export', () => {
  it('writes a versioned canary-lab-progress document holding every table', async () => {
    const store = await storeWithHistory();
    const doc = await store.exportAll(t1);
    expect(doc.format).toBe('canary-lab-progress');
    expect(doc.version).toBe(1);
    expect(doc.exportedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(Object.keys(doc.data)).toEqual([
      'attempts',
      'reviewCards',
      'scenarioRuns',
      'notesRead',
      'examSessions',
      'settings',
      'meta',
    ]);
    expect(await counts(store)).toEqual({
      attempts: 2,
      reviewCards: 3,
      scenarioRuns: 1,
      notesRead: 1,
      examSessions: 1,
      settings: 1,
      meta: 0,
    });
    store.close();
  });
});

describe('import round trip', () => {
  it('importing an export into an empty store reproduces every record exactly', async () => {
    const source = await storeWithHistory();
    const text = JSON.stringify(await source.exportAll(t1));
    const target = await createTestStore();
    const preview = await target.importPreview(text);
    expect(preview.changes.attempts).toEqual({ added: 2, updated: 0, unchanged: 0, skippedOlder: 0 });
    expect(preview.changes.reviewCards.added).toBe(3);
    expect(await counts(target)).toEqual({
      attempts: 0,
      reviewCards: 0,
      scenarioRuns: 0,
      notesRead: 0,
      examSessions: 0,
      settings: 0,
      meta: 0,
    });
    await target.importApply(preview);
    expect((await target.exportAll(t1)).data).toEqual((await source.exportAll(t1)).data);
    expect((await target.getSettings()).theme).toBe('dark');
    source.close();
    target.close();
  });

  it('the dashboard after importing into an empty store matches the one it was exported from', async () => {
    const describeItem = (id: string) => ({
      topic: id.startsWith('q') ? 'hooks' : 'versions-aliases',
      traps: id === 'latest-wiring' ? ['latest-wiring'] : [],
    });
    const source = await storeWithHistory();
    const target = await createTestStore();
    await target.importApply(await target.importPreview(JSON.stringify(await source.exportAll(t1))));
    const options = { describeItem, utcOffsetMinutes: 0 };
    const before = await source.dashboard(t1, options);
    expect(await target.dashboard(t1, options)).toEqual(before);
    expect(before.masteryByTopic.map((m) => m.key)).toEqual(['hooks', 'versions-aliases']);
    source.close();
    target.close();
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const source = await storeWithHistory();
    const text = JSON.stringify(await source.exportAll(t1));
    const preview = await source.importPreview(text);
    expect(preview.nothingToDo).toBe(true);
    expect(preview.changes.attempts).toEqual({ added: 0, updated: 0, unchanged: 2, skippedOlder: 0 });
    source.close();
  });
});

describe('import merge keeps the newest copy', () => {
  it('a newer card in the file updates, an older one is skipped, and attempts are append-only by id', async () => {
    const store = await storeWithHistory();
    const doc = (await store.exportAll(t1)) as ExportDocument;
    const q1 = doc.data.reviewCards.find((c) => c.itemId === 'q1')!;
    const q2 = doc.data.reviewCards.find((c) => c.itemId === 'q2')!;
    const newer = { ...q1, reps: 5, updatedAt: q1.updatedAt + 1 };
    const older = { ...q2, reps: 9, updatedAt: q2.updatedAt - 1 };
    const changedAttempt = { ...doc.data.attempts[0], correct: !doc.data.attempts[0]!.correct };
    const extraAttempt = { ...doc.data.attempts[0], id: 'from-other-device' };
    const file = {
      ...doc,
      data: { ...doc.data, reviewCards: [newer, older], attempts: [changedAttempt, extraAttempt] },
    };

    const preview = await store.importPreview(JSON.stringify(file));
    expect(preview.changes.reviewCards).toEqual({ added: 0, updated: 1, unchanged: 0, skippedOlder: 1 });
    expect(preview.changes.attempts).toEqual({ added: 1, updated: 0, unchanged: 1, skippedOlder: 0 });

    await store.importApply(preview);
    expect((await store.db.reviewCards.get('question:q1'))!.reps).toBe(5);
    expect((await store.db.reviewCards.get('question:q2'))!.reps).toBe(q2.reps);
    expect((await store.db.attempts.get(doc.data.attempts[0]!.id))!.correct).toBe(doc.data.attempts[0]!.correct);
    expect(await store.db.attempts.count()).toBe(3);
    store.close();
  });

  it('apply re-checks against records written after the preview, so a newer local change is not lost', async () => {
    const store = await storeWithHistory();
    const doc = await store.exportAll(t1);
    const q1 = doc.data.reviewCards.find((c) => c.itemId === 'q1')!;
    const file = { ...doc, data: { ...doc.data, reviewCards: [{ ...q1, reps: 5, updatedAt: q1.updatedAt + 1 }] } };
    const preview = await store.importPreview(JSON.stringify(file));
    expect(preview.changes.reviewCards.updated).toBe(1);
    // The learner answers q1 again (in this or another tab) before confirming the import.
    const { card } = await store.recordAttempt(t1, {
      itemId: 'q1',
      chosenOptionIds: ['a'],
      correct: true,
      durationMs: 5_000,
      mode: 'drill',
    });
    const applied = await store.importApply(preview);
    expect(applied.reviewCards).toEqual({ added: 0, updated: 0, unchanged: 0, skippedOlder: 1 });
    expect(await store.db.reviewCards.get('question:q1')).toEqual(card);
    store.close();
  });

  it('a note read on two devices keeps the first read time and the latest read time', async () => {
    const store = await createTestStore();
    await store.markNoteRead(at('2026-03-05T10:00:00Z'), 'n1');
    const file = {
      format: 'canary-lab-progress',
      version: 1,
      exportedAt: '2026-03-06T00:00:00.000Z',
      schemaVersion: 1,
      data: {
        attempts: [],
        reviewCards: [],
        scenarioRuns: [],
        examSessions: [],
        settings: [],
        meta: [],
        notesRead: [
          { noteId: 'n1', firstReadAt: Date.parse('2026-03-01T10:00:00Z'), at: Date.parse('2026-03-06T10:00:00Z') },
        ],
      },
    };
    await store.importApply(await store.importPreview(JSON.stringify(file)));
    expect(await store.db.notesRead.get('n1')).toEqual({
      noteId: 'n1',
      firstReadAt: Date.parse('2026-03-01T10:00:00Z'),
      at: Date.parse('2026-03-06T10:00:00Z'),
    });
    store.close();
  });
});

const emptyData = {
  attempts: [],
  reviewCards: [],
  scenarioRuns: [],
  notesRead: [],
  examSessions: [],
  settings: [],
  meta: [],
};
const envelope = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'canary-lab-progress',
    version: 1,
    exportedAt: '2026-03-02T09:00:00.000Z',
    schemaVersion: 1,
    data,
    ...extra,
  });
const goodAttempt = {
  id: 'a1',
  itemId: 'q1',
  chosenOptionIds: ['a'],
  correct: true,
  durationMs: 1000,
  mode: 'drill',
  at: 1,
};

describe('hostile or broken import files are rejected with a specific message and nothing is written', () => {
  it.each([
    {
      name: 'a file over 5 MB',
      text: () => ' '.repeat(5 * 1024 * 1024 + 1),
      code: 'too-large',
      message: /larger than 5 MB/,
    },
    {
      name: 'multi-byte text over 5 MB in UTF-8',
      text: () => `"${'é'.repeat(2.6 * 1024 * 1024)}"`,
      code: 'too-large',
      message: /larger than 5 MB/,
    },
    {
      name: 'malformed JSON',
      text: () => '{"format": "canary-lab-progress",',
      code: 'malformed-json',
      message: /not valid JSON/,
    },
    {
      name: "another app's JSON",
      text: () => JSON.stringify({ format: 'anki', version: 1 }),
      code: 'unknown-format',
      message: /not a Canary Lab progress file/,
    },
    { name: 'a JSON array', text: () => '[1,2]', code: 'unknown-format', message: /not a Canary Lab progress file/ },
    {
      name: 'a future format version',
      text: () => envelope(emptyData, { version: 2 }),
      code: 'unsupported-version',
      message: /version 2; this version of Canary Lab reads version 1/,
    },
    {
      name: 'a __proto__ key',
      text: () =>
        envelope({ ...emptyData, attempts: [JSON.parse(`{"__proto__": {"polluted": true}, "id": "x"}`)] }).replace(
          '"attempts":[{',
          '"attempts":[{"__proto__":{"polluted":true},',
        ),
      code: 'forbidden-key',
      message: /"__proto__" at \$\.data\.attempts\[0\]/,
    },
    {
      name: 'a constructor key',
      text: () =>
        envelope({
          ...emptyData,
          settings: [{ key: 'theme', value: 'dark', updatedAt: 1, constructor: { prototype: {} } }],
        }),
      code: 'forbidden-key',
      message: /"constructor"/,
    },
    {
      name: 'an oversized string',
      text: () => envelope({ ...emptyData, attempts: [{ ...goodAttempt, itemId: 'x'.repeat(5000) }] }),
      code: 'string-too-long',
      message: /\$\.data\.attempts\[0\]\.itemId is 5000 characters long/,
    },
    {
      name: 'an oversized array',
      text: () => envelope({ ...emptyData, meta: new Array(100_001).fill(0) }),
      code: 'array-too-long',
      message: /\$\.data\.meta has 100001 entries/,
    },
    {
      name: 'deep nesting',
      text: () =>
        envelope({
          ...emptyData,
          meta: [{ key: 'k', value: JSON.parse('['.repeat(40) + ']'.repeat(40)), updatedAt: 1 }],
        }),
      code: 'too-deep',
      message: /nested more than 12 levels/,
    },
    {
      name: 'an attempt with an unknown mode',
      text: () => envelope({ ...emptyData, attempts: [{ ...goodAttempt, mode: 'cheat' }] }),
      code: 'invalid-records',
      message: /data\.attempts\.0\.mode/,
    },
    {
      name: 'an unexpected extra field',
      text: () => envelope({ ...emptyData, attempts: [{ ...goodAttempt, script: 'alert(1)' }] }),
      code: 'invalid-records',
      message: /data\.attempts\.0/,
    },
    {
      name: 'a missing table',
      text: () => envelope({ attempts: [] }),
      code: 'invalid-records',
      message: /data\.reviewCards/,
    },
    {
      name: 'a card whose id does not match its item',
      text: () =>
        envelope({
          ...emptyData,
          reviewCards: [
            {
              id: 'question:q9',
              kind: 'question',
              itemId: 'q1',
              due: 1,
              stability: 1,
              difficulty: 5,
              elapsedDays: 0,
              scheduledDays: 0,
              learningSteps: 0,
              reps: 1,
              lapses: 0,
              state: 1,
              lastReview: 1,
              updatedAt: 1,
            },
          ],
        }),
      code: 'invalid-records',
      message: /card id must be/,
    },
  ])('rejects $name', async ({ text, code, message }) => {
    const store = await createTestStore();
    const error = await store.importPreview(text()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).rejection).toBe(code);
    expect((error as ImportRejectedError).message).toMatch(message);
    expect(await store.db.attempts.count()).toBe(0);
    expect(await store.db.settings.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    store.close();
  });

  it('accepts a valid small file so that the rejections above are not the only outcome', async () => {
    const store = await createTestStore();
    const preview = await store.importPreview(envelope({ ...emptyData, attempts: [goodAttempt] }));
    expect(preview.changes.attempts.added).toBe(1);
    store.close();
  });
});

describe('reset', () => {
  it('resetAll empties every table', async () => {
    const store = await storeWithHistory();
    await store.resetAll();
    expect(await counts(store)).toEqual({
      attempts: 0,
      reviewCards: 0,
      scenarioRuns: 0,
      notesRead: 0,
      examSessions: 0,
      settings: 0,
      meta: 0,
    });
    store.close();
  });
});
