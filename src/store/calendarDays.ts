const dayMs = 86_400_000;

/**
 * Calendar day "YYYY-MM-DD" of an instant as the learner sees it. The offset is passed in (minutes
 * east of UTC) rather than read from the machine so that aggregates are reproducible in tests.
 */
export function dayKey(atMs: number, utcOffsetMinutes: number): string {
  return new Date(atMs + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The day key `days` days after `key` (negative for before). */
export function addDays(key: string, days: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole calendar days from `fromKey` to `toKey`. */
export function daysBetween(fromKey: string, toKey: string): number {
  return Math.round((Date.parse(`${toKey}T00:00:00Z`) - Date.parse(`${fromKey}T00:00:00Z`)) / dayMs);
}

/** Offset of the machine's local time at `now`, in minutes east of UTC (the default for the UI). */
export function localUtcOffsetMinutes(now: Date): number {
  return -now.getTimezoneOffset();
}
