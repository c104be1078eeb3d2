import { setup } from 'xstate';
import type { StateValue } from './types';

/**
 * One alarm's state, and the single place that decides whether it changes: OK, ALARM or
 * INSUFFICIENT_DATA, named as AWS names them. A new alarm starts in INSUFFICIENT_DATA.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation.html
 *
 * Evaluation results and SetAlarmState calls come in as events; the machine moves only when the
 * result names a different state (an evaluation that cannot decide names none). The service reads
 * the state back from the actor and records a state change only when the machine moved: the
 * record's StateValue is never set beside it.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_SetAlarmState.html
 *
 * Tags let views ask "is this alarm firing?" (`snapshot.hasTag('firing')`) without knowing the rule
 * that only ALARM stops a CodeDeploy deployment.
 */
export type AlarmEvent =
  /** The evaluator's verdict for the current evaluation range; undefined when it cannot decide. */
  | { type: 'EVALUATED'; state: StateValue | undefined }
  /** SetAlarmState: a temporary state until the next evaluation. */
  | { type: 'SET'; state: StateValue };

const STATES: readonly StateValue[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];

/** From `from`, an event moves the alarm only to one of the other two states. */
const movesFrom = (from: StateValue) =>
  STATES.filter((to) => to !== from).map((to) => ({
    guard: { type: 'names' as const, params: { state: to } },
    target: to,
  }));

const stateNode = (from: StateValue, tag: string) => ({
  tags: [tag],
  on: { EVALUATED: movesFrom(from), SET: movesFrom(from) },
});

/** Built on first use (getAlarmMachine), not when the simulator loads: see deploymentMachineDefinition.ts. */
const defineAlarmMachine = () =>
  setup({
    types: {
      events: {} as AlarmEvent,
    },
    guards: {
      names: ({ event }, params: { state: StateValue }) => event.state === params.state,
    },
  }).createMachine({
    id: 'alarm',
    initial: 'INSUFFICIENT_DATA',
    states: {
      OK: stateNode('OK', 'quiet'),
      ALARM: stateNode('ALARM', 'firing'),
      INSUFFICIENT_DATA: stateNode('INSUFFICIENT_DATA', 'unknown'),
    },
  });

export type AlarmMachine = ReturnType<typeof defineAlarmMachine>;

let built: AlarmMachine | undefined;

/** The alarm machine, built once, on the first call. */
export const getAlarmMachine = (): AlarmMachine => (built ??= defineAlarmMachine());

/** The alarm's current state, as the machine holds it. */
export const alarmStateOf = (snapshot: { value: unknown }): StateValue => snapshot.value as StateValue;
