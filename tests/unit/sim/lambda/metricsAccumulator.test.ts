import { describe, expect, it } from 'vitest';
import { MetricsAccumulator } from '../../../../src/sim/lambda/metricsAccumulator';
import type { MetricDatum } from '../../../../src/sim/core/context';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics.html

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

function setup(allocated = 0) {
  const out: MetricDatum[] = [];
  const m = new MetricsAccumulator(
    T0,
    (d) => out.push(d),
    () => allocated,
  );
  const fn = m.slot({ functionName: 'f' });
  const alias = m.slot({ functionName: 'f', qualifier: 'live' }, fn);
  const ev = m.slot({ functionName: 'f', qualifier: 'live', executedVersion: '2' }, alias);
  return { out, m, fn, alias, ev };
}

const find = (out: MetricDatum[], name: string, dims: number) =>
  out.find((d) => d.MetricName === name && d.Dimensions.length === dims);

describe('per-minute metric aggregation', () => {
  it('timestamps each aggregate with the start of its minute and sorts dimensions by name', () => {
    const { out, m, ev } = setup();
    m.invocation(ev, T0 + 59_999, false, 100, 0);
    m.invocation(ev, T0 + 60_000, false, 100, 0);
    m.rollTo(T0 + 120_000);
    expect(
      out
        .filter((d) => d.MetricName === 'Invocations' && d.Dimensions.length === 1)
        .map((d) => [d.Timestamp - T0, d.Sum]),
    ).toEqual([
      [0, 1],
      [60_000, 1],
    ]);
    expect(find(out, 'Invocations', 3)!.Dimensions).toEqual([
      { Name: 'ExecutedVersion', Value: '2' },
      { Name: 'FunctionName', Value: 'f' },
      { Name: 'Resource', Value: 'f:live' },
    ]);
  });

  it('reports Duration Sum/Min/Max/SampleCount and ConcurrentExecutions as the minute’s maximum', () => {
    const { out, m, ev } = setup();
    m.invocation(ev, T0 + 1, false, 100, 0);
    m.invocation(ev, T0 + 2, true, 300, 0);
    m.finished(ev, false);
    m.invocation(ev, T0 + 3, false, 200, 0);
    m.rollTo(T0 + 60_000);
    expect(find(out, 'Duration', 1)).toMatchObject({
      SampleCount: 3,
      Sum: 600,
      Minimum: 100,
      Maximum: 300,
      Unit: 'Milliseconds',
    });
    expect(find(out, 'ConcurrentExecutions', 2)).toMatchObject({ Maximum: 2 });
    expect(find(out, 'Errors', 3)).toMatchObject({ SampleCount: 3, Sum: 1 });
  });

  it('emits provisioned-concurrency metrics and utilisation only when PC took part', () => {
    const { out, m, ev } = setup(4);
    m.invocation(ev, T0 + 1, false, 100, 1);
    m.invocation(ev, T0 + 2, false, 100, 1);
    m.invocation(ev, T0 + 3, false, 100, 2);
    m.rollTo(T0 + 60_000);
    expect(find(out, 'ProvisionedConcurrencyInvocations', 1)!.Sum).toBe(2);
    expect(find(out, 'ProvisionedConcurrencySpilloverInvocations', 1)!.Sum).toBe(1);
    expect(find(out, 'ProvisionedConcurrentExecutions', 1)!.Maximum).toBe(2);
    expect(find(out, 'ProvisionedConcurrencyUtilization', 1)!.Maximum).toBe(0.5);
    const quiet = setup(4);
    quiet.m.invocation(quiet.ev, T0 + 1, false, 100, 0);
    quiet.m.rollTo(T0 + 60_000);
    expect(quiet.out.some((d) => d.MetricName.startsWith('Provisioned'))).toBe(false);
  });

  it('emits UnreservedConcurrentExecutions with no dimensions', () => {
    const { out, m, fn } = setup();
    m.invocation(fn, T0 + 1, false, 100, 0);
    m.unreserved(7);
    m.unreserved(3);
    m.rollTo(T0 + 60_000);
    expect(out.find((d) => d.MetricName === 'UnreservedConcurrentExecutions')).toMatchObject({
      Dimensions: [],
      Maximum: 7,
    });
  });
});
