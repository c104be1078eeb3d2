/**
 * Issue 16, item 9: Lambda's metrics "across all functions" (no dimensions).
 * CloudWatch's catalogue of AWS/Lambda metrics lists each standard metric with an empty dimension set
 * besides {FunctionName}, {FunctionName, Resource} and {FunctionName, Resource, ExecutedVersion}: the console's
 * "Across All Functions" view. https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
 */
import { describe, expect, it } from 'vitest';
import { createFn, newWorld } from '../lambda/helpers';

const MINUTE = 60_000;

describe('item 9: dimensionless Lambda metrics', () => {
  it('ListMetrics returns Invocations, Errors, Duration and ConcurrentExecutions with no dimensions once any function runs', () => {
    const w = newWorld();
    createFn(w, 'a');
    createFn(w, 'b');
    w.lambda.invoke({ FunctionName: 'a' });
    w.advance(2 * MINUTE);
    const names = (w.cloudwatch.listMetrics({ Namespace: 'AWS/Lambda' }).Metrics ?? [])
      .filter((m) => (m.Dimensions ?? []).length === 0)
      .map((m) => m.MetricName);
    expect(names).toEqual(expect.arrayContaining(['Invocations', 'Errors', 'Duration', 'ConcurrentExecutions']));
  });

  it('the dimensionless Invocations sum counts every function together', () => {
    const w = newWorld();
    createFn(w, 'a');
    createFn(w, 'b');
    const t0 = w.clock.now();
    w.lambda.invoke({ FunctionName: 'a' });
    w.lambda.invoke({ FunctionName: 'a' });
    w.lambda.invoke({ FunctionName: 'b' });
    w.advance(2 * MINUTE);
    const out = w.cloudwatch.getMetricData({
      StartTime: Math.floor(t0 / MINUTE) * MINUTE,
      EndTime: Math.floor(t0 / MINUTE) * MINUTE + 2 * MINUTE,
      MetricDataQueries: [
        {
          Id: 'all',
          MetricStat: {
            Metric: { Namespace: 'AWS/Lambda', MetricName: 'Invocations', Dimensions: [] },
            Period: 60,
            Stat: 'Sum',
          },
        },
        {
          Id: 'a',
          MetricStat: {
            Metric: {
              Namespace: 'AWS/Lambda',
              MetricName: 'Invocations',
              Dimensions: [{ Name: 'FunctionName', Value: 'a' }],
            },
            Period: 60,
            Stat: 'Sum',
          },
        },
      ],
    });
    const byId = Object.fromEntries(out.MetricDataResults.map((r) => [r.Id, r.Values]));
    expect(byId.all).toEqual([3]);
    expect(byId.a).toEqual([2]);
  });
});
