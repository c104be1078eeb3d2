import { scaleLinear } from 'd3-scale';
import { px } from './pathFormat';

/**
 * One horizontal stacked bar per version: provisioned environments (busy, then ready-idle), then
 * on-demand busy, initialising (cold starts in progress) and warm idle. All bars share one scale so
 * versions compare at a glance.
 */
export type EnvironmentKind = 'provisionedBusy' | 'provisionedIdle' | 'busy' | 'initialising' | 'warmIdle';

export const ENVIRONMENT_ORDER: readonly EnvironmentKind[] = [
  'provisionedBusy',
  'provisionedIdle',
  'busy',
  'initialising',
  'warmIdle',
];

export type EnvironmentCounts = Record<EnvironmentKind, number>;

export interface BarSegment {
  kind: EnvironmentKind;
  count: number;
  x: number;
  width: number;
}

/** The largest total across versions, at least 1 so an idle function still has an axis. */
export const barMaximum = (rows: readonly EnvironmentCounts[]): number =>
  Math.max(1, ...rows.map((r) => ENVIRONMENT_ORDER.reduce((s, k) => s + r[k], 0)));

export function stackedSegments(counts: EnvironmentCounts, maximum: number, width: number): BarSegment[] {
  const x = scaleLinear().domain([0, maximum]).range([0, width]);
  const out: BarSegment[] = [];
  let at = 0;
  for (const kind of ENVIRONMENT_ORDER) {
    const count = counts[kind];
    if (count <= 0) continue;
    out.push({ kind, count, x: px(x(at)), width: px(x(at + count) - x(at)) });
    at += count;
  }
  return out;
}
