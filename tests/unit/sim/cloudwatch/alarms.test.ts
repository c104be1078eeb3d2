import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim/world';
import type { AlarmStateChange } from '../../../../src/sim/cloudwatch/types';
import { aliasDims, errorsAlarm, fnDims, ingest, MINUTE, publishPast, runMinutes } from './helpers';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation.html
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html

describe('CloudWatch alarms: state and evaluation', () => {
  it('a new alarm starts in INSUFFICIENT_DATA with "Unchecked: Initial alarm creation"', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('orders-canary-errors', aliasDims('orders', 'live')));
    const [alarm] = world.cloudwatch.describeAlarms({ AlarmNames: ['orders-canary-errors'] }).MetricAlarms;
    expect(alarm!.StateValue).toBe('INSUFFICIENT_DATA');
    expect(alarm!.StateReason).toBe('Unchecked: Initial alarm creation');
    expect(world.cloudwatch.alarmStatePort.stateOf('orders-canary-errors')).toBe('INSUFFICIENT_DATA');
    expect(alarm!.AlarmArn).toBe('arn:aws:cloudwatch:us-east-1:123456789012:alarm:orders-canary-errors');
    expect(alarm!.StateUpdatedTimestamp).toBeInstanceOf(Date);
  });

  it('goes to ALARM when the last complete minute breaches, with an AWS-style StateReason, log entry and listener call', () => {
    const world = createWorld({ seed: 1 });
    const changes: AlarmStateChange[] = [];
    world.cloudwatch.alarmStatePort.onChange((c) => changes.push(c));
    world.cloudwatch.putMetricAlarm(errorsAlarm('orders-canary-errors', aliasDims('orders', 'live')));
    runMinutes(world, 'Errors', aliasDims('orders', 'live'), [7]);
    expect(world.cloudwatch.alarmStatePort.stateOf('orders-canary-errors')).toBe('ALARM');
    const [alarm] = world.cloudwatch.describeAlarms({}).MetricAlarms;
    // 2026-01-05 09:00 UTC is the default world start: the datapoint of the 09:00 minute.
    expect(alarm!.StateReason).toBe(
      'Threshold Crossed: 1 datapoint [7.0 (05/01/26 09:00:00)] was greater than or equal to the threshold (5.0).',
    );
    expect(JSON.parse(alarm!.StateReasonData!)).toMatchObject({
      version: '1.0',
      statistic: 'Sum',
      period: 60,
      recentDatapoints: [7],
      threshold: 5,
    });
    expect(changes).toEqual([
      expect.objectContaining({
        alarmName: 'orders-canary-errors',
        oldState: 'INSUFFICIENT_DATA',
        newState: 'ALARM',
        time: Date.UTC(2026, 0, 5, 9, 1, 10),
      }),
    ]);
    const entry = world.log.entries().find((e) => e.type === 'alarm.state');
    expect(entry).toMatchObject({
      service: 'cloudwatch',
      severity: 'error',
      refs: { alarmName: 'orders-canary-errors' },
    });
    expect(entry!.message).toBe(
      'Alarm orders-canary-errors went from INSUFFICIENT_DATA to ALARM: the last datapoint was ≥ 5 (1 needed).',
    );
  });

  it('evaluates 10 s after each minute boundary under an alarm-eval label that "skip to next event" ignores', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('a', fnDims('orders')));
    expect(world.nextEventTime()).toBeUndefined();
    publishPast(world, 'Errors', fnDims('orders'), [9]);
    world.advance(9_999);
    expect(world.cloudwatch.alarmStatePort.stateOf('a')).toBe('INSUFFICIENT_DATA');
    world.advance(1);
    expect(world.cloudwatch.alarmStatePort.stateOf('a')).toBe('ALARM');
  });

  it('M of N: 2 of 3 breaching minutes set ALARM, 1 of 3 does not (alarm-evaluation.html)', () => {
    const world = createWorld({ seed: 1 });
    publishPast(world, 'Errors', fnDims('f'), [6, 0, 6]);
    world.cloudwatch.putMetricAlarm(
      errorsAlarm('two-of-three', fnDims('f'), { EvaluationPeriods: 3, DatapointsToAlarm: 2 }),
    );
    world.cloudwatch.putMetricAlarm(
      errorsAlarm('three-of-three', fnDims('f'), { EvaluationPeriods: 3, DatapointsToAlarm: 3 }),
    );
    world.advance(10_000);
    expect(world.cloudwatch.alarmStatePort.stateOf('two-of-three')).toBe('ALARM');
    expect(world.cloudwatch.alarmStatePort.stateOf('three-of-three')).toBe('OK');
    expect(world.cloudwatch.describeAlarms({ AlarmNames: ['two-of-three'] }).MetricAlarms[0]!.StateReason).toContain(
      '2 out of the last 3 datapoints [6.0 (05/01/26 08:57:00), 6.0 (05/01/26 08:59:00)] were greater than or equal to the threshold (5.0) (minimum 2 datapoints for',
    );
  });

  it('returns to OK when errors stop and the evaluation range holds only good datapoints', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', fnDims('f'), { EvaluationPeriods: 2, DatapointsToAlarm: 1 }));
    runMinutes(world, 'Errors', fnDims('f'), [9]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('ALARM');
    runMinutes(world, 'Errors', fnDims('f'), [0]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('ALARM');
    runMinutes(world, 'Errors', fnDims('f'), [0]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('OK');
  });

  it('an idle function with the default TreatMissingData drifts to INSUFFICIENT_DATA', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', fnDims('f')));
    runMinutes(world, 'Errors', fnDims('f'), [0]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('OK');
    // With N = 1 the range is 3 minutes: the datapoint keeps counting until it falls out of it.
    runMinutes(world, 'Errors', fnDims('f'), [undefined, undefined]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('OK');
    runMinutes(world, 'Errors', fnDims('f'), [undefined]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('INSUFFICIENT_DATA');
    expect(world.cloudwatch.describeAlarms({}).MetricAlarms[0]!.StateReason).toBe(
      'Insufficient Data: 1 datapoint was unknown.',
    );
  });

  it('an alarm on a wrong dimension (ExecutedVersion alone) stays in INSUFFICIENT_DATA while the canary fails (scenario alarm-wrong-dimension)', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('wrong', [{ Name: 'ExecutedVersion', Value: '2' }]));
    world.cloudwatch.putMetricAlarm(errorsAlarm('right', aliasDims('orders', 'live')));
    const perVersion = [...aliasDims('orders', 'live'), { Name: 'ExecutedVersion', Value: '2' }];
    for (let i = 0; i < 5; i++) {
      const minute = Math.floor(world.clock.now() / MINUTE) * MINUTE;
      ingest(world, 'Errors', perVersion, minute, 20);
      ingest(world, 'Errors', aliasDims('orders', 'live'), minute, 20);
      world.advance(MINUTE);
    }
    expect(world.cloudwatch.alarmStatePort.stateOf('wrong')).toBe('INSUFFICIENT_DATA');
    expect(world.cloudwatch.alarmStatePort.stateOf('right')).toBe('ALARM');
  });

  it('dimension order in the alarm does not matter: the same set names the same metric', () => {
    const world = createWorld({ seed: 1 });
    publishPast(world, 'Errors', aliasDims('orders', 'live'), [9]);
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', [...aliasDims('orders', 'live')].reverse()));
    world.advance(10_000);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('ALARM');
  });

  it('a metric math error-rate alarm e1 = 100*m1/m2 fires on the rate, not the count', () => {
    const world = createWorld({ seed: 1 });
    const dims = aliasDims('orders', 'live');
    const put = (name: string) =>
      world.cloudwatch.putMetricAlarm({
        AlarmName: name,
        EvaluationPeriods: 1,
        Threshold: 10,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
        Metrics: [
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
            ReturnData: false,
          },
          { Id: 'e1', Expression: '100 * m1 / m2', Label: 'Error rate', ReturnData: true },
        ],
      });
    put('rate');
    const minute = Math.floor(world.clock.now() / MINUTE) * MINUTE;
    ingest(world, 'Errors', dims, minute, 30, 1000); // 3 %
    ingest(world, 'Invocations', dims, minute, 1000);
    world.advance(MINUTE + 10_000);
    expect(world.cloudwatch.alarmStatePort.stateOf('rate')).toBe('OK');
    const next = minute + MINUTE;
    ingest(world, 'Errors', dims, next, 12, 100); // 12 %
    ingest(world, 'Invocations', dims, next, 100);
    world.advance(MINUTE);
    expect(world.cloudwatch.alarmStatePort.stateOf('rate')).toBe('ALARM');
    const alarm = world.cloudwatch.describeAlarms({}).MetricAlarms[0];
    expect(alarm!.StateReason).toContain('[12.0 (05/01/26 09:01:00)] was greater than the threshold (10.0)');
    expect(alarm!.Metrics).toHaveLength(3);
    expect(alarm!.MetricName).toBeUndefined();
  });

  it('a metric math alarm treats a period without invocations as missing (division by zero gives no value)', () => {
    const world = createWorld({ seed: 1 });
    const dims = aliasDims('orders', 'live');
    publishPast(world, 'Invocations', dims, [0]);
    publishPast(world, 'Errors', dims, [0]);
    world.cloudwatch.putMetricAlarm({
      AlarmName: 'rate',
      EvaluationPeriods: 1,
      Threshold: 10,
      ComparisonOperator: 'GreaterThanThreshold',
      Metrics: [
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
          ReturnData: false,
        },
        { Id: 'e1', Expression: '100 * m1 / m2', ReturnData: true },
      ],
    });
    world.advance(10_000);
    expect(world.cloudwatch.alarmStatePort.stateOf('rate')).toBe('INSUFFICIENT_DATA');
    expect(
      world.cloudwatch.describeAlarmHistory({ AlarmName: 'rate', HistoryItemType: 'StateUpdate' }).AlarmHistoryItems,
    ).toHaveLength(0);
  });

  it('evaluates a 5-minute period alarm on 5-minute sums', () => {
    const world = createWorld({ seed: 1 });
    publishPast(world, 'Errors', fnDims('f'), [1, 1, 1, 1, 1]);
    world.cloudwatch.putMetricAlarm(errorsAlarm('five-min', fnDims('f'), { Period: 300 }));
    world.advance(10_000);
    expect(world.cloudwatch.alarmStatePort.stateOf('five-min')).toBe('ALARM');
    expect(world.cloudwatch.describeAlarms({}).MetricAlarms[0]!.StateReason).toContain('[5.0 (05/01/26 08:55:00)]');
  });
});

