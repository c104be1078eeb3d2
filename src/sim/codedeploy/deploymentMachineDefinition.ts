import { assign, setup } from 'xstate';
import type { HookEventName, LifecycleEventName, LifecycleEventStatus, TrafficRoutingType } from './types';

/**
 * One CodeDeploy deployment on the Lambda compute platform:
 * Start → BeforeAllowTraffic → AllowTraffic → AfterAllowTraffic → End.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
 *
 * The machine only decides. Everything that touches the world (reading the alias and alarms,
 * invoking hooks, updating the alias, recording) is a named action or guard that the service
 * supplies with `.provide()`. The defaults below do nothing, so graph tests can walk the machine
 * on its own. Delays are named and read from context, so an actor created with
 * `{ clock: ctx.scheduler }` waits in simulated time.
 */
export interface DeploymentMachineInput {
  routingType: TrafficRoutingType;
  /** Weights (0–1) of the planned shifts, in order; see trafficSchedule.ts. */
  weights: number[];
  canaryIntervalMs: number;
  linearIntervalMs: number;
  hooks: Partial<Record<HookEventName, string>>;
}

export interface DeploymentMachineContext extends DeploymentMachineInput {
  /** Index of the next shift to apply. */
  stepIndex: number;
}

export type DeploymentMachineEvent =
  | { type: 'START' }
  | { type: 'HOOK_REPORTED'; status: 'Succeeded' | 'Failed' }
  /** An alarm entered ALARM (or could not be read) while the deployment ran. */
  | { type: 'ALARM'; alarmName: string; reason: 'ALARM' | 'POLL_FAILURE' }
  | { type: 'STOP' }
  /** A Lambda call the deployment depends on failed (e.g. the alias was deleted). */
  | { type: 'LAMBDA_ERROR'; message: string };

/** CodeDeploy fails a lifecycle event whose hook has not reported within one hour (3,600 s). */
export const HOOK_TIMEOUT_MS = 3_600_000;

type LifecycleParams = { name: LifecycleEventName; status: LifecycleEventStatus };
type HookParams = { name: HookEventName };

/**
 * Builds the machine. Building it walks its whole definition (every state, transition and delay) and
 * takes a noticeable moment on a slow phone, so it is not done when the simulator's modules load but on
 * first use (getDeploymentMachine): a page that sets up a world without deploying never pays for it
 * (issue 18, Lighthouse TBT on a scenario's page).
 */
