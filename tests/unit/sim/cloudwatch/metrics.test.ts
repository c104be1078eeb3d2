import { describe, expect, it } from 'vitest';
import { createWorld, DEFAULT_START_TIME } from '../../../../src/sim/world';
import { aliasDims, fnDims, ingest, MINUTE } from './helpers';

const T0 = DEFAULT_START_TIME;

function worldWithTenMinutes() {
  const world = createWorld({ seed: 1 });
  world.advance(10 * MINUTE);
  // Minute i has i+1 invocations.
  for (let i = 0; i < 10; i++) ingest(world, 'Invocations', fnDims('f'), T0 + i * MINUTE, i + 1, i + 1);
  return world;
}

describe('GetMetricStatistics (API_GetMetricStatistics)', () => {
  it('returns one datapoint per minute with the requested statistics over a 60 s period', () => {
    const world = worldWithTenMinutes();
    const out = world.cloudwatch.getMetricStatistics({
      Namespace: 'AWS/Lambda',
      MetricName: 'Invocations',
      Dimensions: fnDims('f'),
      StartTime: new Date(T0),
      EndTime: new Date(T0 + 3 * MINUTE),
      Period: 60,
      Statistics: ['Sum', 'SampleCount', 'Average'],
    });
    expect(out.Label).toBe('Invocations');
    expect(out.Datapoints).toEqual([
      { Timestamp: new Date(T0), Sum: 1, SampleCount: 1, Average: 1, Unit: 'Count' },
      { Timestamp: new Date(T0 + MINUTE), Sum: 2, SampleCount: 2, Average: 1, Unit: 'Count' },
      { Timestamp: new Date(T0 + 2 * MINUTE), Sum: 3, SampleCount: 3, Average: 1, Unit: 'Count' },
    ]);
  });

  it('aggregates five minutes into each 300 s datapoint (Sum adds, SampleCount adds, Maximum is the largest)', () => {
    const world = worldWithTenMinutes();
    const out = world.cloudwatch.getMetricStatistics({
      Namespace: 'AWS/Lambda',
      MetricName: 'Invocations',
      Dimensions: fnDims('f'),
      StartTime: T0,
      EndTime: T0 + 10 * MINUTE,
      Period: 300,
      Statistics: ['Sum', 'SampleCount', 'Maximum'],
    });
    expect(out.Datapoints).toEqual([
      { Timestamp: new Date(T0), Sum: 15, SampleCount: 15, Maximum: 1, Unit: 'Count' },
      { Timestamp: new Date(T0 + 5 * MINUTE), Sum: 40, SampleCount: 40, Maximum: 1, Unit: 'Count' },
    ]);
  });

  it('finds nothing when the dimensions differ from what was published', () => {
    const world = worldWithTenMinutes();
    const out = world.cloudwatch.getMetricStatistics({
      Namespace: 'AWS/Lambda',
      MetricName: 'Invocations',
      Dimensions: aliasDims('f', 'live'),
      StartTime: T0,
      EndTime: T0 + 10 * MINUTE,
      Period: 60,
      Statistics: ['Sum'],
    });
    expect(out.Datapoints).toEqual([]);
  });

  it.each([
    [
      'StartTime after EndTime',
      { StartTime: T0 + MINUTE, EndTime: T0 },
      'InvalidParameterValueException',
      /StartTime must be less than the parameter EndTime/,
    ],
    ['Period 45', { Period: 45 }, 'InvalidParameterValueException', /Period/],
    ['no statistics', { Statistics: [] }, 'InvalidParameterCombinationException', /Statistics/],
    [
      'more than 1,440 datapoints',
      { StartTime: T0, EndTime: T0 + 1441 * MINUTE },
      'InvalidParameterCombinationException',
      /requested up to 1441 datapoints, which exceeds the limit of 1440\./,
    ],
  ])('rejects %s', (_label, override, name, message) => {
    const world = createWorld({ seed: 1 });
    const call = () =>
      world.cloudwatch.getMetricStatistics({
        Namespace: 'AWS/Lambda',
        MetricName: 'Invocations',
        StartTime: T0,
        EndTime: T0 + 10 * MINUTE,
        Period: 60,
        Statistics: ['Sum'],
        ...(override as object),
      });
    expect(call).toThrow(expect.objectContaining({ name }));
    expect(call).toThrow(message);
  });
});

