/** The exam plan in words: whether the learner is on track and what it takes (store's planExam figures). */
import type { ExamPlan } from '../../store';

export interface PlanSummary {
  status: ExamPlan['status'];
  headline: string;
  detail: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const rate = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function planSummary(plan: ExamPlan): PlanSummary {
  const notStarted = plan.notScheduled.length;
  const seen = `You have studied ${plan.studied} of ${plan.totalItems} items`;
  if (plan.status === 'exam-day-reached') {
    return {
      status: plan.status,
      headline: 'Exam day has arrived.',
      detail: `${seen}. Set a new date if you are planning another attempt.`,
    };
  }
  const left = `${plural(plan.daysLeft, 'study day')} left before ${plan.examDay}`;
  if (notStarted === 0) {
    return {
      status: plan.status,
      headline: 'On track: every item has been studied at least once.',
      detail: `${left}. ${plural(plan.reviewBeforeExam, 'item')} will come up for review before the exam; keep up with the daily queue.`,
    };
  }
  const need = `${plural(notStarted, 'item')} not started yet: about ${plural(plan.newItemsPerDayNeeded, 'new item')} a day gets through them in time`;
  const pace = `over the last week you started ${rate(plan.recentNewItemsPerDay)} a day`;
  return plan.status === 'on-track'
    ? { status: plan.status, headline: 'On track.', detail: `${left}. ${need}, and ${pace}.` }
    : { status: plan.status, headline: 'Behind schedule.', detail: `${left}. ${need}, but ${pace}.` };
}
