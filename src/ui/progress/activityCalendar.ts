/**
 * Geometry of the activity calendar: one square per day, a column per week (Monday at the top),
 * the newest week on the right, shaded by how much the learner did that day. Days are the store's
 * local calendar-day keys ("YYYY-MM-DD"), so the arithmetic is done on UTC dates.
 */
import type { DayCount } from '../../store';

export interface CalendarOptions {
  /** Today's day key in the learner's zone. */
  today: string;
  weeks: number;
  cell?: number;
  gap?: number;
  /** Room on the left for weekday labels and on top for month labels. */
  marginLeft?: number;
  marginTop?: number;
}

export interface CalendarCell {
  day: string;
  count: number;
  /** 0 = nothing that day; 1–4 = quarters of the busiest day in view. */
  level: 0 | 1 | 2 | 3 | 4;
  x: number;
  y: number;
  size: number;
}

export interface CalendarLayout {
  width: number;
  height: number;
  cells: CalendarCell[];
  /** `anchor: 'end'` puts the label's end at x (a month starting in the last columns, which would be cut off). */
  months: MonthLabel[];
  weekdayLabels: { text: string; y: number }[];
  maxCount: number;
}

export interface MonthLabel {
  text: string;
  x: number;
  anchor: 'start' | 'end';
}

const dayMs = 86_400_000;
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Monday = 0 … Sunday = 6. */
const mondayIndex = (ms: number) => (new Date(ms).getUTCDay() + 6) % 7;

export function activityLevel(count: number, maxCount: number): CalendarCell['level'] {
  if (count <= 0 || maxCount <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / maxCount) * 4))) as CalendarCell['level'];
}

export function activityCalendarLayout(activity: readonly DayCount[], options: CalendarOptions): CalendarLayout {
  const cell = options.cell ?? 12;
  const gap = options.gap ?? 3;
  const marginLeft = options.marginLeft ?? 30;
  const marginTop = options.marginTop ?? 16;
  const step = cell + gap;
  const todayMs = toMs(options.today);
  // The first column starts on the Monday (weeks − 1) weeks before this week's Monday.
  const firstMs = todayMs - (mondayIndex(todayMs) + (options.weeks - 1) * 7) * dayMs;
  const counts = new Map(activity.map((d) => [d.day, d.count]));
  const firstKey = toKey(firstMs);
  let maxCount = 0;
  for (const { day, count } of activity)
    if (day >= firstKey && day <= options.today) maxCount = Math.max(maxCount, count);

  const cells: CalendarCell[] = [];
  const months: MonthLabel[] = [];
  for (let ms = firstMs, i = 0; ms <= todayMs; ms += dayMs, i++) {
    const week = Math.floor(i / 7);
    const day = toKey(ms);
    const count = counts.get(day) ?? 0;
    const x = marginLeft + week * step;
    cells.push({ day, count, level: activityLevel(count, maxCount), x, y: marginTop + (i % 7) * step, size: cell });
    if (new Date(ms).getUTCDate() === 1 || i === 0) {
      const label: MonthLabel = { text: monthNames[new Date(ms).getUTCMonth()]!, x, anchor: 'start' }; // month 0–11
      // A month starting late in the first column would overlap the next label: keep the later one.
      const previous = months.at(-1);
      if (previous && x - previous.x < 3 * step) months.pop();
      months.push(label);
    }
  }
  const width = marginLeft + options.weeks * step - gap;
  // A three-letter month at the chart's 10 px type is about 20 px wide. One starting closer than that to the
  // right edge was clipped ("De" for Dec): it ends at the edge instead, and a label it would meet goes.
  const labelWidth = 22;
  const last = months.at(-1);
  if (last && last.x + labelWidth > width) {
    months[months.length - 1] = { ...last, x: width, anchor: 'end' };
    const before = months.at(-2);
    if (before && before.x + labelWidth > width - labelWidth) months.splice(months.length - 2, 1);
  }
  const weekdayLabels = [
    { text: 'Mon', y: marginTop + cell / 2 },
    { text: 'Wed', y: marginTop + 2 * step + cell / 2 },
    { text: 'Fri', y: marginTop + 4 * step + cell / 2 },
  ];
  return {
    width,
    height: marginTop + 7 * step - gap,
    cells,
    months,
    weekdayLabels,
    maxCount,
  };
}

/** Corner radius of a day's square, in the chart's units. */
export const CELL_RADIUS = 2;

/**
 * The days' squares as one SVG path per shade (levels 0–4), each square a rounded-rectangle subpath drawn
 * as <rect rx={CELL_RADIUS}> would be. A year of days as one <rect> each was the largest part of the
 * Progress page's first render on a phone, a task of a hundred milliseconds and more (issue 18,
 * Lighthouse TBT): five paths are drawn in a fraction of that.
 */
export function cellPaths(cells: readonly CalendarCell[]): string[] {
  const paths: string[][] = [[], [], [], [], []];
  const r = CELL_RADIUS;
  for (const { x, y, size, level } of cells) {
    const side = size - 2 * r;
    paths[level]!.push(
      `M${x + r} ${y}h${side}a${r} ${r} 0 0 1 ${r} ${r}v${side}a${r} ${r} 0 0 1 ${-r} ${r}h${-side}a${r} ${r} 0 0 1 ${-r} ${-r}v${-side}a${r} ${r} 0 0 1 ${r} ${-r}z`,
    );
  }
  return paths.map((p) => p.join(''));
}
