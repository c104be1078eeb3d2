import { describe, expect, it } from 'vitest';
import { barMaximum, stackedSegments } from '../../../src/viz/environmentsBars';

const counts = (o: Partial<Record<string, number>>) => ({
  provisionedBusy: 0,
  provisionedIdle: 0,
  busy: 0,
  initialising: 0,
  warmIdle: 0,
  ...o,
});

describe('environment bars', () => {
  it('stacks provisioned, busy, initialising and warm environments left to right on a shared scale', () => {
    const segs = stackedSegments(
      counts({ provisionedBusy: 2, provisionedIdle: 3, busy: 1, initialising: 2, warmIdle: 2 }),
      20,
      400,
    );
    expect(segs).toEqual([
      { kind: 'provisionedBusy', count: 2, x: 0, width: 40 },
      { kind: 'provisionedIdle', count: 3, x: 40, width: 60 },
      { kind: 'busy', count: 1, x: 100, width: 20 },
      { kind: 'initialising', count: 2, x: 120, width: 40 },
      { kind: 'warmIdle', count: 2, x: 160, width: 40 },
    ]);
  });

  it('uses the busiest version as the maximum, and at least 1 for a function with no environments', () => {
    expect(barMaximum([counts({ busy: 3, warmIdle: 4 }), counts({ initialising: 9 })])).toBe(9);
    expect(barMaximum([counts({})])).toBe(1);
    expect(stackedSegments(counts({}), 1, 100)).toEqual([]);
  });
});
