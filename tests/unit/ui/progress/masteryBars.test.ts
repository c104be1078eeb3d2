import { describe, expect, it } from 'vitest';
import { masteryBarsLayout } from '../../../../src/ui/progress/masteryBars';

const rows = [
  { key: 'hooks', label: 'Lifecycle hooks', mastery: 0.5, outcomes: 4 },
  { key: 'metrics', label: 'Lambda metrics', mastery: 1, outcomes: 2 },
];

describe('mastery bars geometry', () => {
  const layout = masteryBarsLayout(rows, { width: 400 });

  it('maps 0–100 % mastery onto the track between the label column and the right margin', () => {
    expect(layout.bars[0]).toMatchObject({ trackX: 180, trackWidth: 172, width: 86, valueText: '50%' });
    expect(layout.bars[1]).toMatchObject({ width: 172, valueText: '100%' });
  });

  it('stacks one row per topic or trap with the bar centred in its row', () => {
    expect(layout.bars.map((b) => [b.y, b.height, b.labelY])).toEqual([
      [6, 18, 15],
      [36, 18, 45],
    ]);
    expect(layout.axisY).toBe(60);
    expect(layout.height).toBe(82);
  });

  it('puts axis ticks at 0, 25, 50, 75 and 100 %', () => {
    expect(layout.ticks).toEqual([
      { x: 180, text: '0%' },
      { x: 223, text: '25%' },
      { x: 266, text: '50%' },
      { x: 309, text: '75%' },
      { x: 352, text: '100%' },
    ]);
  });

  it('never draws a bar outside the track, even for a value out of range', () => {
    const [bar] = masteryBarsLayout([{ key: 'x', label: 'x', mastery: 1.4, outcomes: 1 }], { width: 400 }).bars;
    expect(bar!.width).toBe(172);
  });
});
