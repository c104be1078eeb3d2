/**
 * Percentile statistics (ExtendedStatistic / ExtendedStatistics / a `pNN.NN` Stat), computed the way
 * CloudWatch can compute them: from raw values, or from value/count pairs (PutMetricData's Values and
 * Counts). A statistic set (SampleCount, Sum, Minimum, Maximum) only yields a percentile when it holds
 * one sample or Minimum equals Maximum, and no percentile exists when any value is negative.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html
 */

/** A value distribution: `values[i]` was seen `counts[i]` times (the Values/Counts shape). */
export interface ValueDistribution {
  values: number[];
  counts: number[];
}

/**
 * `p` followed by 0–100 with up to two decimals ("p99", "p99.9", "p0.0", "p100"). CloudWatch's other
 * extended statistics (tm, wm, tc, ts, PR, IQM) are not modelled.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html (ExtendedStatistic)
 */
const PERCENTILE = /^p(\d{1,3})(?:\.(\d{1,2}))?$/;

/** The percentile as a number 0–100, or undefined when `stat` is not a valid `pNN.NN`. */
export function parsePercentile(stat: string): number | undefined {
  const m = PERCENTILE.exec(stat);
  if (!m) return undefined;
  const p = Number(m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`);
  return p >= 0 && p <= 100 ? p : undefined;
}

export const isPercentileStat = (stat: string): boolean => parsePercentile(stat) !== undefined;

/**
 * The value at percentile `p` (0–100) of a distribution: the smallest value that at least p % of the
 * samples do not exceed ("p95 … 95 percent of the data within the period is lower than this value").
 * CloudWatch does not publish its interpolation; nearest rank is a choice that always returns a value
 * that was really observed. Undefined when there is no sample or any value is negative.
 */
export function percentileOf(dist: ValueDistribution, p: number): number | undefined {
  // values and counts are parallel arrays of the same length, so every index below is in range.
  let total = 0;
  for (let i = 0; i < dist.values.length; i++) {
    if (dist.values[i]! < 0) return undefined;
    total += dist.counts[i]!;
  }
  if (total <= 0) return undefined;
  const order = dist.values.map((_, i) => i).sort((a, b) => dist.values[a]! - dist.values[b]!);
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const i of order) {
    seen += dist.counts[i]!;
    if (seen >= rank) return dist.values[i];
  }
  return dist.values[order[order.length - 1]!];
}

/**
 * How many samples a percentile needs to be statistically significant: 10/(1−p) for p in [0.5, 1)
 * and 10/p for p in (0, 0.5), e.g. 1,000 for p99. Below it, an alarm with
 * EvaluateLowSampleCountPercentile "ignore" keeps its state. p0 and p100 have no such bound here.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/percentiles-with-low-samples.html
 */
export function lowSampleCountBound(percentile: number): number {
  // Written over 100 − p and p (not 1 − p/100) so that p99 gives exactly 1,000.
  if (percentile >= 50 && percentile < 100) return 1000 / (100 - percentile);
  if (percentile > 0 && percentile < 50) return 1000 / percentile;
  return 0;
}
