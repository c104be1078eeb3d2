import { describe, expect, it } from 'vitest';
import { MetricStore, type IncomingDatum } from '../../../../src/sim/cloudwatch/metricStore';
import { metricStatValues } from '../../../../src/sim/cloudwatch/queryEngine';

const MIN = 60_000;
const dims = [{ Name: 'FunctionName', Value: 'f' }];

/** A per-minute Duration datum: `values[i]` ms seen `counts[i]` times, with or without the distribution. */
function duration(t: number, values: number[], counts: number[], withDistribution = true): IncomingDatum {
  const n = counts.reduce((a, b) => a + b, 0);
  return {
    Namespace: 'AWS/Lambda',
    MetricName: 'Duration',
    Dimensions: dims,
    Timestamp: t,
    SampleCount: n,
    Sum: values.reduce((a, v, i) => a + v * counts[i]!, 0),
    Minimum: Math.min(...values),
    Maximum: Math.max(...values),
    Unit: 'Milliseconds',
    ...(withDistribution ? { Values: values, Counts: counts } : {}),
  };
}

const query = (stat: string, period = 60) => ({
  Id: 'm',
  MetricStat: {
    Metric: { Namespace: 'AWS/Lambda', MetricName: 'Duration', Dimensions: dims },
    Period: period,
    Stat: stat,
  },
});

describe('percentiles from the metric store (API_GetMetricStatistics: raw values needed)', () => {
  it('p99 of a minute where 3 % of invocations were slow is the slow duration; the average barely moves', () => {
    const store = new MetricStore(() => 10 * MIN);
    store.put(duration(5 * MIN, [100, 900], [970, 30]));
    const win = { fromMs: 0, toMs: 10 * MIN, alignMs: 0 };
    expect(metricStatValues(store, query('p99'), win).get(5 * MIN)).toEqual({ value: 900, sampleCount: 1000 });
    expect(metricStatValues(store, query('p50'), win).get(5 * MIN)?.value).toBe(100);
    expect(metricStatValues(store, query('Average'), win).get(5 * MIN)?.value).toBe(124);
  });

  it('a longer period pools the minutes before taking the percentile', () => {
    const store = new MetricStore(() => 10 * MIN);
    // Five minutes of 100 fast invocations, then one minute of 100 slow ones: 1 in 6 slow.
    for (let m = 0; m < 5; m++) store.put(duration(m * MIN, [100], [100]));
    store.put(duration(5 * MIN, [800], [100]));
    const values = metricStatValues(store, query('p80', 600), { fromMs: 0, toMs: 10 * MIN, alignMs: 0 });
    expect(values.get(0)?.value).toBe(100);
    const p90 = metricStatValues(store, query('p90', 600), { fromMs: 0, toMs: 10 * MIN, alignMs: 0 });
    expect(p90.get(0)?.value).toBe(800);
  });

  it('a statistic set gives a percentile only with one sample or Minimum = Maximum', () => {
    const store = new MetricStore(() => 10 * MIN);
    store.put(duration(1 * MIN, [100, 900], [50, 50], false));
    store.put(duration(2 * MIN, [250], [40], false));
    store.put(duration(3 * MIN, [700], [1], false));
    const values = metricStatValues(store, query('p99'), { fromMs: 0, toMs: 10 * MIN, alignMs: 0 });
    expect(values.has(1 * MIN)).toBe(false);
    expect(values.get(2 * MIN)?.value).toBe(250);
    expect(values.get(3 * MIN)?.value).toBe(700);
  });

  it('two distributions for the same minute are merged; a mixed-value statistic set spoils the minute', () => {
    const store = new MetricStore(() => 10 * MIN);
    store.put(duration(1 * MIN, [100], [99]));
    store.put(duration(1 * MIN, [500], [1]));
    store.put(duration(2 * MIN, [100], [10]));
    store.put(duration(2 * MIN, [100, 200], [5, 5], false));
    const values = metricStatValues(store, query('p100'), { fromMs: 0, toMs: 10 * MIN, alignMs: 0 });
    expect(values.get(1 * MIN)?.value).toBe(500);
    expect(values.has(2 * MIN)).toBe(false);
  });
});
