import { describe, expect, it } from 'vitest';
import { MetricStore, seriesKey } from '../../../../src/sim/cloudwatch/metricStore';
import type { MetricDatum } from '../../../../src/sim/core/context';

const MIN = 60_000;
const datum = (t: number, sum: number, dims = [{ Name: 'FunctionName', Value: 'f' }]): MetricDatum => ({
  Namespace: 'AWS/Lambda',
  MetricName: 'Errors',
  Dimensions: dims,
  Timestamp: t,
  SampleCount: 10,
  Sum: sum,
  Minimum: 0,
  Maximum: 1,
});

describe('metric store', () => {
  it('merges two statistic sets that arrive for the same series and minute', () => {
    const now = 10 * MIN;
    const store = new MetricStore(() => now);
    store.put(datum(5 * MIN, 2));
    store.put(datum(5 * MIN, 3));
    const [t, p] = store.points(seriesKey('AWS/Lambda', 'Errors', [{ Name: 'FunctionName', Value: 'f' }]), 0, now)[0]!;
    expect(t).toBe(5 * MIN);
    expect(p).toMatchObject({ SampleCount: 20, Sum: 5, Minimum: 0, Maximum: 1 });
  });

  it('keys a series by its exact dimension set, whatever the order of the dimensions', () => {
    const a = seriesKey('AWS/Lambda', 'Errors', [
      { Name: 'FunctionName', Value: 'f' },
      { Name: 'Resource', Value: 'f:live' },
    ]);
    const b = seriesKey('AWS/Lambda', 'Errors', [
      { Name: 'Resource', Value: 'f:live' },
      { Name: 'FunctionName', Value: 'f' },
    ]);
    expect(a).toBe(b);
    expect(seriesKey('AWS/Lambda', 'Errors', [{ Name: 'FunctionName', Value: 'f' }])).not.toBe(a);
  });

  it('keeps a bounded history: points older than the retention window are dropped', () => {
    let now = 0;
    const store = new MetricStore(() => now, 60 * MIN);
    for (let i = 0; i < 180; i++) {
      now = i * MIN;
      store.put(datum(i * MIN, 1));
    }
    const key = seriesKey('AWS/Lambda', 'Errors', [{ Name: 'FunctionName', Value: 'f' }]);
    const kept = store.points(key, 0, Infinity);
    expect(kept).toHaveLength(61);
    expect(kept[0]![0]).toBe(119 * MIN);
  });

  it('aggregates minutes into aligned periods and leaves empty periods out', () => {
    const store = new MetricStore(() => 20 * MIN);
    for (const m of [0, 1, 2, 3, 4, 10]) store.put(datum(m * MIN, m));
    const key = seriesKey('AWS/Lambda', 'Errors', [{ Name: 'FunctionName', Value: 'f' }]);
    const buckets = store.aggregate(key, 0, 15 * MIN, 5 * MIN);
    expect([...buckets.entries()]).toEqual([
      [0, { SampleCount: 50, Sum: 10, Minimum: 0, Maximum: 1 }],
      [10 * MIN, { SampleCount: 10, Sum: 10, Minimum: 0, Maximum: 1 }],
    ]);
  });
});

describe('metric store ordering', () => {
  it('returns points in time order even when a late datum arrives out of order', () => {
    const store = new MetricStore(() => 10 * MIN);
    for (const m of [1, 3, 2, 0]) store.put(datum(m * MIN, m));
    const key = seriesKey('AWS/Lambda', 'Errors', [{ Name: 'FunctionName', Value: 'f' }]);
    expect(store.points(key, MIN, 3 * MIN).map(([t, p]) => [t / MIN, p.Sum])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });
});
