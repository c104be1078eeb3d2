/**
 * Geometry of "reviews due over the coming days": one column per day from today (overdue reviews
 * are counted today, as the store reports them). D3 computes, DueColumns.svg.svelte draws.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { DayCount } from '../../store';

export interface DueColumnsOptions {
  width: number;
  height?: number;
  marginLeft?: number;
  marginRight?: number;
  marginTop?: number;
  axisHeight?: number;
}

export interface DueColumn {
  day: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * Short day label under the column: "Today", then weekday and day of the month ("Fri 27"). A bare
   * "27" under a bar chart of counts reads as a count, so the weekday stays.
   */
  label: string;
  labelX: number;
}

export interface DueColumnsLayout {
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  plotLeft: number;
  plotRight: number;
  columns: DueColumn[];
  /** Whole-number ticks on the count axis. */
  ticks: { y: number; value: number }[];
}

/** Pixels to 1/100: exact in tests and short in the SVG. */
const px = (v: number) => Math.round(v * 100) / 100;

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "2026-11-26" → "Thu 26" (day keys are calendar days, so they are read as UTC dates). */
export function shortDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return `${weekdays[date.getUTCDay()]} ${date.getUTCDate()}`;
}

export function dueColumnsLayout(days: readonly DayCount[], options: DueColumnsOptions): DueColumnsLayout {
  const height = options.height ?? 180;
  const marginLeft = options.marginLeft ?? 32;
  const marginRight = options.marginRight ?? 8;
  const marginTop = options.marginTop ?? 12;
  const axisHeight = options.axisHeight ?? 24;
  const plotBottom = height - axisHeight;
  const plotRight = Math.max(marginLeft + 1, options.width - marginRight);
  const x = scaleBand<string>()
    .domain(days.map((d) => d.day))
    .range([marginLeft, plotRight])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const max = Math.max(1, ...days.map((d) => d.count));
  const y = scaleLinear().domain([0, max]).range([plotBottom, marginTop]).nice();
  const columns = days.map((d, i) => {
    const left = x(d.day) ?? marginLeft;
    return {
      day: d.day,
      count: d.count,
      x: px(left),
      y: px(y(d.count)),
      width: px(x.bandwidth()),
      height: px(plotBottom - y(d.count)),
      label: i === 0 ? 'Today' : shortDay(d.day),
      labelX: px(left + x.bandwidth() / 2),
    };
  });
  const ticks = y
    .ticks(Math.min(4, y.domain()[1]!)) // a linear scale's domain has two ends
    .filter((value) => Number.isInteger(value))
    .map((value) => ({ y: px(y(value)), value }));
  return {
    width: options.width,
    height,
    plotTop: marginTop,
    plotBottom,
    plotLeft: marginLeft,
    plotRight,
    columns,
    ticks,
  };
}