describe('CloudWatch alarms: SetAlarmState, updates, history', () => {
  it('SetAlarmState is temporary: the next evaluation restores the real state, and both changes are in history', () => {
    const world = createWorld({ seed: 1 });
    const changes: AlarmStateChange[] = [];
    world.cloudwatch.alarmStatePort.onChange((c) => changes.push(c));
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', fnDims('f')));
    runMinutes(world, 'Errors', fnDims('f'), [0]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('OK');
    world.cloudwatch.setAlarmState({ AlarmName: 'e', StateValue: 'ALARM', StateReason: 'testing the rollback' });
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('ALARM');
    expect(world.cloudwatch.describeAlarms({}).MetricAlarms[0]!.StateReason).toBe('testing the rollback');
    runMinutes(world, 'Errors', fnDims('f'), [0]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('OK');
    expect(changes.map((c) => `${c.oldState}->${c.newState}`)).toEqual([
      'INSUFFICIENT_DATA->OK',
      'OK->ALARM',
      'ALARM->OK',
    ]);
    const summaries = world.cloudwatch
      .describeAlarmHistory({ AlarmName: 'e', HistoryItemType: 'StateUpdate' })
      .AlarmHistoryItems.map((h) => h.HistorySummary);
    expect(summaries).toEqual([
      'Alarm updated from ALARM to OK',
      'Alarm updated from OK to ALARM',
      'Alarm updated from INSUFFICIENT_DATA to OK',
    ]);
  });

  it('SetAlarmState on an unknown alarm throws ResourceNotFound and StateReasonData must be JSON (InvalidFormat)', () => {
    const world = createWorld({ seed: 1 });
    expect(() => world.cloudwatch.setAlarmState({ AlarmName: 'nope', StateValue: 'ALARM', StateReason: 'x' })).toThrow(
      expect.objectContaining({ name: 'ResourceNotFound' }),
    );
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', fnDims('f')));
    expect(() =>
      world.cloudwatch.setAlarmState({
        AlarmName: 'e',
        StateValue: 'ALARM',
        StateReason: 'x',
        StateReasonData: '{not json',
      }),
    ).toThrow(expect.objectContaining({ name: 'InvalidFormatFault' }));
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('INSUFFICIENT_DATA');
  });

  it('updating an alarm with PutMetricAlarm keeps its current state and records a ConfigurationUpdate', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', fnDims('f')));
    runMinutes(world, 'Errors', fnDims('f'), [9]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('ALARM');
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', fnDims('f'), { Threshold: 100 }));
    const [alarm] = world.cloudwatch.describeAlarms({}).MetricAlarms;
    expect(alarm!.StateValue).toBe('ALARM');
    expect(alarm!.Threshold).toBe(100);
    expect(alarm!.AlarmConfigurationUpdatedTimestamp.getTime()).toBe(world.clock.now());
    const config = world.cloudwatch.describeAlarmHistory({
      AlarmName: 'e',
      HistoryItemType: 'ConfigurationUpdate',
    }).AlarmHistoryItems;
    expect(config.map((h) => h.HistorySummary)).toEqual(['Alarm "e" updated', 'Alarm "e" created']);
  });

  it('describeAlarms filters by names, prefix and state; names and prefix together are an InvalidParameterCombination', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('orders-b', fnDims('f')));
    world.cloudwatch.putMetricAlarm(errorsAlarm('orders-a', fnDims('f')));
    world.cloudwatch.putMetricAlarm(errorsAlarm('billing', fnDims('g')));
    world.cloudwatch.setAlarmState({ AlarmName: 'billing', StateValue: 'ALARM', StateReason: 'drill' });
    expect(
      world.cloudwatch.describeAlarms({ AlarmNamePrefix: 'orders-' }).MetricAlarms.map((a) => a.AlarmName),
    ).toEqual(['orders-a', 'orders-b']);
    expect(world.cloudwatch.describeAlarms({ StateValue: 'ALARM' }).MetricAlarms.map((a) => a.AlarmName)).toEqual([
      'billing',
    ]);
    expect(world.cloudwatch.describeAlarms({ AlarmNames: ['billing', 'missing'] }).MetricAlarms).toHaveLength(1);
    expect(() => world.cloudwatch.describeAlarms({ AlarmNames: ['a'], AlarmNamePrefix: 'a' })).toThrow(
      expect.objectContaining({ name: 'InvalidParameterCombinationException' }),
    );
  });

  it('deleteAlarms removes alarms, and deletes nothing when one name is unknown (API_DeleteAlarms)', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('a', fnDims('f')));
    world.cloudwatch.putMetricAlarm(errorsAlarm('b', fnDims('f')));
    expect(() => world.cloudwatch.deleteAlarms({ AlarmNames: ['a', 'zzz'] })).toThrow(
      expect.objectContaining({ name: 'ResourceNotFound' }),
    );
    expect(world.cloudwatch.describeAlarms({}).MetricAlarms).toHaveLength(2);
    world.cloudwatch.deleteAlarms({ AlarmNames: ['a', 'b'] });
    expect(world.cloudwatch.describeAlarms({}).MetricAlarms).toHaveLength(0);
    expect(world.cloudwatch.alarmStatePort.stateOf('a')).toBeUndefined();
  });

  it('the unsubscribe function returned by the alarm-state port onChange stops notifications', () => {
    const world = createWorld({ seed: 1 });
    const seen: string[] = [];
    const off = world.cloudwatch.alarmStatePort.onChange((c) => seen.push(c.newState));
    world.cloudwatch.putMetricAlarm(errorsAlarm('a', fnDims('f')));
    world.cloudwatch.setAlarmState({ AlarmName: 'a', StateValue: 'ALARM', StateReason: 'x' });
    off();
    world.cloudwatch.setAlarmState({ AlarmName: 'a', StateValue: 'OK', StateReason: 'y' });
    expect(seen).toEqual(['ALARM']);
  });

  it('snapshot() lists alarms with their recent state changes and the last hour of series, as plain data', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', aliasDims('orders', 'live')));
    runMinutes(world, 'Errors', aliasDims('orders', 'live'), [7, 1]);
    const snap = world.snapshot().cloudwatch;
    expect(snap.alarms[0]).toMatchObject({
      name: 'e',
      state: 'OK',
      tags: ['quiet'],
      threshold: 5,
      comparisonSymbol: '≥',
      period: 60,
      metric: { metricName: 'Errors', statistic: 'Sum' },
    });
    expect(snap.alarms[0]!.recentChanges.map((c) => c.to)).toEqual(['ALARM', 'OK']);
    expect(snap.series).toEqual([
      {
        namespace: 'AWS/Lambda',
        metricName: 'Errors',
        dimensions: aliasDims('orders', 'live'),
        points: [
          { timestamp: Date.UTC(2026, 0, 5, 9, 0), SampleCount: 7, Sum: 7, Min: 1, Max: 1 },
          { timestamp: Date.UTC(2026, 0, 5, 9, 1), SampleCount: 1, Sum: 1, Min: 1, Max: 1 },
        ],
      },
    ]);
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });
});
