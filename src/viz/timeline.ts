import { scaleLinear } from 'd3-scale';
import type { TrafficStep } from '../sim/codedeploy';
import { px } from './pathFormat';

/**
 * Geometry of the deployment timeline: the planned share of traffic on the target version (the
 * configuration's exact schedule, computed by the simulator and passed in) against the weight the
 * alias really carried. Pure maths; Timeline.svg.svelte only draws the strings and numbers.
 */
export interface TimelineInput {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Simulated epoch ms at the left and right edges. */
  startMs: number;
  endMs: number;
  /** When AllowTraffic began (undefined: not yet, so the plan is drawn from startMs). */
  allowTrafficStartMs?: number;
  planned: readonly TrafficStep[];
  /** Each change CodeDeploy made to the alias: time and weight (0–1) on the target version. */
  actual: readonly { time: number; weight: number }[];
  /** Simulated now: the actual line stops here. */
  nowMs: number;
}

export interface TimelineGeometry {
  innerWidth: number;
  innerHeight: number;
  x: (ms: number) => number;
  y: (weight: number) => number;
  plannedPath: string;
  actualPath: string;
  /** Planned shift points, for dots and the table. */
  plannedPoints: { atMs: number; time: number; weight: number; cx: number; cy: number }[];
  xTicks: { time: number; x: number; label: string }[];
  yTicks: { weight: number; y: number; label: string }[];
}

/** A step path: holds each level until the next change (traffic moves in jumps, never gradually). */
export function stepPath(
  points: readonly { time: number; weight: number }[],
  x: (ms: number) => number,
  y: (w: number) => number,
  untilMs: number,
  fromWeight = 0,
): string {
  if (points.length === 0) return '';
  // points is not empty (checked above).
  let d = `M${px(x(points[0]!.time))},${px(y(fromWeight))}`;
  for (const p of points) d += `H${px(x(Math.min(p.time, untilMs)))}V${px(y(p.weight))}`;
  const last = points[points.length - 1]!;
  if (untilMs > last.time) d += `H${px(x(untilMs))}`;
  return d;
}

/** Tick labels in minutes after the left edge ("+3 min"), which is how schedules are described. */
export function minuteTicks(startMs: number, endMs: number, innerWidth: number): number[] {
  const spanMin = (endMs - startMs) / 60_000;
  const target = Math.max(2, Math.min(10, Math.floor(innerWidth / 70)));
  return scaleLinear()
    .domain([0, spanMin])
    .ticks(target)
    .filter((m) => Number.isInteger(m))
    .map((m) => startMs + m * 60_000);
}

export function timelineGeometry(input: TimelineInput): TimelineGeometry {
  const { width, height, margin, startMs } = input;
  const endMs = Math.max(input.endMs, startMs + 60_000);
  const innerWidth = Math.max(60, width - margin.left - margin.right);
  const innerHeight = Math.max(40, height - margin.top - margin.bottom);
  const xScale = scaleLinear().domain([startMs, endMs]).range([0, innerWidth]).clamp(true);
  const yScale = scaleLinear().domain([0, 1]).range([innerHeight, 0]);
  const x = (ms: number) => xScale(ms);
  const y = (w: number) => yScale(w);
  const origin = input.allowTrafficStartMs ?? startMs;
  const plannedPoints = input.planned.map((s) => {
    const time = origin + s.atMs;
    return { atMs: s.atMs, time, weight: s.weight, cx: px(x(time)), cy: px(y(s.weight)) };
  });
  const plannedPath = stepPath(plannedPoints, x, y, endMs);
  const actualUntil = Math.min(input.nowMs, endMs);
  const actual = input.actual.filter((p) => p.time <= actualUntil);
  const actualPath = stepPath(actual, x, y, actualUntil);
  const xTicks = minuteTicks(startMs, endMs, innerWidth).map((time) => ({
    time,
    x: px(x(time)),
    label: `+${(time - startMs) / 60_000} min`,
  }));
  const yTicks = [0, 0.5, 1].map((weight) => ({ weight, y: px(y(weight)), label: `${weight * 100} %` }));
  return { innerWidth, innerHeight, x, y, plannedPath, actualPath, plannedPoints, xTicks, yTicks };
}
