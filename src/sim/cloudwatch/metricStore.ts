import type { MetricDatum } from '../core/context';
import type { ValueDistribution } from './percentile';
import type { Dimension, StatisticSet } from './types';

/**
 * Per-series storage of statistic sets, keyed by (Namespace, MetricName, exact dimension set).
 *
 * CloudWatch treats every distinct combination of dimensions as its own metric, so a query (or an
 * alarm) whose dimensions differ in any way from what was published finds nothing — the root of the
 * "alarm on a wrong dimension stays in INSUFFICIENT_DATA" trap.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Dimension
 */
export interface StoredPoint extends StatisticSet {
  Unit?: string;
  /**
   * The values behind the set, when the publisher sent them (PutMetricData's Values/Counts, or
   * Lambda's per-minute Duration distribution): what percentiles are computed from.
   */
  Values?: number[];
  Counts?: number[];
  /** Set when a statistic set that cannot give percentiles was merged in (see `distributionOf`). */
  noPercentiles?: true;
}

/** A datum as the store accepts it: a statistic set, optionally with its value distribution. */
export type IncomingDatum = MetricDatum & { Values?: number[]; Counts?: number[] };

export interface SeriesInfo {
  key: string;
  Namespace: string;
  MetricName: string;
  Dimensions: Dimension[];
}

interface Series extends SeriesInfo {
  /** Point start time (epoch ms) → statistic set. */
  points: Map<number, StoredPoint>;
  /** The keys of `points`, ascending, so that a window is found by binary search. */
  times: number[];
}

/** Index of the first element of the ascending `arr` that is ≥ value. */
function lowerBound(arr: readonly number[], value: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! < value)
      lo = mid + 1; // lo ≤ mid < hi ≤ arr.length
    else hi = mid;
  }
  return lo;
}

/** A day of per-minute history per series keeps long runs small in memory. */
const DEFAULT_RETENTION_MS = 24 * 60 * 60 * 1000;

const sortDimensions = (dims: readonly Dimension[]): Dimension[] =>
  [...dims].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));

export function seriesKey(namespace: string, metricName: string, dims: readonly Dimension[] = []): string {
  let key = `${namespace}\u0000${metricName}`;
  for (const d of sortDimensions(dims)) key += `\u0000${d.Name}=${d.Value}`;
  return key;
}

/**
 * The distribution behind a stored point, or undefined when percentiles cannot be had from it:
 * "CloudWatch needs raw data points to calculate percentile statistics"; a statistic set qualifies
 * only when its SampleCount is 1 or its Minimum equals its Maximum (every sample had that value).
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html
 */
function distributionOf(p: StoredPoint): ValueDistribution | undefined {
  if (p.noPercentiles) return undefined;
  if (p.Values !== undefined) return { values: p.Values, counts: p.Counts! };
  if (p.SampleCount === 1 || p.Minimum === p.Maximum) return { values: [p.Minimum], counts: [p.SampleCount] };
  return undefined;
}

/** Adds `add`'s distribution to `target`'s, or marks `target` as unable to give percentiles. */
function mergeDistribution(target: StoredPoint, add: StoredPoint): void {
  const mine = distributionOf(target);
  const theirs = distributionOf(add);
  if (!mine || !theirs) {
    delete target.Values;
    delete target.Counts;
    target.noPercentiles = true;
    return;
  }
  target.Values = [...mine.values, ...theirs.values];
  target.Counts = [...mine.counts, ...theirs.counts];
}

function mergeInto(target: StatisticSet, add: StatisticSet): void {
  target.SampleCount += add.SampleCount;
  target.Sum += add.Sum;
  target.Minimum = Math.min(target.Minimum, add.Minimum);
  target.Maximum = Math.max(target.Maximum, add.Maximum);
}

export class MetricStore {
  #series = new Map<string, Series>();

  constructor(
    private readonly now: () => number,
    private readonly retentionMs = DEFAULT_RETENTION_MS,
  ) {}

  /** Adds one statistic set; the same series and timestamp arriving twice are merged. */
  put(datum: IncomingDatum): void {
    const key = seriesKey(datum.Namespace, datum.MetricName, datum.Dimensions);
    let series = this.#series.get(key);
    if (!series) {
      series = {
        key,
        Namespace: datum.Namespace,
        MetricName: datum.MetricName,
        Dimensions: sortDimensions(datum.Dimensions).map((d) => ({ Name: d.Name, Value: d.Value })),
        points: new Map(),
        times: [],
      };
      this.#series.set(key, series);
    }
    const existing = series.points.get(datum.Timestamp);
    if (existing) {
      // The distribution first: it reads the existing set's Minimum/Maximum before they merge.
      mergeDistribution(existing, datum);
      mergeInto(existing, datum);
    } else {
      const t = datum.Timestamp;
      // Data almost always arrives in time order: append, and fall back to an insert otherwise.
      const newest = series.times.at(-1);
      if (newest === undefined || t > newest) series.times.push(t);
      else series.times.splice(lowerBound(series.times, t), 0, t);
      series.points.set(t, {
        SampleCount: datum.SampleCount,
        Sum: datum.Sum,
        Minimum: datum.Minimum,
        Maximum: datum.Maximum,
        ...(datum.Unit !== undefined ? { Unit: datum.Unit } : {}),
        ...(datum.Values !== undefined ? { Values: [...datum.Values], Counts: [...datum.Counts!] } : {}),
      });
    }
    this.#prune(series);
  }

