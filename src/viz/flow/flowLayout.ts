import { scaleLinear } from 'd3-scale';
import { linkHorizontal } from 'd3-shape';
import { px } from '../pathFormat';
import type { FlowModel } from './flowModel';

/**
 * Geometry of the traffic-flow view: three columns (invokers, what they are wired to, versions),
 * nodes centred in their column, links as horizontal cubic curves whose width follows the rate.
 * Pure maths in CSS pixels; the canvas renderer scales by devicePixelRatio.
 */
export interface FlowLayoutOptions {
  width: number;
  /** Vertical space per node row. */
  rowHeight?: number;
  padding?: number;
  /** Link width for the highest rate, and for a link that carries nothing (still drawn: it is wired). */
  maxLinkWidth?: number;
  minLinkWidth?: number;
}

export interface NodeBox {
  id: string;
  column: 0 | 1 | 2;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre, where links attach. */
  cx: number;
  cy: number;
}

export interface LinkGeometry {
  id: string;
  from: string;
  to: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  width: number;
  ratePerSecond: number;
  /** SVG path data (also usable as a canvas Path2D). */
  d: string;
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: Map<string, NodeBox>;
  links: LinkGeometry[];
}

const pathOf = linkHorizontal<unknown, [number, number]>()
  .source((d) => (d as { s: [number, number] }).s)
  .target((d) => (d as { t: [number, number] }).t);

export function flowLayout(model: FlowModel, options: FlowLayoutOptions): FlowLayout {
  const width = Math.max(240, options.width);
  const rowHeight = options.rowHeight ?? 72;
  const padding = options.padding ?? 8;
  const columns = [model.invokers.map((n) => n.id), model.targets.map((n) => n.id), model.versions.map((n) => n.id)];
  const rows = Math.max(1, ...columns.map((c) => c.length));
  const height = padding * 2 + rows * rowHeight;
  const gap = Math.min(72, width * 0.1);
  const nodeWidth = (width - 2 * padding - 2 * gap) / 3;
  const nodeHeight = rowHeight - 16;

  const nodes = new Map<string, NodeBox>();
  columns.forEach((ids, column) => {
    const top = padding + ((rows - ids.length) * rowHeight) / 2;
    ids.forEach((id, row) => {
      const x = padding + column * (nodeWidth + gap);
      const y = top + row * rowHeight + (rowHeight - nodeHeight) / 2;
      nodes.set(id, {
        id,
        column: column as 0 | 1 | 2,
        x: px(x),
        y: px(y),
        width: px(nodeWidth),
        height: nodeHeight,
        cx: px(x + nodeWidth / 2),
        cy: px(y + nodeHeight / 2),
      });
    });
  });

  const maxRate = Math.max(0, ...model.links.map((l) => l.ratePerSecond));
  const widthOf = linkWidthScale(maxRate, options.minLinkWidth ?? 1.5, options.maxLinkWidth ?? 14);
  const links: LinkGeometry[] = [];
  for (const l of model.links) {
    const a = nodes.get(l.from);
    const b = nodes.get(l.to);
    if (!a || !b) continue;
    const x0 = px(a.x + a.width);
    const x1 = b.x;
    links.push({
      id: l.id,
      from: l.from,
      to: l.to,
      x0,
      y0: a.cy,
      x1,
      y1: b.cy,
      width: px(widthOf(l.ratePerSecond)),
      ratePerSecond: l.ratePerSecond,
      d: linkPath(x0, a.cy, x1, b.cy),
    });
  }
  return { width, height, nodes, links };
}

/** Link width proportional to the rate, from `min` (nothing flows, but the wiring exists) to `max`. */
export function linkWidthScale(maxRate: number, min: number, max: number): (rate: number) => number {
  const scale = scaleLinear()
    .domain([0, Math.max(maxRate, 1e-9)])
    .range([min, max])
    .clamp(true);
  return (rate) => scale(rate);
}

/** The same curve as d3's linkHorizontal: control points halfway across, at each end's height. */
export function linkPath(x0: number, y0: number, x1: number, y1: number): string {
  return pathOf({ s: [x0, y0], t: [x1, y1] }) ?? '';
}

/** A point at parameter t (0–1) along that cubic curve, for particles. */
export function pointOnLink(l: Pick<LinkGeometry, 'x0' | 'y0' | 'x1' | 'y1'>, t: number): { x: number; y: number } {
  const u = Math.min(1, Math.max(0, t));
  const mx = (l.x0 + l.x1) / 2;
  const a = (1 - u) ** 3;
  const b = 3 * (1 - u) ** 2 * u;
  const c = 3 * (1 - u) * u ** 2;
  const d = u ** 3;
  return { x: a * l.x0 + b * mx + c * mx + d * l.x1, y: a * l.y0 + b * l.y0 + c * l.y1 + d * l.y1 };
}
