import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { alarmMachine, stateEvent } from '../../../../src/sim/cloudwatch/alarmMachine';
import { Scheduler } from '../../../../src/sim/core/scheduler';

describe('alarm state machine (alarm-evaluation.html alarm states)', () => {
  it('starts in INSUFFICIENT_DATA and moves to whichever state an evaluation reports, tagging ALARM as firing', () => {
    const actor = createActor(alarmMachine, { clock: new Scheduler(0) }).start();
    expect(actor.getSnapshot().value).toBe('INSUFFICIENT_DATA');
    expect(actor.getSnapshot().hasTag('unknown')).toBe(true);
    actor.send(stateEvent('ALARM'));
    expect(actor.getSnapshot().value).toBe('ALARM');
    expect(actor.getSnapshot().hasTag('firing')).toBe(true);
    actor.send(stateEvent('OK'));
    expect(actor.getSnapshot().value).toBe('OK');
    expect(actor.getSnapshot().hasTag('firing')).toBe(false);
    actor.send(stateEvent('INSUFFICIENT_DATA'));
    expect(actor.getSnapshot().value).toBe('INSUFFICIENT_DATA');
  });
});
