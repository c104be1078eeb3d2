import { describe, expect, it } from 'vitest';
import type { ExamPlan } from '../../../../src/store';
import { planSummary } from '../../../../src/ui/progress/planSummary';

const base: ExamPlan = {
  examDay: '2026-12-10',
  daysLeft: 14,
  status: 'behind',
  totalItems: 100,
  studied: 30,
  reviewBeforeExam: 25,
  solidAtExam: 5,
  notScheduled: Array.from({ length: 70 }, (_, i) => ({ kind: 'question' as const, itemId: `q${i}` })),
  newItemsPerDayNeeded: 5,
  recentNewItemsPerDay: 2.4285714,
  days: [],
};

describe('exam plan in words', () => {
  it('says the learner is behind when the recent pace is below the new items needed per day', () => {
    expect(planSummary(base)).toEqual({
      status: 'behind',
      headline: 'Behind schedule.',
      detail:
        '14 study days left before 2026-12-10. 70 items not started yet: about 5 new items a day gets through them in time, but over the last week you started 2.4 a day.',
    });
  });

  it('says on track when the pace is enough', () => {
    expect(planSummary({ ...base, status: 'on-track', recentNewItemsPerDay: 6 }).headline).toBe('On track.');
  });

  it('says on track once everything has been studied, and counts reviews still to come', () => {
    const s = planSummary({ ...base, status: 'on-track', notScheduled: [], studied: 100, reviewBeforeExam: 1 });
    expect(s.headline).toBe('On track: every item has been studied at least once.');
    expect(s.detail).toContain('1 item will come up for review before the exam');
  });

  it('recognises exam day', () => {
    expect(planSummary({ ...base, status: 'exam-day-reached', daysLeft: 0 }).headline).toBe('Exam day has arrived.');
  });
});
