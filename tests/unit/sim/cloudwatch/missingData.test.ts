import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim/world';
import { errorsAlarm, fnDims, runMinutes } from './helpers';

describe('TreatMissingData in a running world (AlarmThatSendsEmail.html#alarms-and-missing-data)', () => {
  it('breaching: an alarm on a function that never runs goes to ALARM', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(
      errorsAlarm('e', fnDims('idle'), { TreatMissingData: 'breaching', EvaluationPeriods: 3 }),
    );
    world.advance(10_000);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('ALARM');
    expect(world.cloudwatch.describeAlarms({}).MetricAlarms[0]!.StateReason).toContain(
      'no datapoints were received for 3 periods and 3 missing datapoints were treated as [Breaching]',
    );
  });

  it('notBreaching: the same alarm goes to OK, as CodeDeploy rollback alarms usually want', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', fnDims('idle'), { TreatMissingData: 'notBreaching' }));
    world.advance(10_000);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('OK');
  });

  it('ignore: once the data stops, the alarm keeps the state it had', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', fnDims('f'), { TreatMissingData: 'ignore' }));
    world.advance(10_000);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('INSUFFICIENT_DATA');
    runMinutes(world, 'Errors', fnDims('f'), [8]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('ALARM');
    runMinutes(world, 'Errors', fnDims('f'), [undefined, undefined, undefined, undefined, undefined]);
    expect(world.cloudwatch.alarmStatePort.stateOf('e')).toBe('ALARM');
  });

  it('missing: the log explains why the alarm went to INSUFFICIENT_DATA and links the missing-data rule', () => {
    const world = createWorld({ seed: 1 });
    world.cloudwatch.putMetricAlarm(errorsAlarm('e', fnDims('f')));
    runMinutes(world, 'Errors', fnDims('f'), [0, undefined, undefined, undefined]);
    const entry = world.log
      .entries()
      .filter((x) => x.type === 'alarm.state')
      .at(-1)!;
    expect(entry.message).toBe(
      'Alarm e went from OK to INSUFFICIENT_DATA: no datapoints at all in the evaluation range, and missing data is treated as missing.',
    );
    expect(entry.docUrl).toContain('alarms-and-missing-data');
    expect(entry.severity).toBe('warn');
  });
});
