/**
 * Geometry of a mastery chart (per topic or per trap): D3 computes, MasteryBars.svg.svelte draws.
 * One horizontal bar per row on a 0–100 % axis; mastery is the store's recency-weighted share correct.
 */
import { scaleLinear } from 'd3-scale';

export interface MasteryRow {
  key: string;
  label: string;
  /** 0–1. */
  mastery: number;
  outcomes: number;
}

export interface MasteryBarsOptions {
  width: number;
  rowHeight?: number;
  barHeight?: number;
  labelWidth?: number;
  marginRight?: number;
  axisHeight?: number;
}

export interface MasteryBar {
  key: string;
  label: string;
  trackX: number;
  trackWidth: number;
  y: number;
  width: number;
  height: number;
  labelY: number;
  valueText: string;
  mastery: number;
}

export interface MasteryBarsLayout {
  width: number;
  height: number;
  axisY: number;
  bars: MasteryBar[];
  ticks: { x: number; text: string }[];
}

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

export function masteryBarsLayout(rows: readonly MasteryRow[], options: MasteryBarsOptions): MasteryBarsLayout {
  const rowHeight = options.rowHeight ?? 30;
  const barHeight = options.barHeight ?? 18;
  const labelWidth = options.labelWidth ?? 180;
  const marginRight = options.marginRight ?? 48;
  const axisHeight = options.axisHeight ?? 22;
  const x = scaleLinear()
    .domain([0, 1])
    .range([labelWidth, Math.max(labelWidth + 1, options.width - marginRight)])
    .clamp(true);
  const bars = rows.map((row, i) => {
    const top = i * rowHeight;
    return {
      key: row.key,
      label: row.label,
      trackX: x(0),
      trackWidth: x(1) - x(0),
      y: top + (rowHeight - barHeight) / 2,
      width: x(row.mastery) - x(0),
      height: barHeight,
      labelY: top + rowHeight / 2,
      valueText: percent(row.mastery),
      mastery: row.mastery,
    };
  });
  const axisY = rows.length * rowHeight;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ x: x(share), text: percent(share) }));
  return { width: options.width, height: axisY + axisHeight, axisY, bars, ticks };
}
