import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../../src/sim';
import { AnnouncementThrottle, clockTime, newestFirst } from '../../../../src/ui/lab/narration';

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

  it('announces a single new entry as it is', () => {
    const t = new AnnouncementThrottle(4000);
    expect(t.offer([entry(1, 'Deployment started.')], 0)).toBe('Deployment started.');
  });

  it('holds entries back within the gap, then announces the most serious one and how many others came', () => {
    const t = new AnnouncementThrottle(4000);
    t.offer([entry(1, 'first')], 0);
    expect(
      t.offer(
        [
          entry(2, 'shift to 10 %', 'info'),
          entry(3, 'Alarm entered ALARM', 'error'),
          entry(4, 'alias updated', 'info'),
        ],
        1000,
      ),
    ).toBeNull();
    expect(t.pendingCount).toBe(3);
    expect(t.flush(3999)).toBeNull();
    expect(t.flush(4000)).toBe('Alarm entered ALARM (and 2 more events)');
  });

  it('never announces the same entry twice when the whole log is offered again', () => {
    const t = new AnnouncementThrottle(0);
    const log = [entry(1, 'a')];
    expect(t.offer(log, 0)).toBe('a');
    expect(t.offer(log, 10)).toBeNull();
    t.reset();
    expect(t.offer(log, 20)).toBe('a');
  });
});
