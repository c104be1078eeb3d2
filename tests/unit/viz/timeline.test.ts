import { describe, expect, it } from 'vitest';
import { minuteTicks, stepPath, timelineGeometry } from '../../../src/viz/timeline';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
// https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const MIN = 60_000;
const margin = { top: 10, right: 10, bottom: 30, left: 40 };

describe('timeline geometry: planned schedule against the real alias weight', () => {
  it('draws a canary 10 % then 100 % after 5 minutes as exact steps (Canary10Percent5Minutes)', () => {
    // 650 - 50 = 600 px for 10 minutes → 60 px a minute; 140 - 40 = 100 px for weight 0..1.
    const g = timelineGeometry({
      width: 650,
      height: 140,
      margin,
      startMs: T0,
      endMs: T0 + 10 * MIN,
      allowTrafficStartMs: T0,
      planned: [
        { atMs: 0, weight: 0.1 },
        { atMs: 5 * MIN, weight: 1 },
      ],
      actual: [],
      nowMs: T0,
    });
    expect(g.innerWidth).toBe(600);
    expect(g.innerHeight).toBe(100);
    expect(g.plannedPath).toBe('M0,100H0V90H300V0H600');
    expect(g.plannedPoints.map((p) => [p.cx, p.cy])).toEqual([
      [0, 90],
      [300, 0],
    ]);
  });

  it('stops the actual line at simulated now, holding the last weight the alias carried', () => {
    const g = timelineGeometry({
      width: 650,
      height: 140,
      margin,
      startMs: T0,
      endMs: T0 + 10 * MIN,
      allowTrafficStartMs: T0,
      planned: [
        { atMs: 0, weight: 0.1 },
        { atMs: 5 * MIN, weight: 1 },
      ],
      actual: [
        { time: T0, weight: 0.1 },
        { time: T0 + 7 * MIN, weight: 1 },
      ],
      nowMs: T0 + 2.5 * MIN,
    });
    expect(g.actualPath).toBe('M0,100H0V90H150');
  });

  it('offsets the plan by when AllowTraffic began (a BeforeAllowTraffic hook delays the first shift)', () => {
    const g = timelineGeometry({
      width: 650,
      height: 140,
      margin,
      startMs: T0,
      endMs: T0 + 10 * MIN,
      allowTrafficStartMs: T0 + 2 * MIN,
      planned: [
        { atMs: 0, weight: 0.25 },
        { atMs: 2 * MIN, weight: 0.5 },
        { atMs: 4 * MIN, weight: 0.75 },
        { atMs: 6 * MIN, weight: 1 },
      ],
      actual: [],
      nowMs: T0,
    });
    expect(g.plannedPath).toBe('M120,100H120V75H240V50H360V25H480V0H600');
  });

  it('labels the time axis in whole minutes after the deployment was created', () => {
    expect(minuteTicks(T0, T0 + 10 * MIN, 600).map((t) => (t - T0) / MIN)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const g = timelineGeometry({
      width: 650,
      height: 140,
      margin,
      startMs: T0,
      endMs: T0 + 10 * MIN,
      planned: [{ atMs: 0, weight: 1 }],
      actual: [],
      nowMs: T0,
    });
    expect(g.xTicks[5]).toEqual({ time: T0 + 5 * MIN, x: 300, label: '+5 min' });
    expect(g.yTicks).toEqual([
      { weight: 0, y: 100, label: '0 %' },
      { weight: 0.5, y: 50, label: '50 %' },
      { weight: 1, y: 0, label: '100 %' },
    ]);
  });

  it('returns an empty path for a deployment that has not shifted any traffic yet', () => {
    expect(
      stepPath(
        [],
        (t) => t,
        (w) => w,
        10,
      ),
    ).toBe('');
  });
});
