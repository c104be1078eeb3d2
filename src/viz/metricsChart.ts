import { scaleLinear } from 'd3-scale';
import { polylinePath, px } from './pathFormat';

/**
 * Geometry of one small metrics chart (a value per minute), with an optional alarm threshold line
 * and the alarm's state bands behind it. Pure; Metrics.svg.svelte draws the result.
 */
export type AlarmStateName = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface StateBand {
  from: number;
  to: number;
  state: AlarmStateName;
}

/**
 * The alarm's state over [from, to] from its state changes (oldest first) and its present state:
 * before the first change in the window, the alarm was in that change's `from` state.
 */
export function stateBands(
  changes: readonly { time: number; from: AlarmStateName; to: AlarmStateName }[],
  current: AlarmStateName,
  from: number,
  to: number,
): StateBand[] {
  if (to <= from) return [];
  const inWindow = changes.filter((c) => c.time > from && c.time <= to).sort((a, b) => a.time - b.time);
  const before = changes.filter((c) => c.time <= from).sort((a, b) => a.time - b.time);
  let state: AlarmStateName = before.at(-1)?.to ?? inWindow[0]?.from ?? current;
  const bands: StateBand[] = [];
  let start = from;
  for (const c of inWindow) {
    if (c.time > start) bands.push({ from: start, to: c.time, state });
    state = c.to;
    start = c.time;
  }
  bands.push({ from: start, to, state });
  return bands;
}

export interface MetricsChartInput {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  startMs: number;
  endMs: number;
  points: readonly { t: number; v: number | undefined }[];
  threshold?: number;
  bands?: readonly StateBand[];
  /** Lowest top of the y axis, so a quiet chart does not magnify noise (e.g. 1 for a rate in %). */
  minTop?: number;
}

export interface MetricsChartGeometry {
  innerWidth: number;
  innerHeight: number;
  yMax: number;
  path: string;
  thresholdY?: number;
  bands: { x: number; width: number; state: AlarmStateName }[];
  yTicks: { value: number; y: number }[];
}

export function metricsChartGeometry(input: MetricsChartInput): MetricsChartGeometry {
  const innerWidth = Math.max(40, input.width - input.margin.left - input.margin.right);
  const innerHeight = Math.max(30, input.height - input.margin.top - input.margin.bottom);
  const values = input.points.map((p) => p.v).filter((v): v is number => v !== undefined && Number.isFinite(v));
  const top = Math.max(input.minTop ?? 1, input.threshold ?? 0, ...values);
  const y = scaleLinear().domain([0, top]).range([innerHeight, 0]).nice(3);
  const yMax = y.domain()[1]!; // a linear scale's domain has two ends
  const x = scaleLinear()
    .domain([input.startMs, Math.max(input.endMs, input.startMs + 1)])
    .range([0, innerWidth])
    .clamp(true);
  const bands = (input.bands ?? [])
    .map((b) => ({ x: px(x(b.from)), width: px(x(b.to) - x(b.from)), state: b.state }))
    .filter((b) => b.width > 0);
  return {
    innerWidth,
    innerHeight,
    yMax,
    path: polylinePath(input.points, x, y),
    thresholdY: input.threshold === undefined ? undefined : px(y(input.threshold)),
    bands,
    yTicks: y.ticks(3).map((value) => ({ value, y: px(y(value)) })),
  };
}
