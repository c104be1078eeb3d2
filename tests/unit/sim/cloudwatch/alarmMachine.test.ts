import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { alarmMachine, alarmStateOf } from '../../../../src/sim/cloudwatch/alarmMachine';
import { Scheduler } from '../../../../src/sim/core/scheduler';

/**
 * Alarm states as AWS names them; a new alarm starts in INSUFFICIENT_DATA and changes only when an
 * evaluation (or SetAlarmState) names another state.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation.html
 */
describe('alarm state machine (issue 16 item 12: the machine decides transitions)', () => {
  const start = () => createActor(alarmMachine, { clock: new Scheduler(0) }).start();

  it('starts in INSUFFICIENT_DATA and moves to whichever other state an evaluation reports, tagging ALARM as firing', () => {
    const actor = start();
    expect(alarmStateOf(actor.getSnapshot())).toBe('INSUFFICIENT_DATA');
    expect(actor.getSnapshot().hasTag('unknown')).toBe(true);
    actor.send({ type: 'EVALUATED', state: 'ALARM' });
    expect(alarmStateOf(actor.getSnapshot())).toBe('ALARM');
    expect(actor.getSnapshot().hasTag('firing')).toBe(true);
    actor.send({ type: 'EVALUATED', state: 'OK' });
    expect(alarmStateOf(actor.getSnapshot())).toBe('OK');
    expect(actor.getSnapshot().hasTag('firing')).toBe(false);
    actor.send({ type: 'SET', state: 'INSUFFICIENT_DATA' });
    expect(alarmStateOf(actor.getSnapshot())).toBe('INSUFFICIENT_DATA');
  });

  it('does not move on a verdict naming the state it is in, nor on an evaluation that cannot decide', () => {
    const actor = start();
    actor.send({ type: 'EVALUATED', state: 'ALARM' });
    const before = actor.getSnapshot();
    actor.send({ type: 'EVALUATED', state: 'ALARM' });
    expect(actor.getSnapshot()).toBe(before);
    actor.send({ type: 'EVALUATED', state: undefined });
    expect(actor.getSnapshot()).toBe(before);
    expect(alarmStateOf(actor.getSnapshot())).toBe('ALARM');
  });
});