const defineDeploymentMachine = () =>
  setup({
    types: {
      context: {} as DeploymentMachineContext,
      input: {} as DeploymentMachineInput,
      events: {} as DeploymentMachineEvent,
    },
    actions: {
      /** Marks a lifecycle event's status (InProgress at entry, then Succeeded/Failed/Skipped). */
      setLifecycleStatus: (_, _params: LifecycleParams) => {},
      /** Remembers the alias as it is now, so a rollback can restore exactly this. */
      recordAliasBeforeShift: () => {},
      /** Invokes the hook function asynchronously with the deployment and execution ids. */
      invokeHook: (_, _params: HookParams) => {},
      /** Applies weights[stepIndex] to the alias. */
      shiftTraffic: (_, _params: { weight: number; stepIndex: number }) => {},
      advanceStep: assign({ stepIndex: ({ context }) => context.stepIndex + 1 }),
      /** Records why the deployment is ending; the message depends on the event. */
      recordAlarmStop: () => {},
      recordManualStop: () => {},
      recordHookFailure: (_, _params: HookParams) => {},
      recordHookTimeout: (_, _params: HookParams) => {},
      recordLambdaError: () => {},
      recordPreconditionFailure: () => {},
      /** Final bookkeeping: status, completeTime, unfinished events, and any automatic rollback. */
      settle: (_, _params: { status: 'Succeeded' | 'Failed' | 'Stopped' }) => {},
    },
    guards: {
      /** Any monitored alarm in ALARM, or unreadable while ignorePollAlarmFailure is false. */
      alarmBlocking: () => false,
      /** The alias does not point at CurrentVersion with no weights, or a version is missing. */
      preconditionFails: () => false,
      hasHook: ({ context }, params: HookParams) => context.hooks[params.name] !== undefined,
      hookSucceeded: ({ event }) => event.type === 'HOOK_REPORTED' && event.status === 'Succeeded',
      /** The alias update of the shift just attempted failed (e.g. the alias was deleted). */
      shiftFailed: () => false,
      allTrafficShifted: ({ context }) => context.stepIndex >= context.weights.length,
      isCanary: ({ context }) => context.routingType === 'TimeBasedCanary',
    },
    delays: {
      hookTimeout: HOOK_TIMEOUT_MS,
      canaryInterval: ({ context }) => context.canaryIntervalMs,
      linearInterval: ({ context }) => context.linearIntervalMs,
    },
  }).createMachine({
    id: 'deployment',
    context: ({ input }) => ({ ...input, hooks: { ...input.hooks }, weights: [...input.weights], stepIndex: 0 }),
    initial: 'Created',
    states: {
      Created: {
        on: { START: 'InProgress' },
      },
      InProgress: {
        initial: 'Start',
        on: {
          // Alarms are polled "before the deployment starts and throughout it"; only until End.
          ALARM: { target: 'Stopped', actions: 'recordAlarmStop' },
          STOP: { target: 'Stopped', actions: 'recordManualStop' },
          LAMBDA_ERROR: { target: 'Failed', actions: 'recordLambdaError' },
        },
        states: {
          Start: {
            entry: { type: 'setLifecycleStatus', params: { name: 'Start', status: 'InProgress' } },
            always: [
              // An alarm already in ALARM at the start stops the deployment like one that fires later: the
              // alias is recorded first, so "roll back when alarm thresholds are met" has a known-good state
              // to redeploy (SAM: alarms "during a deployment (or before a deployment starts)" roll it back).
              // https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html
              // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
              {
                guard: 'alarmBlocking',
                target: '#deployment.Stopped',
                actions: ['recordAliasBeforeShift', 'recordAlarmStop'],
              },
              { guard: 'preconditionFails', target: '#deployment.Failed', actions: 'recordPreconditionFailure' },
              {
                target: 'BeforeAllowTraffic',
                actions: [
                  'recordAliasBeforeShift',
                  { type: 'setLifecycleStatus', params: { name: 'Start', status: 'Succeeded' } },
                ],
              },
            ],
          },
          BeforeAllowTraffic: {
            initial: 'Deciding',
            states: {
              Deciding: {
                always: [
                  { guard: { type: 'hasHook', params: { name: 'BeforeAllowTraffic' } }, target: 'AwaitingHook' },
                  {
                    target: 'Done',
                    actions: { type: 'setLifecycleStatus', params: { name: 'BeforeAllowTraffic', status: 'Skipped' } },
                  },
                ],
              },
              AwaitingHook: {
                entry: [
                  { type: 'setLifecycleStatus', params: { name: 'BeforeAllowTraffic', status: 'InProgress' } },
                  { type: 'invokeHook', params: { name: 'BeforeAllowTraffic' } },
                ],
                on: {
                  HOOK_REPORTED: [
                    {
                      guard: 'hookSucceeded',
                      target: 'Done',
                      actions: {
                        type: 'setLifecycleStatus',
                        params: { name: 'BeforeAllowTraffic', status: 'Succeeded' },
                      },
                    },
                    {
                      target: '#deployment.Failed',
                      actions: { type: 'recordHookFailure', params: { name: 'BeforeAllowTraffic' } },
                    },
                  ],
                },
                after: {
                  hookTimeout: {
                    target: '#deployment.Failed',
                    actions: { type: 'recordHookTimeout', params: { name: 'BeforeAllowTraffic' } },
                  },
                },
              },
              Done: { type: 'final' },
            },
            onDone: [
              // The last check before the first shift: an alarm already firing stops us with 0 % moved.
              { guard: 'alarmBlocking', target: '#deployment.Stopped', actions: 'recordAlarmStop' },
              { target: 'AllowTraffic' },
            ],
          },
          AllowTraffic: {
            entry: { type: 'setLifecycleStatus', params: { name: 'AllowTraffic', status: 'InProgress' } },
            initial: 'Shift',
            states: {
              Shift: {
                entry: [
                  {
                    type: 'shiftTraffic',
                    params: ({ context }) => ({
                      // Shift is re-entered only while allTrafficShifted is false, so stepIndex < weights.length.
                      weight: context.weights[context.stepIndex]!,
                      stepIndex: context.stepIndex,
                    }),
                  },
                  'advanceStep',
                ],
                always: [
                  { guard: 'shiftFailed', target: '#deployment.Failed', actions: 'recordLambdaError' },
                  { guard: 'allTrafficShifted', target: 'Shifted' },
                  { guard: 'isCanary', target: 'CanaryWait' },
                  { target: 'LinearWait' },
                ],
              },
              CanaryWait: {
                after: {
                  canaryInterval: [
                    { guard: 'alarmBlocking', target: '#deployment.Stopped', actions: 'recordAlarmStop' },
                    { target: 'Shift' },
                  ],
                },
              },
              LinearWait: {
                after: {
                  linearInterval: [
                    { guard: 'alarmBlocking', target: '#deployment.Stopped', actions: 'recordAlarmStop' },
                    { target: 'Shift' },
                  ],
                },
              },
              Shifted: { type: 'final' },
            },
            onDone: {
              target: 'AfterAllowTraffic',
              actions: { type: 'setLifecycleStatus', params: { name: 'AllowTraffic', status: 'Succeeded' } },
            },
          },
          AfterAllowTraffic: {
            initial: 'Deciding',
            states: {
              Deciding: {
                always: [
                  { guard: { type: 'hasHook', params: { name: 'AfterAllowTraffic' } }, target: 'AwaitingHook' },
                  {
                    target: 'Done',
                    actions: { type: 'setLifecycleStatus', params: { name: 'AfterAllowTraffic', status: 'Skipped' } },
                  },
                ],
              },
              AwaitingHook: {
                entry: [
                  { type: 'setLifecycleStatus', params: { name: 'AfterAllowTraffic', status: 'InProgress' } },
                  { type: 'invokeHook', params: { name: 'AfterAllowTraffic' } },
                ],
                on: {
                  HOOK_REPORTED: [
                    {
                      guard: 'hookSucceeded',
                      target: 'Done',
                      actions: {
                        type: 'setLifecycleStatus',
                        params: { name: 'AfterAllowTraffic', status: 'Succeeded' },
                      },
                    },
                    {
                      target: '#deployment.Failed',
                      actions: { type: 'recordHookFailure', params: { name: 'AfterAllowTraffic' } },
                    },
                  ],
                },
                after: {
                  hookTimeout: {
                    target: '#deployment.Failed',
                    actions: { type: 'recordHookTimeout', params: { name: 'AfterAllowTraffic' } },
                  },
                },
              },
              Done: { type: 'final' },
            },
            onDone: 'End',
          },
          End: {
            entry: [
              { type: 'setLifecycleStatus', params: { name: 'End', status: 'InProgress' } },
              { type: 'setLifecycleStatus', params: { name: 'End', status: 'Succeeded' } },
            ],
            always: '#deployment.Succeeded',
          },
        },
      },
      Succeeded: { type: 'final', entry: { type: 'settle', params: { status: 'Succeeded' } } },
      Failed: { type: 'final', entry: { type: 'settle', params: { status: 'Failed' } } },
      Stopped: { type: 'final', entry: { type: 'settle', params: { status: 'Stopped' } } },
    },
  });

export type DeploymentMachine = ReturnType<typeof defineDeploymentMachine>;

let built: DeploymentMachine | undefined;

/** The deployment machine, built once, on the first call. */
export const getDeploymentMachine = (): DeploymentMachine => (built ??= defineDeploymentMachine());
