import { describe, expect, it } from 'vitest';
import { metricsChartGeometry, stateBands } from '../../../src/viz/metricsChart';
import { polylinePath } from '../../../src/viz/pathFormat';

const margin = { top: 0, right: 0, bottom: 0, left: 0 };

describe('metrics chart geometry', () => {
  it('lifts the pen over a minute without data instead of drawing it as zero', () => {
    const pts = [
      { t: 0, v: 1 },
      { t: 1, v: 2 },
      { t: 2, v: undefined },
      { t: 3, v: 4 },
    ];
    expect(
      polylinePath(
        pts,
        (t) => t * 10,
        (v) => 100 - v * 10,
      ),
    ).toBe('M0,90L10,80M30,60');
  });

  it('scales values and the alarm threshold line on one nice y axis', () => {
    // values up to 3.2, threshold 0.5 → domain niced to 0..4 over 100 px.
    const g = metricsChartGeometry({
      width: 200,
      height: 100,
      margin,
      startMs: 0,
      endMs: 4,
      points: [
        { t: 0, v: 0 },
        { t: 2, v: 3.2 },
        { t: 4, v: 1 },
      ],
      threshold: 0.5,
    });
    expect(g.yMax).toBe(4);
    expect(g.path).toBe('M0,100L100,20L200,75');
    expect(g.thresholdY).toBe(87.5);
  });

  it('keeps the axis at least as high as the threshold, so a quiet metric still shows the line', () => {
    const g = metricsChartGeometry({
      width: 100,
      height: 100,
      margin,
      startMs: 0,
      endMs: 1,
      points: [{ t: 0, v: 0 }],
      threshold: 5,
      minTop: 1,
    });
    // 0..5 is niced to 0..6 (ticks of 2), so the line sits below the top edge.
    expect(g.yMax).toBe(6);
    expect(g.thresholdY).toBe(16.67);
  });

  it('turns alarm state changes into bands: OK, then ALARM, then OK (CloudWatch alarm states)', () => {
    const bands = stateBands(
      [
        { time: 10, from: 'INSUFFICIENT_DATA', to: 'OK' },
        { time: 40, from: 'OK', to: 'ALARM' },
        { time: 70, from: 'ALARM', to: 'OK' },
      ],
      'OK',
      20,
      100,
    );
    expect(bands).toEqual([
      { from: 20, to: 40, state: 'OK' },
      { from: 40, to: 70, state: 'ALARM' },
      { from: 70, to: 100, state: 'OK' },
    ]);
  });

  it('shows an alarm that never left INSUFFICIENT_DATA as one band (alarm-wrong-dimension)', () => {
    expect(stateBands([], 'INSUFFICIENT_DATA', 0, 60)).toEqual([{ from: 0, to: 60, state: 'INSUFFICIENT_DATA' }]);
  });

  it('places the bands on the time scale in pixels', () => {
    const g = metricsChartGeometry({
      width: 300,
      height: 100,
      margin,
      startMs: 0,
      endMs: 60,
      points: [],
      bands: [
        { from: 0, to: 20, state: 'OK' },
        { from: 20, to: 60, state: 'ALARM' },
      ],
    });
    expect(g.bands).toEqual([
      { x: 0, width: 100, state: 'OK' },
      { x: 100, width: 200, state: 'ALARM' },
    ]);
  });
});
