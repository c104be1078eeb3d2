import { describe, expect, it } from 'vitest';
import { topicChartLayout } from '../../../../src/ui/practice/topicChart';

const scores = [
  { topic: 'hooks', label: 'Lifecycle hooks', correct: 3, total: 4 },
  { topic: 'metrics', label: 'Lambda metrics', correct: 0, total: 0 },
];

describe('per-topic score chart geometry', () => {
  const layout = topicChartLayout(scores, { width: 500 });

  it('maps 0–100 % onto the space right of the labels (x from 180 to 444 for a 500 px chart)', () => {
    expect(layout.ticks.map((t) => [t.text, t.x])).toEqual([
      ['0%', 180],
      ['25%', 246],
      ['50%', 312],
      ['75%', 378],
      ['100%', 444],
    ]);
  });

  it('draws 3 of 4 correct as a bar three quarters of the track wide', () => {
    expect(layout.bars[0]).toMatchObject({ x: 180, width: 198, trackWidth: 264, share: 0.75, valueText: '3/4' });
  });

  it('gives each topic a 24 px bar in a 32 px row, centred labels, and a topic with no answers an empty bar', () => {
    expect(layout.bars.map((b) => [b.y, b.height, b.labelY])).toEqual([
      [12, 24, 24],
      [44, 24, 56],
    ]);
    expect(layout.bars[1]!.width).toBe(0);
  });

  it('places the approximate 72 % pass line and sizes the chart to its rows plus the axis', () => {
    expect(layout.passX).toBeCloseTo(370.08, 6);
    expect(layout.axisY).toBe(72);
    expect(layout.height).toBe(96);
  });
});
