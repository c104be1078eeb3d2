import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../../src/sim';
import { clockTime, newestFirst } from '../../../../src/ui/lab/narration';

const entry = (seq: number, message: string, severity?: LogEntry['severity']): LogEntry => ({
  seq,
  time: seq * 1000,
  service: 'codedeploy',
  type: 't',
  message,
  ...(severity ? { severity } : {}),
});

describe('narration', () => {
  it('lists the event log newest first, up to a limit', () => {
    const events = [entry(1, 'a'), entry(2, 'b'), entry(3, 'c')];
    expect(newestFirst(events).map((e) => e.message)).toEqual(['c', 'b', 'a']);
    expect(newestFirst(events, 2).map((e) => e.seq)).toEqual([3, 2]);
  });

  it('prints simulated times as UTC clock times', () => {
    expect(clockTime(Date.UTC(2026, 0, 5, 9, 4, 10))).toBe('09:04:10');
  });
});
