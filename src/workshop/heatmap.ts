/**
 * Heatmap geometry for the class view: learners across, items down, one cell per answer. d3-scale does
 * the maths (band positions, colour ramp); the page only draws rects, and a table carries the same data.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { ClassView } from './aggregate';

export type CellState = 'right' | 'wrong' | 'missing';

export interface HeatCell {
  x: number;
  y: number;
  width: number;
  height: number;
  learner: string;
  item: string;
  state: CellState;
}

export interface HeatRowSummary {
  item: string;
  y: number;
  share: number | null;
  /** Colour of the row's share swatch: red when nobody got it, green when everybody did. */
  color: string;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  cells: HeatCell[];
  rows: HeatRowSummary[];
  columns: { learner: string; x: number }[];
}

export interface HeatmapOptions {
  width: number;
  rowHeight: number;
  /** Space for item labels on the left. */
  labelWidth: number;
  padding?: number;
}

/** Colour ramp for a share right (0 → 1). Endpoints are fixed so tests can check them exactly. */
export const shareColor = scaleLinear<string>()
  .domain([0, 0.5, 1])
  .range(['#b3261e', '#c98a00', '#1b7f3b'])
  .clamp(true);

export function heatmapLayout(view: ClassView, options: HeatmapOptions): HeatmapLayout {
  const padding = options.padding ?? 0.1;
  const itemKeys = view.items.map((i) => `${i.kind}:${i.id}`);
  const x = scaleBand<string>().domain(view.learners).range([options.labelWidth, options.width]).paddingInner(padding);
  const y = scaleBand<string>()
    .domain(itemKeys)
    .range([0, itemKeys.length * options.rowHeight])
    .paddingInner(padding);
  const cells: HeatCell[] = [];
  for (const row of view.items) {
    const key = `${row.kind}:${row.id}`;
    for (const learner of view.learners) {
      const state: CellState = row.right.includes(learner)
        ? 'right'
        : row.wrong.includes(learner)
          ? 'wrong'
          : 'missing';
      cells.push({
        x: x(learner) ?? 0,
        y: y(key) ?? 0,
        width: x.bandwidth(),
        height: y.bandwidth(),
        learner,
        item: key,
        state,
      });
    }
  }
  return {
    width: options.width,
    height: itemKeys.length * options.rowHeight,
    cells,
    rows: view.items.map((row) => ({
      item: `${row.kind}:${row.id}`,
      y: y(`${row.kind}:${row.id}`) ?? 0,
      share: row.share,
      color: row.share === null ? '#888888' : shareColor(row.share),
    })),
    columns: view.learners.map((learner) => ({ learner, x: x(learner) ?? 0 })),
  };
}
