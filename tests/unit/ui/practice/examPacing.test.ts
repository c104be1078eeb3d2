import { describe, expect, it } from 'vitest';
import {
  examMinutesFor,
  formatClock,
  MINUTES_PER_QUESTION,
  spokenDuration,
  timeWarning,
} from '../../../../src/ui/practice/examPacing';

describe('exam pacing', () => {
  it('keeps the DOP-C02 pace of 180 minutes for 75 questions (2.4 minutes each)', () => {
    expect(MINUTES_PER_QUESTION).toBeCloseTo(2.4, 10);
    expect(examMinutesFor(75)).toBe(180);
    expect(examMinutesFor(10)).toBe(24);
  });

  it('rounds a short exam up to whole minutes so the pace is never tighter than the real one', () => {
    expect(examMinutesFor(5)).toBe(12);
    expect(examMinutesFor(1)).toBe(3);
  });

  it('shows the clock as m:ss under an hour and h:mm:ss above, never negative', () => {
    expect(formatClock(247_000)).toBe('4:07');
    expect(formatClock(3_909_000)).toBe('1:05:09');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(999)).toBe('0:01');
  });

  it('speaks durations in words for screen readers', () => {
    expect(spokenDuration(247_000)).toBe('4 minutes 7 seconds');
    expect(spokenDuration(3_600_000)).toBe('1 hour');
    expect(spokenDuration(0)).toBe('0 seconds');
  });

  it('announces only a few moments near the end, not every second', () => {
    expect(timeWarning(300_000)).toBe('5 minutes left');
    expect(timeWarning(60_000)).toBe('1 minute left');
    expect(timeWarning(10_000)).toBe('10 seconds left');
    expect(timeWarning(61_000)).toBeNull();
  });
});
