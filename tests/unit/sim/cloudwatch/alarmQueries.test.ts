import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim/world';
import { aliasDims, errorsAlarm, fnDims, runMinutes } from './helpers';

describe('DescribeAlarms of a minimal alarm (recorded AWS response)', () => {
  it('omits DatapointsToAlarm and TreatMissingData when they were not set, and shows them when they were', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('minimal', fnDims('f')));
    world.cloudwatch.putMetricAlarm(
      errorsAlarm('full', fnDims('f'), { DatapointsToAlarm: 1, TreatMissingData: 'notBreaching' }),
    );
    const [full, minimal] = world.cloudwatch.describeAlarms({}).MetricAlarms;
    expect(minimal).not.toHaveProperty('DatapointsToAlarm');
    expect(minimal).not.toHaveProperty('TreatMissingData');
    expect(full).toMatchObject({ DatapointsToAlarm: 1, TreatMissingData: 'notBreaching' });
  });
});

describe('DescribeAlarmsForMetric (API_DescribeAlarmsForMetric)', () => {
  it('lists the alarms on one metric, narrowed by statistic, dimensions or period', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('fn-errors', fnDims('orders')));
    world.cloudwatch.putMetricAlarm(errorsAlarm('live-errors', aliasDims('orders', 'live')));
    world.cloudwatch.putMetricAlarm(errorsAlarm('live-errors-5m', aliasDims('orders', 'live'), { Period: 300 }));
    world.cloudwatch.putMetricAlarm({ ...errorsAlarm('throttles', fnDims('orders')), MetricName: 'Throttles' });
    const names = (input: Record<string, unknown>) =>
      world.cloudwatch
        .describeAlarmsForMetric({ Namespace: 'AWS/Lambda', MetricName: 'Errors', ...input })
        .MetricAlarms.map((a) => a.AlarmName);
    expect(names({})).toEqual(['fn-errors', 'live-errors', 'live-errors-5m']);
    expect(names({ Dimensions: [...aliasDims('orders', 'live')].reverse() })).toEqual([
      'live-errors',
      'live-errors-5m',
    ]);
    expect(names({ Dimensions: aliasDims('orders', 'live'), Period: 300 })).toEqual(['live-errors-5m']);
    expect(names({ Statistic: 'Average' })).toEqual([]);
  });
});

describe('EnableAlarmActions and DisableAlarmActions', () => {
  it('switch ActionsEnabled, and a disabled alarm still changes state', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', fnDims('f')));
    world.cloudwatch.disableAlarmActions({ AlarmNames: ['e'] });
    expect(world.cloudwatch.describeAlarms({}).MetricAlarms[0]!.ActionsEnabled).toBe(false);
    runMinutes(world, 'Errors', fnDims('f'), [9]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('ALARM');
    world.cloudwatch.enableAlarmActions({ AlarmNames: ['e'] });
    expect(world.cloudwatch.describeAlarms({}).MetricAlarms[0]!.ActionsEnabled).toBe(true);
  });
});
