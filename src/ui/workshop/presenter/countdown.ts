/**
 * The step timer for the room. It runs on the wall clock (a UI concern, like the Lab's frame timing)
 * and never touches the simulated clock. Kept as an end time rather than a counter decremented each
 * second, so a busy frame or a background tab does not make it drift.
 */
export interface Countdown {
  /** Milliseconds left when paused (or when it was last started). */
  leftMs: number;
  /** Wall-clock time at which it reaches zero while running; null while paused. */
  endsAt: number | null;
}

export const countdownFor = (minutes: number): Countdown => ({ leftMs: Math.max(0, minutes) * 60_000, endsAt: null });

export function remainingMs(c: Countdown, now: number): number {
  return c.endsAt === null ? c.leftMs : Math.max(0, c.endsAt - now);
}

export function startCountdown(c: Countdown, now: number): Countdown {
  return c.endsAt !== null ? c : { leftMs: c.leftMs, endsAt: now + c.leftMs };
}

export function pauseCountdown(c: Countdown, now: number): Countdown {
  return c.endsAt === null ? c : { leftMs: remainingMs(c, now), endsAt: null };
}

export const isRunning = (c: Countdown, now: number): boolean => c.endsAt !== null && remainingMs(c, now) > 0;

/** 9:05 style; whole seconds rounded up so the clock shows 0:00 only when the time is really up. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
