import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim/world';
import type { PutMetricAlarmInput } from '../../../../src/sim/cloudwatch/types';
import { errorsAlarm, fnDims, publishPast } from './helpers';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation.html
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html

const base = errorsAlarm('e', fnDims('f')) as PutMetricAlarmInput;
const mathQueries = [
  {
    Id: 'm1',
    MetricStat: { Metric: { Namespace: 'AWS/Lambda', MetricName: 'Errors' }, Period: 60, Stat: 'Sum' },
    ReturnData: false,
  },
  {
    Id: 'm2',
    MetricStat: { Metric: { Namespace: 'AWS/Lambda', MetricName: 'Invocations' }, Period: 60, Stat: 'Sum' },
    ReturnData: false,
  },
  { Id: 'e1', Expression: '100 * m1 / m2', ReturnData: true },
];
const mathAlarm = (metrics: unknown[]): PutMetricAlarmInput =>
  ({
    AlarmName: 'rate',
    EvaluationPeriods: 1,
    Threshold: 5,
    ComparisonOperator: 'GreaterThanThreshold',
    Metrics: metrics,
  }) as PutMetricAlarmInput;

describe('PutMetricAlarm validation (API_PutMetricAlarm)', () => {
  it.each<[string, PutMetricAlarmInput, string, RegExp]>([
    [
      'Period 45 (not 10, 20, 30 or a multiple of 60)',
      { ...base, Period: 45 },
      'ValidationError',
      /Period must be 10, 20, 30 or a multiple of 60/,
    ],
    ['Period 90', { ...base, Period: 90 }, 'ValidationError', /multiple of 60/],
    [
      'Period × EvaluationPeriods over one day with Period < 1 h',
      { ...base, Period: 300, EvaluationPeriods: 289 },
      'InvalidParameterCombinationException',
      /more than a day/,
    ],
    [
      'Period × EvaluationPeriods over seven days',
      { ...base, Period: 3600, EvaluationPeriods: 169 },
      'InvalidParameterCombinationException',
      /more than a week/,
    ],
    [
      'DatapointsToAlarm above EvaluationPeriods',
      { ...base, EvaluationPeriods: 2, DatapointsToAlarm: 3 },
      'ValidationError',
      /DatapointsToAlarm must be less than or equal to EvaluationPeriods/,
    ],
    [
      'EvaluationPeriods 0',
      { ...base, EvaluationPeriods: 0 },
      'ValidationError',
      /evaluationPeriods.*greater than or equal to 1/,
    ],
    [
      'an unknown ComparisonOperator',
      { ...base, ComparisonOperator: 'Above' as never },
      'ValidationError',
      /comparisonOperator/,
    ],
    [
      'an unknown TreatMissingData',
      { ...base, TreatMissingData: 'zero' as never },
      'ValidationError',
      /TreatMissingData/,
    ],
    ['an alarm name over 255 characters', { ...base, AlarmName: 'a'.repeat(256) }, 'ValidationError', /alarmName.*255/],
    [
      'six alarm actions',
      { ...base, AlarmActions: Array.from({ length: 6 }, (_, i) => `arn:aws:sns:us-east-1:123456789012:t${i}`) },
      'ValidationError',
      /alarmActions/,
    ],
    ['no Statistic', { ...base, Statistic: undefined }, 'InvalidParameterCombinationException', /Statistic/],
    [
      'both Statistic and ExtendedStatistic',
      { ...base, ExtendedStatistic: 'p99' },
      'InvalidParameterCombinationException',
      /Statistic and ExtendedStatistic/,
    ],
    [
      'single-metric fields together with Metrics',
      { ...mathAlarm(mathQueries), MetricName: 'Errors' },
      'InvalidParameterCombinationException',
      /MetricName/,
    ],
    [
      'neither MetricName nor Metrics',
      { AlarmName: 'x', EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold' },
      'ValidationError',
      /MetricName and Namespace/,
    ],
    [
      'two queries with ReturnData true',
      mathAlarm(mathQueries.map((q) => ({ ...q, ReturnData: true }))),
      'ValidationError',
      /Exactly one element of the metrics list should return data/,
    ],
    [
      'no query with ReturnData true',
      mathAlarm(mathQueries.map((q) => ({ ...q, ReturnData: false }))),
      'ValidationError',
      /Exactly one element/,
    ],
    [
      'an expression naming an unknown id',
      mathAlarm([...mathQueries.slice(0, 2), { Id: 'e1', Expression: 'm1 / m9', ReturnData: true }]),
      'ValidationError',
      /Unrecognized identifier 'm9'/,
    ],
    [
      'a malformed expression',
      mathAlarm([...mathQueries.slice(0, 2), { Id: 'e1', Expression: '100 * (m1 / m2', ReturnData: true }]),
      'ValidationError',
      /Error in expression 'e1'/,
    ],
    [
      'more than 20 queries',
      mathAlarm(Array.from({ length: 21 }, (_, i) => ({ ...mathQueries[0], Id: `m${i}` }))),
      'ValidationError',
      /length less than or equal to 20/,
    ],
    [
      'metrics with different periods',
      mathAlarm([
        mathQueries[0],
        { ...mathQueries[1], MetricStat: { ...mathQueries[1]!.MetricStat!, Period: 300 } },
        mathQueries[2],
      ]),
      'ValidationError',
      /same Period/,
    ],
  ])('rejects %s', (_label, input, name, message) => {
    const world = createWorld({ seed: 1 });
    let error: unknown;
    try {
      world.cloudwatch.putMetricAlarm(input);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name, $metadata: { httpStatusCode: 400 } });
    expect((error as Error).message).toMatch(message);
  });

  it('accepts the high-resolution periods 10, 20 and 30 and multiples of 60', () => {
    const world = createWorld({ seed: 1 });
    for (const Period of [10, 20, 30, 60, 300, 3600])
      world.cloudwatch.putMetricAlarm({ ...base, AlarmName: `p${Period}`, Period });
    expect(world.cloudwatch.describeAlarms({}).MetricAlarms).toHaveLength(6);
  });

  it('defaults DatapointsToAlarm to EvaluationPeriods and TreatMissingData to missing, which DescribeAlarms does not print', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm({ ...base, EvaluationPeriods: 4 });
    expect(world.snapshot().cloudwatch.alarms[0]).toMatchObject({ datapointsToAlarm: 4, treatMissingData: 'missing' });
    const [alarm] = world.cloudwatch.describeAlarms({}).MetricAlarms;
    expect(alarm!.ActionsEnabled).toBe(true);
    expect(alarm).not.toHaveProperty('DatapointsToAlarm');
    expect(alarm).not.toHaveProperty('TreatMissingData');
  });

  it('carries the wire error code for the CLI in details.Code', () => {
    const world = createWorld({ seed: 1 });
    expect(() => world.cloudwatch.putMetricAlarm({ ...base, ExtendedStatistic: 'p99' })).toThrow(
      expect.objectContaining({ details: { Code: 'InvalidParameterCombination' } }),
    );
  });
});

describe('a failing call changes nothing (sim-api.md calling convention)', () => {
  it('leaves snapshot(), alarm state, history and the event log unchanged after a rejected update', () => {
    const world = createWorld({ seed: 1 });
    publishPast(world, 'Errors', fnDims('f'), [9]);
    world.cloudwatch.putMetricAlarm(base);
    world.advance(10_000);
    const before = JSON.stringify(world.snapshot().cloudwatch);
    const history = JSON.stringify(world.cloudwatch.describeAlarmHistory({}));
    const logLength = world.log.entries().length;
    expect(() => world.cloudwatch.putMetricAlarm({ ...base, Threshold: 1, Period: 45 })).toThrow();
    expect(() =>
      world.cloudwatch.setAlarmState({ AlarmName: 'e', StateValue: 'OK', StateReason: 'x'.repeat(1024) }),
    ).toThrow();
    expect(() => world.cloudwatch.deleteAlarms({ AlarmNames: ['e', 'unknown'] })).toThrow();
    expect(JSON.stringify(world.snapshot().cloudwatch)).toBe(before);
    expect(JSON.stringify(world.cloudwatch.describeAlarmHistory({}))).toBe(history);
    expect(world.log.entries()).toHaveLength(logLength);
  });
});
