import { describe, expect, it } from 'vitest';
import { lowSampleCountBound, parsePercentile, percentileOf } from '../../../../src/sim/cloudwatch/percentile';

describe('percentile statistics', () => {
  it('reads pNN and pNN.NN between p0.0 and p100 and nothing else', () => {
    expect(parsePercentile('p99')).toBe(99);
    expect(parsePercentile('p99.9')).toBe(99.9);
    expect(parsePercentile('p95.45')).toBe(95.45);
    expect(parsePercentile('p0.0')).toBe(0);
    expect(parsePercentile('p100')).toBe(100);
    for (const bad of ['p101', 'p99.999', 'P99', '99', 'tm99', 'p', 'Average'])
      expect(parsePercentile(bad)).toBe(undefined);
  });

  it('p95 is the value that 95 % of the samples do not exceed', () => {
    // 1, 2, …, 100 once each: 95 of them are ≤ 95.
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const dist = { values, counts: values.map(() => 1) };
    expect(percentileOf(dist, 95)).toBe(95);
    expect(percentileOf(dist, 50)).toBe(50);
    expect(percentileOf(dist, 100)).toBe(100);
    expect(percentileOf(dist, 0)).toBe(1);
  });

  it('a slow 2 % of invocations sets p99 while 0.5 % does not', () => {
    expect(percentileOf({ values: [100, 900], counts: [980, 20] }, 99)).toBe(900);
    expect(percentileOf({ values: [900, 100], counts: [5, 995] }, 99)).toBe(100);
  });

  it('has no percentile for negative values or an empty distribution', () => {
    expect(percentileOf({ values: [5, -1], counts: [1, 1] }, 50)).toBe(undefined);
    expect(percentileOf({ values: [], counts: [] }, 50)).toBe(undefined);
  });

  it('needs 1,000 samples for p99 and 10/p for low percentiles to be significant', () => {
    expect(lowSampleCountBound(99)).toBe(1000);
    expect(lowSampleCountBound(90)).toBe(100);
    expect(lowSampleCountBound(50)).toBe(20);
    expect(lowSampleCountBound(25)).toBe(40);
  });
});
