import { describe, expect, it } from 'vitest';
import { MetricsAccumulator } from '../../../../src/sim/lambda/metricsAccumulator';
import type { MetricDatum } from '../../../../src/sim/core/context';

// ConcurrentExecutions is the minute's maximum of requests in flight, per dimension set
// (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html). The accumulator applies
// a finished request lazily; these tests pin down that a request ending as another starts — in the
// same version or a sibling one — counts exactly as if the end had been applied at once.

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

function setup() {
  const out: MetricDatum[] = [];
  const m = new MetricsAccumulator(
    T0,
    (d) => out.push(d),
    () => 10,
  );
  const fn = m.slot({ functionName: 'f' });
  const alias = m.slot({ functionName: 'f', qualifier: 'live' }, fn);
  const v1 = m.slot({ functionName: 'f', qualifier: 'live', executedVersion: '1' }, alias);
  const v2 = m.slot({ functionName: 'f', qualifier: 'live', executedVersion: '2' }, alias);
  return { out, m, fn, alias, v1, v2 };
}

/** ConcurrentExecutions (Maximum) per dimension set, keyed by the last dimension's value ('' for the account). */
function concurrency(out: MetricDatum[], name = 'ConcurrentExecutions'): Record<string, number> {
  const r: Record<string, number> = {};
  for (const d of out) if (d.MetricName === name) r[d.Dimensions.map((x) => x.Value).join('|')] = d.Maximum;
  return r;
}

describe('in-flight gauges when a request ends as another starts', () => {
  it('a request replacing one of the same version keeps every maximum at 1', () => {
    const { out, m, v1 } = setup();
    m.invocation(v1, T0 + 1, false, 100, 0);
    m.finished(v1, false);
    m.invocation(v1, T0 + 101, false, 100, 0);
    m.finished(v1, false);
    m.invocation(v1, T0 + 201, false, 100, 0);
    m.rollTo(T0 + 60_000);
    expect(concurrency(out)).toEqual({ '': 1, f: 1, 'f|f:live': 1, '1|f|f:live': 1 });
  });

  it('a request moving to the sibling version leaves the alias at 1 and gives each version 1', () => {
    const { out, m, v1, v2 } = setup();
    m.invocation(v1, T0 + 1, false, 100, 0);
    m.finished(v1, false);
    m.invocation(v2, T0 + 101, false, 100, 0);
    m.rollTo(T0 + 60_000);
    expect(concurrency(out)).toEqual({ '': 1, f: 1, 'f|f:live': 1, '1|f|f:live': 1, '2|f|f:live': 1 });
    expect(m.inFlight(v1)).toBe(0);
    expect(m.inFlight(v2)).toBe(1);
  });

  it('two in flight, one ending as a sibling starts, and a third starting later: the alias peaks at 3', () => {
    const { out, m, alias, v1, v2 } = setup();
    m.invocation(v1, T0 + 1, false, 100, 0);
    m.invocation(v1, T0 + 2, false, 100, 0);
    m.finished(v1, false);
    m.invocation(v2, T0 + 101, false, 100, 0);
    m.invocation(v2, T0 + 150, false, 100, 0);
    m.rollTo(T0 + 60_000);
    expect(concurrency(out)).toEqual({ '': 3, f: 3, 'f|f:live': 3, '1|f|f:live': 2, '2|f|f:live': 2 });
    expect(m.inFlight(alias)).toBe(3);
  });

  it('the next minute starts from the requests still in flight, ended ones excluded', () => {
    const { out, m, v1 } = setup();
    m.invocation(v1, T0 + 1, false, 100, 0);
    m.invocation(v1, T0 + 2, false, 100, 0);
    m.finished(v1, false); // ends before the minute is flushed, with no request after it
    m.rollTo(T0 + 60_000);
    m.invocation(v1, T0 + 60_001, false, 100, 0);
    m.rollTo(T0 + 120_000);
    const second = out.filter((d) => d.MetricName === 'ConcurrentExecutions' && d.Timestamp === T0 + 60_000);
    expect(second.map((d) => d.Maximum)).toEqual([2, 2, 2, 2]);
  });

  it('provisioned requests: ProvisionedConcurrentExecutions follows the same rule', () => {
    const { out, m, v1, v2 } = setup();
    m.invocation(v1, T0 + 1, false, 100, 1);
    m.invocation(v1, T0 + 2, false, 100, 1);
    m.finished(v1, true);
    m.invocation(v2, T0 + 101, false, 100, 1); // provisioned replaces provisioned
    m.finished(v1, true);
    m.invocation(v2, T0 + 102, false, 100, 2); // spillover replaces provisioned
    m.rollTo(T0 + 60_000);
    expect(concurrency(out, 'ProvisionedConcurrentExecutions')).toEqual({
      '': 2,
      f: 2,
      'f|f:live': 2,
      '1|f|f:live': 2,
      '2|f|f:live': 1,
    });
    expect(concurrency(out)).toEqual({ '': 2, f: 2, 'f|f:live': 2, '1|f|f:live': 2, '2|f|f:live': 2 });
  });
});
