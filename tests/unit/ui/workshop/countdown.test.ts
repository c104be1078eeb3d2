import { describe, expect, it } from 'vitest';
import {
  countdownFor,
  formatClock,
  isRunning,
  pauseCountdown,
  remainingMs,
  startCountdown,
} from '../../../../src/ui/workshop/presenter/countdown';

describe('presenter step timer', () => {
  it("starts paused at the step's minutes", () => {
    const c = countdownFor(10);
    expect(remainingMs(c, 1_000)).toBe(600_000);
    expect(isRunning(c, 1_000)).toBe(false);
    expect(formatClock(remainingMs(c, 0))).toBe('10:00');
  });

  it('counts down from the moment it is started, by the wall clock', () => {
    const c = startCountdown(countdownFor(2), 5_000);
    expect(remainingMs(c, 5_000 + 61_500)).toBe(58_500);
    expect(formatClock(58_500)).toBe('0:59');
    expect(isRunning(c, 6_000)).toBe(true);
  });

  it('keeps the time left while paused and resumes from it', () => {
    let c = startCountdown(countdownFor(1), 0);
    c = pauseCountdown(c, 20_000);
    expect(remainingMs(c, 500_000)).toBe(40_000);
    c = startCountdown(c, 500_000);
    expect(remainingMs(c, 510_000)).toBe(30_000);
  });

  it('stops at 0:00 and is no longer running when the time is up', () => {
    const c = startCountdown(countdownFor(1), 0);
    expect(remainingMs(c, 90_000)).toBe(0);
    expect(isRunning(c, 90_000)).toBe(false);
    expect(formatClock(0)).toBe('0:00');
  });

  it('shows 0:01 until the last second has really passed', () => {
    expect(formatClock(200)).toBe('0:01');
    expect(formatClock(65_000)).toBe('1:05');
  });
});
