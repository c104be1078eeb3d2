import type { World } from '../../../../src/sim/world';
import type { Dimension } from '../../../../src/sim/cloudwatch/types';

export const MINUTE = 60_000;

export const fnDims = (fn: string): Dimension[] => [{ Name: 'FunctionName', Value: fn }];
export const aliasDims = (fn: string, alias: string): Dimension[] => [
  { Name: 'FunctionName', Value: fn },
  { Name: 'Resource', Value: `${fn}:${alias}` },
];

/** One Lambda-style per-minute aggregate: `sum` over `count` samples (each 0/1 for Errors). */
export function ingest(
  world: World,
  metricName: string,
  dims: Dimension[],
  minuteStart: number,
  sum: number,
  count = Math.max(1, sum),
): void {
  world.cloudwatch.metricIngestPort.ingest({
    Namespace: 'AWS/Lambda',
    MetricName: metricName,
    Dimensions: [...dims].sort((a, b) => a.Name.localeCompare(b.Name)),
    Timestamp: minuteStart,
    StorageResolution: 60,
    SampleCount: count,
    Sum: sum,
    Minimum: sum > 0 && sum === count ? 1 : 0,
    Maximum: sum > 0 ? 1 : 0,
    Unit: 'Count',
  });
}

/**
 * Publishes a pattern of per-minute Sum values (undefined = no datapoint) for the minutes just
 * before now, oldest first, so that the next evaluation sees exactly this range.
 */
export function publishPast(world: World, metricName: string, dims: Dimension[], values: (number | undefined)[]): void {
  const minute = Math.floor(world.clock.now() / MINUTE) * MINUTE;
  values.forEach((v, i) => {
    if (v !== undefined) ingest(world, metricName, dims, minute - (values.length - i) * MINUTE, v);
  });
}

/**
 * Runs the world minute by minute, publishing each value for the minute that is running (as
 * Lambda's flush at the next boundary would) and letting the +10 s evaluation happen.
 */
export function runMinutes(world: World, metricName: string, dims: Dimension[], values: (number | undefined)[]): void {
  for (const v of values) {
    const minute = Math.floor(world.clock.now() / MINUTE) * MINUTE;
    if (v !== undefined) ingest(world, metricName, dims, minute, v);
    world.advance(minute + MINUTE - world.clock.now());
  }
  world.advance(10_000);
}

export const errorsAlarm = (name: string, dims: Dimension[], extra: Record<string, unknown> = {}) => ({
  AlarmName: name,
  Namespace: 'AWS/Lambda',
  MetricName: 'Errors',
  Statistic: 'Sum' as const,
  Dimensions: dims,
  Period: 60,
  EvaluationPeriods: 1,
  Threshold: 5,
  ComparisonOperator: 'GreaterThanOrEqualToThreshold' as const,
  ...extra,
});
