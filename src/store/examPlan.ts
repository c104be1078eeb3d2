import { addDays, dayKey, daysBetween } from './calendarDays';
import type { ItemRef } from './itemInfo';
import { maxInstantMs } from './exportFormat';
import type { ReviewCardRecord } from './records';

export type ExamPlanStatus = 'on-track' | 'behind' | 'exam-day-reached';

export interface PlanDay {
  day: string;
  /** Reviews ts-fsrs has scheduled that day (overdue ones fall on the first day). */
  reviews: number;
  /** Never-studied items to start that day so that all are seen before the exam. */
  newItems: number;
}

export interface ExamPlan {
  examDay: string;
  /** Study days left before the exam day (today counts, the exam day does not). */
  daysLeft: number;
  status: ExamPlanStatus;
  totalItems: number;
  studied: number;
  /** Studied items whose next review falls before the exam day: they will come up again in time. */
  reviewBeforeExam: number;
  /** Studied items next due on or after the exam day: ts-fsrs expects ≥ 90 % recall on the day. */
  solidAtExam: number;
  /** Items never studied: nothing will bring them up before the exam unless the learner starts them. */
  notScheduled: ItemRef[];
  newItemsPerDayNeeded: number;
  /** Items started per day over the last 7 days: the learner's current pace. */
  recentNewItemsPerDay: number;
  days: PlanDay[];
}

export interface ExamPlanInput {
  allItems: readonly ItemRef[];
  /** Cards by `${kind}:${itemId}`. */
  cards: ReadonlyMap<string, ReviewCardRecord>;
  /** Note ids the learner has read (notes have no card; reading them once is "studied"). */
  notesRead: ReadonlySet<string>;
  /** How many items were first studied in the 7 days before `now`. */
  itemsStartedLastWeek: number;
  utcOffsetMinutes: number;
}

const maxPlanDays = 366;

export function planExam(now: Date, examDate: Date, input: ExamPlanInput): ExamPlan {
  const today = dayKey(now.getTime(), input.utcOffsetMinutes);
  const examDay = dayKey(examDate.getTime(), input.utcOffsetMinutes);
  const daysLeft = Math.max(0, daysBetween(today, examDay));
  const recentNewItemsPerDay = input.itemsStartedLastWeek / 7;

  let studied = 0;
  let reviewBeforeExam = 0;
  let solidAtExam = 0;
  const notScheduled: ItemRef[] = [];
  const planLength = Math.min(daysLeft, maxPlanDays);
  const days: PlanDay[] = Array.from({ length: planLength }, (_, i) => ({
    day: addDays(today, i),
    reviews: 0,
    newItems: 0,
  }));

  for (const item of input.allItems) {
    if (item.kind === 'note') {
      if (input.notesRead.has(item.itemId)) studied++;
      else notScheduled.push(item);
      continue;
    }
    const card = input.cards.get(`${item.kind}:${item.itemId}`);
    if (!card || card.state === 0) {
      notScheduled.push(item);
      continue;
    }
    studied++;
    // A due date past what a Date can hold (older stored data) is simply "after the exam".
    if (!(Number.isFinite(card.due) && Math.abs(card.due) < maxInstantMs)) {
      solidAtExam++;
      continue;
    }
    const dueDay = dayKey(card.due, input.utcOffsetMinutes);
    if (dueDay < examDay) {
      reviewBeforeExam++;
      const index = Math.max(0, daysBetween(today, dueDay));
      const day = days[index];
      if (day) day.reviews++;
    } else {
      solidAtExam++;
    }
  }

  // Spread the unstudied items evenly, earlier days taking the remainder, so each gets a first
  // review and a follow-up before the exam rather than all landing on the last evening.
  const newItemsPerDayNeeded = days.length ? Math.ceil(notScheduled.length / days.length) : notScheduled.length;
  let remaining = notScheduled.length;
  for (let i = 0; i < days.length && remaining > 0; i++) {
    const share = Math.ceil(remaining / (days.length - i));
    days[i]!.newItems = share; // i < days.length
    remaining -= share;
  }

  const status: ExamPlanStatus =
    daysLeft === 0
      ? 'exam-day-reached'
      : notScheduled.length === 0 || recentNewItemsPerDay >= newItemsPerDayNeeded
        ? 'on-track'
        : 'behind';

  return {
    examDay,
    daysLeft,
    status,
    totalItems: input.allItems.length,
    studied,
    reviewBeforeExam,
    solidAtExam,
    notScheduled,
    newItemsPerDayNeeded,
    recentNewItemsPerDay,
    days,
  };
}
