import { describe, expect, it } from 'vitest';
import { activityCalendarLayout, cellPaths, activityLevel } from '../../../../src/ui/progress/activityCalendar';

describe('activity calendar geometry', () => {
  const activity = [
    { day: '2025-01-01', count: 99 },
    { day: '2026-11-16', count: 4 },
    { day: '2026-11-20', count: 2 },
    { day: '2026-11-26', count: 1 },
  ];
  const layout = activityCalendarLayout(activity, { today: '2026-11-26', weeks: 2 });

  it('starts on the Monday of the first week shown and ends today (a Thursday)', () => {
    expect(layout.cells[0]!.day).toBe('2026-11-16');
    expect(layout.cells.at(-1)!.day).toBe('2026-11-26');
    expect(layout.cells).toHaveLength(11);
  });

  it('places each day in its week column and weekday row (Monday on top)', () => {
    expect(layout.cells[0]).toMatchObject({ x: 30, y: 16, size: 12 });
    expect(layout.cells.at(-1)).toMatchObject({ x: 45, y: 61 });
    expect(layout.width).toBe(57);
    expect(layout.height).toBe(118);
  });

  it('shades days in quarters of the busiest day in view, ignoring days outside it', () => {
    expect(layout.maxCount).toBe(4);
    const level = (day: string) => layout.cells.find((c) => c.day === day)!.level;
    expect([level('2026-11-16'), level('2026-11-20'), level('2026-11-26'), level('2026-11-17')]).toEqual([4, 2, 1, 0]);
    expect(activityLevel(3, 4)).toBe(3);
    expect(activityLevel(0, 0)).toBe(0);
  });

  it('labels months at the column holding their first day, dropping a crowded label', () => {
    expect(layout.months).toEqual([{ text: 'Nov', x: 30, anchor: 'start' }]);
    const later = activityCalendarLayout([], { today: '2026-12-17', weeks: 5 });
    expect(later.months).toEqual([{ text: 'Dec', x: 60, anchor: 'start' }]);
  });

  it('ends a month label that starts in the last column at the right edge, so "Dec" is not cut to "De"', () => {
    // 3 weeks: Mon 17 Nov … Wed 3 Dec; December starts in the last column (x 60), the chart ends at x 72.
    const later = activityCalendarLayout([], { today: '2026-12-03', weeks: 3 });
    expect(later.width).toBe(72);
    expect(later.months).toEqual([{ text: 'Dec', x: 72, anchor: 'end' }]);
  });

  it('draws every day as a rounded square of its own shade, where its <rect> would be', () => {
    const layout = activityCalendarLayout(
      [
        { day: '2026-11-20', count: 4 },
        { day: '2026-11-24', count: 1 },
      ],
      { today: '2026-11-26', weeks: 8 },
    );
    const paths = cellPaths(layout.cells);
    expect(paths).toHaveLength(5);
    for (const [level, d] of paths.entries()) {
      const expected = layout.cells.filter((c) => c.level === level);
      const squares = d.split('M').filter(Boolean).map(walk);
      expect(squares, `level ${level}`).toHaveLength(expected.length);
      for (const [i, cell] of expected.entries())
        expect(squares[i], cell.day).toEqual({
          minX: cell.x,
          maxX: cell.x + cell.size,
          minY: cell.y,
          maxY: cell.y + cell.size,
          closed: true,
        });
    }
    expect(paths[4]).not.toBe('');
    expect(paths[0]!.split('M').filter(Boolean)).toHaveLength(layout.cells.length - 2);
  });
});

/** The extent of one subpath ("x y" then relative h, v and arc ends) and whether it ends where it began. */
function walk(sub: string) {
  const [start, ...moves] = sub.split(/(?=[hva])/);
  let [x, y] = start!.split(' ').map(Number) as [number, number];
  const [x0, y0] = [x, y];
  const box = { minX: x, maxX: x, minY: y, maxY: y };
  for (const move of moves) {
    const n = move.slice(1).replace('z', '').split(' ').map(Number);
    if (move[0] === 'h') x += n[0]!;
    else if (move[0] === 'v') y += n[0]!;
    else [x, y] = [x + n[5]!, y + n[6]!];
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x);
    box.minY = Math.min(box.minY, y);
    box.maxY = Math.max(box.maxY, y);
  }
  return { ...box, closed: sub.endsWith('z') && Math.abs(x - x0) < 1e-9 && Math.abs(y - y0) < 1e-9 };
}