describe('GetMetricData (API_GetMetricData)', () => {
  it('returns MetricStat and expression results newest first with StatusCode Complete', () => {
    const world = createWorld({ seed: 1 });
    world.advance(3 * MINUTE);
    const dims = aliasDims('f', 'live');
    [10, 20, 40].forEach((n, i) => ingest(world, 'Invocations', dims, T0 + i * MINUTE, n, n));
    [1, 0, 4].forEach((e, i) => ingest(world, 'Errors', dims, T0 + i * MINUTE, e, [10, 20, 40][i]));
    const out = world.cloudwatch.getMetricData({
      StartTime: T0,
      EndTime: T0 + 3 * MINUTE,
      MetricDataQueries: [
        {
          Id: 'm1',
          MetricStat: {
            Metric: { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: dims },
            Period: 60,
            Stat: 'Sum',
          },
          ReturnData: false,
        },
        {
          Id: 'm2',
          MetricStat: {
            Metric: { Namespace: 'AWS/Lambda', MetricName: 'Invocations', Dimensions: dims },
            Period: 60,
            Stat: 'Sum',
          },
        },
        { Id: 'e1', Expression: '100 * m1 / m2', Label: 'Error rate (%)' },
      ],
    });
    expect(out.MetricDataResults).toEqual([
      {
        Id: 'm2',
        Label: 'Invocations',
        Timestamps: [2, 1, 0].map((i) => new Date(T0 + i * MINUTE)),
        Values: [40, 20, 10],
        StatusCode: 'Complete',
        Messages: [],
      },
      {
        Id: 'e1',
        Label: 'Error rate (%)',
        Timestamps: [2, 1, 0].map((i) => new Date(T0 + i * MINUTE)),
        Values: [10, 0, 10],
        StatusCode: 'Complete',
        Messages: [],
      },
    ]);
  });
});

describe('PutMetricData and ListMetrics', () => {
  it('stores custom metrics that alarms and GetMetricStatistics can read', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricData({
      Namespace: 'Orders',
      MetricData: [
        {
          MetricName: 'CheckoutFailures',
          Dimensions: [{ Name: 'Service', Value: 'checkout' }],
          Value: 3,
          Unit: 'Count',
        },
        {
          MetricName: 'CheckoutFailures',
          Dimensions: [{ Name: 'Service', Value: 'checkout' }],
          Values: [1, 2],
          Counts: [2, 1],
          Unit: 'Count',
        },
      ],
    });
    world.advance(MINUTE);
    const out = world.cloudwatch.getMetricStatistics({
      Namespace: 'Orders',
      MetricName: 'CheckoutFailures',
      Dimensions: [{ Name: 'Service', Value: 'checkout' }],
      StartTime: T0,
      EndTime: T0 + MINUTE,
      Period: 60,
      Statistics: ['Sum', 'SampleCount', 'Minimum'],
    });
    expect(out.Datapoints).toEqual([{ Timestamp: new Date(T0), Sum: 7, SampleCount: 4, Minimum: 1, Unit: 'Count' }]);
  });

  it('rejects a namespace starting with AWS/, which is reserved for AWS services', () => {
    const world = createWorld({ seed: 1 });
    expect(() =>
      world.cloudwatch.putMetricData({ Namespace: 'AWS/Lambda', MetricData: [{ MetricName: 'Errors', Value: 1 }] }),
    ).toThrow(expect.objectContaining({ name: 'InvalidParameterValueException' }));
  });

  it('lists metrics filtered by namespace, name and dimension', () => {
    const world = worldWithTenMinutes();
    ingest(world, 'Errors', aliasDims('f', 'live'), T0, 1);
    expect(
      world.cloudwatch.listMetrics({ Namespace: 'AWS/Lambda', Dimensions: [{ Name: 'Resource' }] }).Metrics,
    ).toEqual([{ Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: aliasDims('f', 'live') }]);
    expect(world.cloudwatch.listMetrics({ MetricName: 'Invocations' }).Metrics).toHaveLength(1);
  });
});
