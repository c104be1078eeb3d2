import { describe, expect, it } from 'vitest';
import { createProgressStore, StoreError } from '../../../src/store';
import { at, sequentialIds, uniqueName } from './testStore';

const t0 = at('2026-04-10T08:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const settings = { durationMinutes: 180, passMark: 0.72, topics: ['hooks'] };
const answerKey: Record<string, string[]> = { q1: ['a'], q2: ['b', 'c'], q3: ['d'], q4: ['a'] };
const isCorrect = (questionId: string, chosen: readonly string[]) =>
  [...chosen].sort().join() === [...answerKey[questionId]!].sort().join();

describe('a resumable practice exam', () => {
  it('survives a reload: answers, flags and position are there after closing and reopening the database', async () => {
    const name = uniqueName();
    const first = await createProgressStore({ name, newId: sequentialIds('exam') });
    const exam = await first.startExam(t0, { questionIds: ['q1', 'q2', 'q3', 'q4'], settings });
    expect(exam.deadline).toBe(minutes(180).getTime());
    await first.saveExamAnswer(minutes(1), exam.id, 'q1', ['a'], 60_000);
    await first.saveExamAnswer(minutes(3), exam.id, 'q2', ['b'], 120_000);
    await first.flagExamQuestion(minutes(3), exam.id, 'q2', true);
    await first.goToExamQuestion(minutes(3), exam.id, 2);
    first.close(); // the tab is closed or crashes right after the last write

    const second = await createProgressStore({ name });
    const resumed = await second.getActiveExam(minutes(10));
    expect(resumed).not.toBeNull();
    expect(resumed!.id).toBe(exam.id);
    expect(resumed!.answers.map((a) => [a.questionId, a.chosenOptionIds])).toEqual([
      ['q1', ['a']],
      ['q2', ['b']],
    ]);
    expect(resumed!.flaggedQuestionIds).toEqual(['q2']);
    expect(resumed!.currentIndex).toBe(2);
    expect(resumed!.remainingMs).toBe(170 * 60_000);
    expect(resumed!.expired).toBe(false);
    second.close();
  });

  it('changing an answer replaces it and adds up the time spent on the question', async () => {
    const store = await createProgressStore({ name: uniqueName() });
    const exam = await store.startExam(t0, { questionIds: ['q1', 'q2'], settings });
    await store.saveExamAnswer(minutes(1), exam.id, 'q2', ['b'], 30_000);
    const session = await store.saveExamAnswer(minutes(5), exam.id, 'q2', ['b', 'c'], 45_000);
    expect(session.answers).toEqual([
      { questionId: 'q2', chosenOptionIds: ['b', 'c'], durationMs: 75_000, at: minutes(5).getTime() },
    ]);
    store.close();
  });

  it('unflagging removes the flag', async () => {
    const store = await createProgressStore({ name: uniqueName() });
    const exam = await store.startExam(t0, { questionIds: ['q1', 'q2'], settings });
    await store.flagExamQuestion(t0, exam.id, 'q1', true);
    expect((await store.flagExamQuestion(t0, exam.id, 'q1', false)).flaggedQuestionIds).toEqual([]);
    store.close();
  });

  it('reports the exam as expired once the deadline has passed', async () => {
    const store = await createProgressStore({ name: uniqueName() });
    await store.startExam(t0, { questionIds: ['q1'], settings });
    const active = await store.getActiveExam(minutes(181));
    expect(active!.expired).toBe(true);
    expect(active!.remainingMs).toBe(0);
    store.close();
  });

  it('submitting scores unanswered questions as wrong, records exam attempts and schedules their reviews', async () => {
    const store = await createProgressStore({ name: uniqueName() });
    const exam = await store.startExam(t0, { questionIds: ['q1', 'q2', 'q3', 'q4'], settings });
    await store.saveExamAnswer(minutes(1), exam.id, 'q1', ['a'], 60_000);
    await store.saveExamAnswer(minutes(2), exam.id, 'q2', ['c', 'b'], 60_000);
    await store.saveExamAnswer(minutes(3), exam.id, 'q3', ['a'], 60_000);
    const result = await store.submitExam(minutes(30), exam.id, isCorrect);
    expect([result.correct, result.total, result.share, result.passed]).toEqual([2, 4, 0.5, false]);
    expect(result.session.status).toBe('submitted');
    expect(result.session.submittedAt).toBe(minutes(30).getTime());
    const attempts = await store.db.attempts.where('examSessionId').equals(exam.id).toArray();
    expect(attempts.map((a) => [a.itemId, a.correct, a.mode]).sort()).toEqual([
      ['q1', true, 'exam'],
      ['q2', true, 'exam'],
      ['q3', false, 'exam'],
    ]);
    expect((await store.db.reviewCards.get('question:q3'))!.due).toBe(minutes(31).getTime()); // Again: 1-minute step
    expect(await store.db.reviewCards.get('question:q4')).toBeUndefined();
    expect(await store.getActiveExam(minutes(31))).toBeNull();
    store.close();
  });

  it.each([
    {
      what: 'start a second exam while one is running',
      code: 'exam-in-progress',
      act: async (s: Awaited<ReturnType<typeof createProgressStore>>, id: string) => {
        void id;
        await s.startExam(t0, { questionIds: ['q2'], settings });
      },
    },
    {
      what: 'answer a question that is not in the exam',
      code: 'exam-unknown-question',
      act: async (s: Awaited<ReturnType<typeof createProgressStore>>, id: string) => {
        await s.saveExamAnswer(t0, id, 'q9', ['a']);
      },
    },
    {
      what: 'go to a question number outside the exam',
      code: 'exam-bad-index',
      act: async (s: Awaited<ReturnType<typeof createProgressStore>>, id: string) => {
        await s.goToExamQuestion(t0, id, 5);
      },
    },
    {
      what: 'answer after submitting',
      code: 'exam-submitted',
      act: async (s: Awaited<ReturnType<typeof createProgressStore>>, id: string) => {
        await s.submitExam(t0, id, isCorrect);
        await s.saveExamAnswer(t0, id, 'q1', ['a']);
      },
    },
  ])('refuses to $what', async ({ code, act }) => {
    const store = await createProgressStore({ name: uniqueName() });
    const exam = await store.startExam(t0, { questionIds: ['q1'], settings });
    const error = await act(store, exam.id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe(code);
    store.close();
  });
});

describe('the option-order seed of an exam', () => {
  it('is kept with the session and copied to every attempt the submission writes', async () => {
    const name = uniqueName();
    const first = await createProgressStore({ name });
    const exam = await first.startExam(t0, { questionIds: ['q1', 'q2'], settings, optionSeed: 987654321 });
    await first.saveExamAnswer(minutes(1), exam.id, 'q1', ['a'], 1_000);
    first.close();

    const second = await createProgressStore({ name });
    const resumed = await second.getActiveExam(minutes(2));
    expect(resumed!.optionSeed).toBe(987654321);
    const result = await second.submitExam(minutes(3), exam.id, isCorrect);
    expect(result.attempts.map((a) => a.optionSeed)).toEqual([987654321]);
    const exported = await second.exportAll(minutes(4));
    expect(exported.data.examSessions[0]!.optionSeed).toBe(987654321);
    expect(exported.data.attempts[0]!.optionSeed).toBe(987654321);
    // The exported file imports again with its seeds, so results elsewhere show the same order.
    const other = await createProgressStore({ name: uniqueName() });
    const preview = await other.importPreview(JSON.stringify(exported));
    await other.importApply(preview);
    const copied = await other.exportAll(minutes(5));
    expect(copied.data.attempts[0]!.optionSeed).toBe(987654321);
    expect(copied.data.examSessions[0]!.optionSeed).toBe(987654321);
    other.close();
    second.close();
  });

  it('is absent on an exam started without one, which still works (records from before shuffling)', async () => {
    const store = await createProgressStore({ name: uniqueName() });
    const exam = await store.startExam(t0, { questionIds: ['q1'], settings });
    expect('optionSeed' in exam).toBe(false);
    await store.saveExamAnswer(minutes(1), exam.id, 'q1', ['a'], 1_000);
    const result = await store.submitExam(minutes(2), exam.id, isCorrect);
    expect(result.attempts[0]!.optionSeed).toBeUndefined();
    store.close();
  });
});
