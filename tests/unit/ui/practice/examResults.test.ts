import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../src/content/questions';
import type { AttemptRecord, ExamSessionRecord } from '../../../../src/store';
import { summariseExam } from '../../../../src/ui/practice/examResults';

const q = (id: string, topic: string) => ({ id, topic, options: [] }) as unknown as Question;
const questions = new Map(
  [q('hooks-001', 'hooks'), q('hooks-002', 'hooks'), q('metrics-001', 'metrics')].map((x) => [x.id, x]),
);

const session: ExamSessionRecord = {
  id: 's1',
  status: 'submitted',
  questionIds: ['hooks-001', 'metrics-001', 'hooks-002'],
  answers: [
    { questionId: 'hooks-001', chosenOptionIds: ['b'], durationMs: 90_000, at: 1 },
    { questionId: 'metrics-001', chosenOptionIds: ['a'], durationMs: 200_000, at: 2 },
  ],
  flaggedQuestionIds: [],
  currentIndex: 2,
  startedAt: 0,
  deadline: 480_000,
  submittedAt: 300_000,
  settings: { durationMinutes: 8, passMark: 0.72, topics: [] },
  updatedAt: 300_000,
};
const attempt = (itemId: string, correct: boolean, durationMs: number): AttemptRecord => ({
  id: `a-${itemId}`,
  itemId,
  chosenOptionIds: ['x'],
  correct,
  durationMs,
  mode: 'exam',
  at: 300_000,
  examSessionId: 's1',
});

describe('exam results', () => {
  const summary = summariseExam(
    session,
    [attempt('hooks-001', true, 90_000), attempt('metrics-001', false, 200_000)],
    (id) => questions.get(id),
  );

  it('scores blank answers as wrong, as the real exam does', () => {
    expect(summary).toMatchObject({ correct: 1, total: 3, passed: false });
    expect(summary.share).toBeCloseTo(1 / 3, 10);
    expect(summary.questions[2]).toMatchObject({ questionId: 'hooks-002', blank: true, correct: false, durationMs: 0 });
  });

  it('breaks the score down by topic, counting every question of the exam in its topic', () => {
    expect(summary.topics).toEqual([
      { topic: 'hooks', label: 'Lifecycle hooks', correct: 1, total: 2 },
      { topic: 'metrics', label: 'Lambda metrics', correct: 0, total: 1 },
    ]);
  });

  it('adds up time per question and averages it over the answered ones', () => {
    expect(summary.totalTimeMs).toBe(290_000);
    expect(summary.meanAnsweredMs).toBe(145_000);
  });

  it('groups the answers by exam domain: hooks under SDLC Automation, metrics under Monitoring and Logging', () => {
    expect(summary.domains).toEqual([
      { name: 'SDLC Automation', correct: 1, total: 2 },
      { name: 'Monitoring and Logging', correct: 0, total: 1 },
    ]);
  });
});