  #prune(series: Series): void {
    const cutoff = this.now() - this.retentionMs;
    const oldest = series.times[0];
    if (oldest === undefined || oldest >= cutoff) return;
    const drop = lowerBound(series.times, cutoff);
    for (const t of series.times.slice(0, drop)) series.points.delete(t);
    series.times.splice(0, drop);
  }

  /** Statistic sets of one series whose timestamps fall in [fromMs, toMs), keyed by time. */
  points(key: string, fromMs: number, toMs: number): [number, StoredPoint][] {
    const series = this.#series.get(key);
    if (!series) return [];
    const out: [number, StoredPoint][] = [];
    for (let i = lowerBound(series.times, fromMs); i < series.times.length && series.times[i]! < toMs; i++) {
      const t = series.times[i]!; // i < series.times.length
      out.push([t, series.points.get(t)!]);
    }
    return out;
  }

  /**
   * Aggregates one series into buckets of `periodMs` whose starts are `alignMs + k·periodMs`.
   * Only buckets with at least one point are returned: an absent bucket is a missing datapoint.
   */
  aggregate(key: string, fromMs: number, toMs: number, periodMs: number, alignMs = 0): Map<number, StatisticSet> {
    const buckets = new Map<number, StatisticSet>();
    for (const [t, p] of this.points(key, fromMs, toMs)) {
      const start = alignMs + Math.floor((t - alignMs) / periodMs) * periodMs;
      const b = buckets.get(start);
      if (b) mergeInto(b, p);
      else buckets.set(start, { SampleCount: p.SampleCount, Sum: p.Sum, Minimum: p.Minimum, Maximum: p.Maximum });
    }
    return buckets;
  }

  /**
   * Like `aggregate`, with each bucket's value distribution for percentiles; `dist` is undefined when
   * any point of the bucket cannot give one (a statistic set with several different values).
   */
  aggregateWithDistribution(
    key: string,
    fromMs: number,
    toMs: number,
    periodMs: number,
    alignMs = 0,
  ): Map<number, { set: StatisticSet; dist: ValueDistribution | undefined }> {
    const buckets = new Map<number, { set: StatisticSet; dist: ValueDistribution | undefined }>();
    for (const [t, p] of this.points(key, fromMs, toMs)) {
      const start = alignMs + Math.floor((t - alignMs) / periodMs) * periodMs;
      const d = distributionOf(p);
      const b = buckets.get(start);
      if (!b) {
        buckets.set(start, {
          set: { SampleCount: p.SampleCount, Sum: p.Sum, Minimum: p.Minimum, Maximum: p.Maximum },
          dist: d && { values: [...d.values], counts: [...d.counts] },
        });
        continue;
      }
      mergeInto(b.set, p);
      if (b.dist && d) {
        b.dist.values.push(...d.values);
        b.dist.counts.push(...d.counts);
      } else b.dist = undefined;
    }
    return buckets;
  }

  unitOf(key: string): string | undefined {
    const series = this.#series.get(key);
    if (!series) return undefined;
    for (let i = series.times.length - 1; i >= 0; i--) {
      const unit = series.points.get(series.times[i]!)!.Unit; // every stored time has a point
      if (unit) return unit;
    }
    return undefined;
  }

  series(): SeriesInfo[] {
    return [...this.#series.values()].map(({ key, Namespace, MetricName, Dimensions }) => ({
      key,
      Namespace,
      MetricName,
      Dimensions,
    }));
  }
}

/** The value of one statistic over an aggregated set (Average = Sum / SampleCount). */
export function statisticValue(set: StatisticSet, stat: string): number | undefined {
  switch (stat) {
    case 'Sum':
      return set.Sum;
    case 'SampleCount':
      return set.SampleCount;
    case 'Minimum':
      return set.Minimum;
    case 'Maximum':
      return set.Maximum;
    case 'Average':
      return set.SampleCount > 0 ? set.Sum / set.SampleCount : undefined;
    default:
      return undefined;
  }
}
