import { setup } from 'xstate';
import type { StateValue } from './types';

/**
 * One alarm's state: OK, ALARM or INSUFFICIENT_DATA, named as AWS names them. A new alarm starts in
 * INSUFFICIENT_DATA; the evaluator (or SetAlarmState) moves it with one event per target state.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation.html
 *
 * Tags let views ask "is this alarm firing?" (`snapshot.hasTag('firing')`) without knowing the rule
 * that only ALARM stops a CodeDeploy deployment.
 */
export type AlarmEvent = { type: 'OK' } | { type: 'ALARM' } | { type: 'INSUFFICIENT_DATA' };

export const alarmMachine = setup({
  types: {
    events: {} as AlarmEvent,
  },
}).createMachine({
  id: 'alarm',
  initial: 'INSUFFICIENT_DATA',
  on: {
    OK: { target: '.OK' },
    ALARM: { target: '.ALARM' },
    INSUFFICIENT_DATA: { target: '.INSUFFICIENT_DATA' },
  },
  states: {
    OK: { tags: ['quiet'] },
    ALARM: { tags: ['firing'] },
    INSUFFICIENT_DATA: { tags: ['unknown'] },
  },
});

export const stateEvent = (state: StateValue): AlarmEvent => ({ type: state });
