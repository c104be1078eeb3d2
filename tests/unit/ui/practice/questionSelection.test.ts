import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../../../src/content/questions';
import {
  drillQuestions,
  filterFromQuery,
  topicTitle,
  trapTagsInBank,
  trapTitle,
} from '../../../../src/ui/practice/questionSelection';
import { drawMockExam } from '../../../../src/ui/practice/mockExam';
import { reviewCounts, reviewRows } from '../../../../src/ui/practice/examReview';
import { buildPracticeBank } from '../../../../src/ui/practice/practiceBank';
import { loadQuestionTemplates } from '../../../../src/content/questions';

const bank = loadQuestionBank();

describe('choosing questions', () => {
  it('a drill by topic holds every exam-style question of that topic and no other', () => {
    const drill = drillQuestions(bank, { kind: 'topic', topic: 'hooks' }, 7);
    expect(drill.length).toBe(bank.filter((q) => q.topic === 'hooks' && q.practice !== 'api-drill').length);
    expect(drill.every((q) => q.topic === 'hooks' && q.practice !== 'api-drill')).toBe(true);
  });

  it('keeps API-drill recall items out of exams and topic drills, and serves them in the API drill', () => {
    const recall = bank.filter((q) => q.practice === 'api-drill');
    expect(recall.length).toBeGreaterThan(0);
    const exam = drawMockExam(bank, 10_000, 3);
    expect(exam.some((q) => q.practice === 'api-drill')).toBe(false);
    expect(drillQuestions(bank, { kind: 'all' }, 3).some((q) => q.practice === 'api-drill')).toBe(false);
    const api = drillQuestions(bank, filterFromQuery(new URLSearchParams('set=api')), 3);
    expect(api.map((q) => q.id).sort()).toEqual(recall.map((q) => q.id).sort());
  });

  it('a drill by trap holds the questions tagged with that trap', () => {
    const drill = drillQuestions(bank, { kind: 'trap', trap: 'hook-never-reports' }, 7);
    expect(drill.length).toBeGreaterThan(0);
    expect(drill.every((q) => q.tags.includes('hook-never-reports'))).toBe(true);
  });

  it('reads the drill filter from ?topic= or ?trap= and ignores unknown values', () => {
    expect(filterFromQuery(new URLSearchParams('topic=metrics'))).toEqual({ kind: 'topic', topic: 'metrics' });
    expect(filterFromQuery(new URLSearchParams('trap=latest-wiring'))).toEqual({ kind: 'trap', trap: 'latest-wiring' });
    expect(filterFromQuery(new URLSearchParams('topic=nope'))).toEqual({ kind: 'all' });
  });

  it('names topics and traps in words: a trap tag reads as its scenario, not as its id', () => {
    expect(topicTitle('hooks')).toBe('Lifecycle hooks');
    expect(trapTitle('hook-never-reports')).toBe('The smoke test that never phoned home');
  });

  it('lists only trap tags that some question carries', () => {
    const traps = trapTagsInBank(bank);
    expect(traps.length).toBeGreaterThan(0);
    expect(traps.every((t) => bank.some((q) => q.tags.includes(t)))).toBe(true);
  });
});

describe('the practice bank', () => {
  const practice = buildPracticeBank(bank, loadQuestionTemplates());

  it('adds generated variants and can rebuild any variant from its id for review', () => {
    expect(practice.questions.length).toBeGreaterThan(bank.length);
    const q = practice.byId('codedeploy-configs-t01x99');
    expect(q?.id).toBe('codedeploy-configs-t01x99');
    expect(practice.byId('codedeploy-configs-t77x1')).toBeUndefined();
  });
});

describe('the exam review screen', () => {
  it('sorts questions into answered, blank and flagged; a cleared answer is blank again', () => {
    const rows = reviewRows({
      questionIds: ['q1', 'q2', 'q3'],
      answers: [
        { questionId: 'q1', chosenOptionIds: ['a'], durationMs: 1, at: 1 },
        { questionId: 'q3', chosenOptionIds: [], durationMs: 1, at: 1 },
      ],
      flaggedQuestionIds: ['q2'],
    });
    expect(rows.map((r) => [r.questionId, r.state, r.flagged])).toEqual([
      ['q1', 'answered', false],
      ['q2', 'blank', true],
      ['q3', 'blank', false],
    ]);
    expect(reviewCounts(rows)).toEqual({ answered: 1, blank: 2, flagged: 1 });
  });
});
