import type { LogEntry } from '../../sim';

/**
 * The narration panel's data: the world's event log in plain language, newest first. (Outcomes are
 * announced one by one by moments.ts's OutcomeAnnouncer, not by summarising this log.)
 */
export function newestFirst(events: readonly LogEntry[], limit = 150): LogEntry[] {
  const out: LogEntry[] = [];
  for (let i = events.length - 1; i >= 0 && out.length < limit; i--) out.push(events[i]!);
  return out;
}

/** Clock time of a simulated instant (UTC, as the event log's times are), e.g. "09:04:10". */
export const clockTime = (ms: number): string => new Date(ms).toISOString().slice(11, 19);
