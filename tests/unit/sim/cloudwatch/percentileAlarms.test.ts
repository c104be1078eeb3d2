import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../src/sim/world';
import { code, createFn } from '../lambda/helpers';
import { waitUntilFunctionReady } from '../../../../src/sim/lambda/waitUntilReady';
import { MINUTE } from './helpers';

// Percentiles: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html
// ExtendedStatistic: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
const thrown = (fn: () => unknown): { name: string; message: string } => {
  try {
    fn();
  } catch (e) {
    return e as { name: string; message: string };
  }
  throw new Error('expected an error');
};

const liveDims = [
  { Name: 'FunctionName', Value: 'orders' },
  { Name: 'Resource', Value: 'orders:live' },
];

/** `orders` version 1 answers in 100 ms, version 2 in 900 ms; alias live sends `canary` of traffic to 2. */
function slowCanary(canary: number, ratePerSecond: number): World {
  const w = createWorld({ seed: 7 });
  createFn(w, 'orders', { durationMs: 100 }, { Publish: true });
  w.lambda.updateFunctionCode({ FunctionName: 'orders', ZipFile: code({ durationMs: 900 }), Publish: true });
  waitUntilFunctionReady(w, 'orders');
  w.lambda.createAlias({
    FunctionName: 'orders',
    Name: 'live',
    FunctionVersion: '1',
    RoutingConfig: { AdditionalVersionWeights: { '2': canary } },
  });
  w.traffic.start({ source: 'ApiGateway', target: 'orders:live', ratePerSecond });
  return w;
}

const durationAlarm = (name: string, stat: Record<string, unknown>) => ({
  AlarmName: name,
  Namespace: 'AWS/Lambda',
  MetricName: 'Duration',
  Dimensions: liveDims,
  Period: 60,
  EvaluationPeriods: 1,
  Threshold: 500,
  ComparisonOperator: 'GreaterThanThreshold' as const,
  ...stat,
});

describe('percentile alarms (ExtendedStatistic)', () => {
  it('p99 Duration catches a slow 5 % canary that the Average hides', () => {
    const w = slowCanary(0.05, 20);
    w.cloudwatch.putMetricAlarm(durationAlarm('p99', { ExtendedStatistic: 'p99' }));
    w.cloudwatch.putMetricAlarm(durationAlarm('avg', { Statistic: 'Average' }));
    w.advance(3 * MINUTE);
    expect(w.cloudwatch.alarmStatePort.stateOf('p99')).toBe('ALARM');
    expect(w.cloudwatch.alarmStatePort.stateOf('avg')).toBe('OK');
    const [alarm] = w.cloudwatch.describeAlarms({ AlarmNames: ['p99'] }).MetricAlarms;
    expect(alarm!.ExtendedStatistic).toBe('p99');
    expect(alarm!.Statistic).toBeUndefined();
    expect(alarm!.StateReason).toMatch(/^Threshold Crossed: 1 datapoint \[900\.0 \(/);
  });

  it('GetMetricStatistics answers ExtendedStatistics per period; GetMetricData takes a pNN Stat', () => {
    const w = slowCanary(0.05, 20);
    w.advance(2 * MINUTE);
    const start = w.clock.now() - 2 * MINUTE;
    const out = w.cloudwatch.getMetricStatistics({
      Namespace: 'AWS/Lambda',
      MetricName: 'Duration',
      Dimensions: liveDims,
      StartTime: start,
      EndTime: w.clock.now(),
      Period: 60,
      ExtendedStatistics: ['p50', 'p99'],
    });
    expect(out.Datapoints.length).toBe(2);
    for (const dp of out.Datapoints) expect(dp.ExtendedStatistics).toEqual({ p50: 100, p99: 900 });
    const data = w.cloudwatch.getMetricData({
      StartTime: start,
      EndTime: w.clock.now(),
      MetricDataQueries: [
        {
          Id: 'p',
          MetricStat: {
            Metric: { Namespace: 'AWS/Lambda', MetricName: 'Duration', Dimensions: liveDims },
            Period: 60,
            Stat: 'p99',
          },
        },
      ],
    });
    expect(data.MetricDataResults[0]!.Values).toEqual([900, 900]);
  });

  it('EvaluateLowSampleCountPercentile ignore keeps the state while p99 has fewer than 1,000 samples', () => {
    // 5 requests a second is 300 a minute: too few for p99 (percentiles-with-low-samples.html).
    const w = slowCanary(0.05, 5);
    w.cloudwatch.putMetricAlarm(
      durationAlarm('ignore', { ExtendedStatistic: 'p99', EvaluateLowSampleCountPercentile: 'ignore' }),
    );
    w.cloudwatch.putMetricAlarm(
      durationAlarm('evaluate', { ExtendedStatistic: 'p99', EvaluateLowSampleCountPercentile: 'evaluate' }),
    );
    w.advance(3 * MINUTE);
    expect(w.cloudwatch.alarmStatePort.stateOf('evaluate')).toBe('ALARM');
    expect(w.cloudwatch.alarmStatePort.stateOf('ignore')).toBe('INSUFFICIENT_DATA');
  });

  it('refuses percentiles outside p0.0–p100 and a request for Statistics and ExtendedStatistics together', () => {
    const w = createWorld({ seed: 1 });
    for (const bad of ['p101', 'p99.999', 'tm99'])
      expect(thrown(() => w.cloudwatch.putMetricAlarm(durationAlarm('x', { ExtendedStatistic: bad }))).name).toBe(
        'InvalidParameterValueException',
      );
    expect(
      thrown(() => w.cloudwatch.putMetricAlarm(durationAlarm('x', { Statistic: 'Average', ExtendedStatistic: 'p99' })))
        .name,
    ).toBe('InvalidParameterCombinationException');
    expect(
      thrown(() =>
        w.cloudwatch.getMetricStatistics({
          Namespace: 'AWS/Lambda',
          MetricName: 'Duration',
          StartTime: 0,
          EndTime: MINUTE,
          Period: 60,
          Statistics: ['Average'],
          ExtendedStatistics: ['p99'],
        }),
      ).name,
    ).toBe('InvalidParameterCombinationException');
    expect(w.cloudwatch.describeAlarms({}).MetricAlarms).toEqual([]);
  });

  it('PutMetricData Values/Counts support percentiles; a StatisticValues set with different values does not', () => {
    const w = createWorld({ seed: 1 });
    const t = w.clock.now();
    w.cloudwatch.putMetricData({
      Namespace: 'Shop',
      MetricData: [{ MetricName: 'Latency', Timestamp: t, Values: [20, 300], Counts: [98, 2] }],
    });
    w.cloudwatch.putMetricData({
      Namespace: 'Shop',
      MetricData: [
        {
          MetricName: 'Latency',
          Timestamp: t + MINUTE,
          StatisticValues: { SampleCount: 10, Sum: 500, Minimum: 20, Maximum: 100 },
        },
      ],
    });
    w.advance(3 * MINUTE);
    const out = w.cloudwatch.getMetricStatistics({
      Namespace: 'Shop',
      MetricName: 'Latency',
      StartTime: t,
      EndTime: t + 2 * MINUTE,
      Period: 60,
      ExtendedStatistics: ['p99'],
    });
    expect(out.Datapoints).toMatchObject([{ ExtendedStatistics: { p99: 300 } }]);
  });
});
