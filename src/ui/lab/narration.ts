import type { LogEntry } from '../../sim';

/**
 * The narration panel's data: the world's event log in plain language, newest first, and a
 * throttle for the screen-reader live region so a busy run is summarised instead of read out line
 * by line.
 */
export function newestFirst(events: readonly LogEntry[], limit = 150): LogEntry[] {
  const out: LogEntry[] = [];
  for (let i = events.length - 1; i >= 0 && out.length < limit; i--) out.push(events[i]);
  return out;
}

const PRIORITY: Record<NonNullable<LogEntry['severity']>, number> = { error: 3, warn: 2, success: 1, info: 0 };
const priorityOf = (e: LogEntry): number => PRIORITY[e.severity ?? 'info'];

/** Clock time of a simulated instant (UTC, as the event log's times are), e.g. "09:04:10". */
export const clockTime = (ms: number): string => new Date(ms).toISOString().slice(11, 19);

/**
 * Collects entries and releases at most one announcement every `minGapMs` of real time. A batch
 * is announced as its most important entry (errors before warnings before successes; newest on a
 * tie) plus how many others arrived, so nothing urgent is lost and nothing floods the reader.
 * Time is a parameter (`nowMs`), so tests need no real clock.
 */
export class AnnouncementThrottle {
  #pending: LogEntry[] = [];
  #lastAt = Number.NEGATIVE_INFINITY;
  #lastSeq = 0;

  constructor(readonly minGapMs = 4_000) {}

  /** Offers every entry newer than the last one seen; returns the text to announce now, if any. */
  offer(events: readonly LogEntry[], nowMs: number): string | null {
    for (const e of events) {
      if (e.seq > this.#lastSeq) {
        this.#pending.push(e);
        this.#lastSeq = e.seq;
      }
    }
    return this.flush(nowMs);
  }

  /** Announces the pending batch if the gap has passed (call again later for a held-back batch). */
  flush(nowMs: number): string | null {
    if (this.#pending.length === 0 || nowMs - this.#lastAt < this.minGapMs) return null;
    let best = this.#pending[0];
    for (const e of this.#pending) if (priorityOf(e) >= priorityOf(best)) best = e;
    const others = this.#pending.length - 1;
    this.#pending = [];
    this.#lastAt = nowMs;
    return others === 0 ? best.message : `${best.message} (and ${others} more ${others === 1 ? 'event' : 'events'})`;
  }

  /** Forgets what was seen, e.g. after a restart (the log starts again at seq 1). */
  reset(): void {
    this.#pending = [];
    this.#lastSeq = 0;
    this.#lastAt = Number.NEGATIVE_INFINITY;
  }

  get pendingCount(): number {
    return this.#pending.length;
  }
}
