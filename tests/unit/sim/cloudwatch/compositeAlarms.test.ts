import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../src/sim/world';
import { ordersWorld, MIN } from '../world/worldSetup';
import { errorsAlarm, fnDims } from './helpers';

// https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html
const thrown = (fn: () => unknown): { name: string; message: string } => {
  try {
    fn();
  } catch (e) {
    return e as { name: string; message: string };
  }
  throw new Error('expected an error');
};

function twoChildren(): World {
  const world = createWorld({ seed: 1 });
  world.cloudwatch.putMetricAlarm(errorsAlarm('errors', fnDims('orders')));
  world.cloudwatch.putMetricAlarm(errorsAlarm('latency', fnDims('orders')));
  return world;
}

const set = (world: World, name: string, state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA') =>
  world.cloudwatch.setAlarmState({ AlarmName: name, StateValue: state, StateReason: 'test' });

const composite = (world: World, name = 'health') =>
  world.cloudwatch.describeAlarms({ AlarmNames: [name], AlarmTypes: ['CompositeAlarm'] }).CompositeAlarms[0];

describe('composite alarms', () => {
  it('starts in INSUFFICIENT_DATA and is evaluated at once, so it is OK while its rule does not hold', () => {
    const world = twoChildren();
    world.cloudwatch.putCompositeAlarm({ AlarmName: 'health', AlarmRule: 'ALARM(errors) OR ALARM(latency)' });
    expect(composite(world)!.StateValue).toBe('OK');
    const history = world.cloudwatch
      .describeAlarmHistory({ AlarmName: 'health', ScanBy: 'TimestampAscending' })
      .AlarmHistoryItems.map((h) => [h.AlarmType, h.HistorySummary]);
    expect(history).toEqual([
      ['CompositeAlarm', 'Alarm "health" created'],
      ['CompositeAlarm', 'Alarm updated from INSUFFICIENT_DATA to OK'],
    ]);
  });

  it('follows the alarms its rule names: OR fires on either child, AND needs both', () => {
    const world = twoChildren();
    world.cloudwatch.putCompositeAlarm({ AlarmName: 'any', AlarmRule: 'ALARM(errors) OR ALARM(latency)' });
    world.cloudwatch.putCompositeAlarm({ AlarmName: 'both', AlarmRule: 'ALARM("errors") AND ALARM("latency")' });
    set(world, 'errors', 'ALARM');
    expect(world.cloudwatch.alarmStatePort.stateOf('any')).toBe('ALARM');
    expect(world.cloudwatch.alarmStatePort.stateOf('both')).toBe('OK');
    set(world, 'latency', 'ALARM');
    expect(world.cloudwatch.alarmStatePort.stateOf('both')).toBe('ALARM');
    set(world, 'errors', 'OK');
    set(world, 'latency', 'OK');
    expect(world.cloudwatch.alarmStatePort.stateOf('any')).toBe('OK');
  });

  it('a composite alarm can name another composite alarm and alarm ARNs', () => {
    const world = twoChildren();
    const arn = 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:errors';
    world.cloudwatch.putCompositeAlarm({ AlarmName: 'inner', AlarmRule: `ALARM(${arn})` });
    world.cloudwatch.putCompositeAlarm({ AlarmName: 'outer', AlarmRule: 'ALARM(inner) AND NOT ALARM(latency)' });
    set(world, 'errors', 'ALARM');
    expect(world.cloudwatch.alarmStatePort.stateOf('outer')).toBe('ALARM');
  });

  it('DescribeAlarms returns only metric alarms unless AlarmTypes asks for composite ones (API_DescribeAlarms)', () => {
    const world = twoChildren();
    world.cloudwatch.putCompositeAlarm({ AlarmName: 'health', AlarmRule: 'ALARM(errors)' });
    const plain = world.cloudwatch.describeAlarms({});
    expect(plain.MetricAlarms.map((a) => a.AlarmName)).toEqual(['errors', 'latency']);
    expect(plain.CompositeAlarms).toEqual([]);
    const both = world.cloudwatch.describeAlarms({ AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] });
    expect(both.CompositeAlarms).toMatchObject([
      {
        AlarmName: 'health',
        AlarmRule: 'ALARM(errors)',
        AlarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:health',
        ActionsEnabled: true,
        StateValue: 'OK',
      },
    ]);
  });

  it('ChildrenOfAlarmName and ParentsOfAlarmName walk the rule in both directions', () => {
    const world = twoChildren();
    world.cloudwatch.putCompositeAlarm({ AlarmName: 'health', AlarmRule: 'ALARM(errors) OR OK(latency)' });
    const children = world.cloudwatch.describeAlarms({
      ChildrenOfAlarmName: 'health',
      AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
    });
    expect(children.MetricAlarms.map((a) => a.AlarmName)).toEqual(['errors', 'latency']);
    const parents = world.cloudwatch.describeAlarms({ ParentsOfAlarmName: 'errors', AlarmTypes: ['CompositeAlarm'] });
    expect(parents.CompositeAlarms.map((a) => a.AlarmName)).toEqual(['health']);
  });

  it('refuses a rule naming an alarm that does not exist, and a rule that does not parse, creating nothing', () => {
    const world = twoChildren();
    expect(
      thrown(() => world.cloudwatch.putCompositeAlarm({ AlarmName: 'h', AlarmRule: 'ALARM(errors) OR ALARM(ghost)' })),
    ).toMatchObject({
      name: 'ValidationError',
      message: 'Could not save the composite alarm as alarms [ghost] in the alarm rule do not exist',
    });
    expect(
      thrown(() => world.cloudwatch.putCompositeAlarm({ AlarmName: 'h', AlarmRule: 'ALARM(errors) AND' })),
    ).toMatchObject({
      name: 'ValidationError',
    });
    expect(world.cloudwatch.describeAlarms({ AlarmTypes: ['CompositeAlarm'] }).CompositeAlarms).toEqual([]);
  });

  it('an update keeps the state, then re-evaluates the new rule; DeleteAlarms removes a composite alarm', () => {
    const world = twoChildren();
    set(world, 'errors', 'ALARM');
    world.cloudwatch.putCompositeAlarm({ AlarmName: 'health', AlarmRule: 'ALARM(errors)' });
    expect(composite(world)!.StateValue).toBe('ALARM');
    world.cloudwatch.putCompositeAlarm({ AlarmName: 'health', AlarmRule: 'ALARM(latency)' });
    expect(composite(world)).toMatchObject({ AlarmRule: 'ALARM(latency)', StateValue: 'OK' });
    world.cloudwatch.deleteAlarms({ AlarmNames: ['health'] });
    expect(world.cloudwatch.alarmStatePort.stateOf('health')).toBeUndefined();
  });

  it('CodeDeploy watching a composite alarm stops a bad canary when a child alarm fires', () => {
    const { w, deploy, info } = ordersWorld({
      newErrorRate: 0.5,
      group: {
        deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent10Minutes',
        alarmConfiguration: { enabled: true, alarms: [{ name: 'orders-live-health' }] },
        autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_STOP_ON_ALARM'] },
      },
    });
    w.cloudwatch.putMetricAlarm(
      errorsAlarm(
        'orders-live-errors',
        [
          { Name: 'FunctionName', Value: 'orders' },
          { Name: 'Resource', Value: 'orders:live' },
        ],
        { TreatMissingData: 'notBreaching' },
      ),
    );
    w.cloudwatch.putCompositeAlarm({ AlarmName: 'orders-live-health', AlarmRule: 'ALARM(orders-live-errors)' });
    w.traffic.start({ source: 'ApiGateway', target: 'orders:live', ratePerSecond: 20 });
    w.advance(2 * MIN);
    const id = deploy();
    w.advance(10 * MIN);
    expect(info(id).status).toBe('Stopped');
    expect(info(id).errorInformation?.code).toBe('ALARM_ACTIVE');
  });
});
