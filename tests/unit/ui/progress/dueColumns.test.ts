import { describe, expect, it } from 'vitest';
import { dueColumnsLayout, shortDay } from '../../../../src/ui/progress/dueColumns';

const days = [
  { day: '2026-11-26', count: 3 },
  { day: '2026-11-27', count: 0 },
  { day: '2026-11-28', count: 1 },
  { day: '2026-11-29', count: 2 },
];

describe('reviews-due columns geometry', () => {
  const layout = dueColumnsLayout(days, { width: 232, marginRight: 0 });

  it('gives each day an equal band with 20 % gaps between columns', () => {
    expect(layout.columns.map((c) => c.x)).toEqual([37, 87, 137, 187]);
    expect(layout.columns.every((c) => c.width === 40)).toBe(true);
  });

  it('scales column height to the number of reviews, the busiest day reaching the top', () => {
    expect(layout.columns.map((c) => [c.y, c.height])).toEqual([
      [12, 144],
      [156, 0],
      [108, 48],
      [60, 96],
    ]);
  });

  it('labels the first column Today and the others with weekday and day of the month', () => {
    // 27 November 2026 is a Friday.
    expect(layout.columns.map((c) => c.label)).toEqual(['Today', 'Fri 27', 'Sat 28', 'Sun 29']);
    expect(shortDay('2026-11-26')).toBe('Thu 26');
  });

  it('shows whole-number count ticks only', () => {
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
    expect(dueColumnsLayout([{ day: '2026-11-26', count: 0 }], { width: 100 }).ticks.map((t) => t.value)).toEqual([
      0, 1,
    ]);
  });
});
