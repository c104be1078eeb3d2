/**
 * Exam timing. DOP-C02 gives 180 minutes for 75 questions, i.e. 2.4 minutes a question; a shorter
 * practice exam keeps that pace.
 * https://docs.aws.amazon.com/aws-certification/latest/examguides/devops-engineer-professional-02.html
 */
export const FULL_EXAM_QUESTIONS = 75;
export const FULL_EXAM_MINUTES = 180;
export const MINUTES_PER_QUESTION = FULL_EXAM_MINUTES / FULL_EXAM_QUESTIONS;

/**
 * AWS reports a scaled score with 750/1000 to pass, not a share of questions. 72 % is our stated
 * approximation of that bar, shown to the learner as such.
 */
export const APPROXIMATE_PASS_SHARE = 0.72;

/** Whole minutes for `questions` at exam pace (2.4 min each, rounded up so the pace is never tighter). */
export const examMinutesFor = (questions: number): number => Math.ceil(questions * MINUTES_PER_QUESTION - 1e-9);

/** "1:05:09" / "4:07" for a remaining time; never negative. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Words for a screen reader: "4 minutes 7 seconds" (no colon arithmetic to decode). */
export function spokenDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const parts = [h ? part(h, 'hour') : '', m ? part(m, 'minute') : '', s || (!h && !m) ? part(s, 'second') : ''].filter(
    Boolean,
  );
  return parts.join(' ');
}

/**
 * Screen readers should not hear the clock every second: announce at whole-minute marks of the
 * last 5 minutes and at 30 / 10 seconds, once each.
 */
export function timeWarning(remainingMs: number): string | null {
  const s = Math.ceil(remainingMs / 1000);
  if (s === 300 || s === 60) return `${s / 60} minute${s === 60 ? '' : 's'} left`;
  if (s === 30 || s === 10) return `${s} seconds left`;
  return null;
}
