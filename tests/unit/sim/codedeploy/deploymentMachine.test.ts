import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  deploymentMachine,
  HOOK_TIMEOUT_MS,
  type DeploymentMachineInput,
} from '../../../../src/sim/codedeploy/deploymentMachine';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-configure-advanced-options.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html

const canaryInput: DeploymentMachineInput = {
  routingType: 'TimeBasedCanary',
  weights: [0.1, 1],
  canaryIntervalMs: 5 * 60_000,
  linearIntervalMs: 0,
  hooks: { BeforeAllowTraffic: 'CodeDeployHook_pre', AfterAllowTraffic: 'CodeDeployHook_post' },
};
const linearInput: DeploymentMachineInput = {
  routingType: 'TimeBasedLinear',
  weights: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
  canaryIntervalMs: 0,
  linearIntervalMs: 60_000,
  hooks: {},
};
const events = [
  { type: 'START' as const },
  { type: 'HOOK_REPORTED' as const, status: 'Succeeded' as const },
  { type: 'HOOK_REPORTED' as const, status: 'Failed' as const },
  { type: 'ALARM' as const, alarmName: 'errors', reason: 'ALARM' as const },
  { type: 'STOP' as const },
  { type: 'LAMBDA_ERROR' as const, message: 'alias deleted' },
  // Delayed transitions are events named xstate.after.<delay>.<state id>; a traversal given an
  // explicit event list must include them to walk timers.
  ...[
    'hookTimeout.deployment.InProgress.BeforeAllowTraffic.AwaitingHook',
    'hookTimeout.deployment.InProgress.AfterAllowTraffic.AwaitingHook',
    'canaryInterval.deployment.InProgress.AllowTraffic.CanaryWait',
    'linearInterval.deployment.InProgress.AllowTraffic.LinearWait',
  ].map((t) => ({ type: `xstate.after.${t}` }) as unknown as { type: 'STOP' }),
];

const leaf = (value: unknown): string =>
  typeof value === 'string' ? value : Object.entries(value as object).map(([k, v]) => `${k}.${leaf(v)}`)[0]!;
const finalOf = (path: { state: { value: unknown } }) => leaf(path.state.value);
/** The top-level lifecycle event a state value is in (Start, BeforeAllowTraffic, …). */
const lifecycleOf = (value: unknown) => leaf(value).split('.')[1];

describe('deployment machine paths (xstate/graph)', () => {
  it('reaches every state, including each of Succeeded, Failed and Stopped, with hooks and a canary config', () => {
    const reached = new Set(getShortestPaths(deploymentMachine, { input: canaryInput, events }).map(finalOf));
    for (const s of [
      'Created',
      'InProgress.BeforeAllowTraffic.AwaitingHook',
      'InProgress.AllowTraffic.CanaryWait',
      'InProgress.AfterAllowTraffic.AwaitingHook',
      'Succeeded',
      'Failed',
      'Stopped',
    ])
      expect(reached).toContain(s);
  });

  it('reaches Succeeded only through Start → BeforeAllowTraffic → AllowTraffic → AfterAllowTraffic in that order', () => {
    const paths = getSimplePaths(deploymentMachine, { input: canaryInput, events }).filter(
      (p) => finalOf(p) === 'Succeeded',
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      const order = p.steps.map((s) => lifecycleOf(s.state.value)).filter((x, i, all) => x && x !== all[i - 1]);
      expect(order).toEqual(['BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic']);
    }
  });

  it('needs exactly one canary wait for a canary config and nine linear waits for Linear10PercentEvery1Minute', () => {
    const canary = getShortestPaths(deploymentMachine, { input: canaryInput, events }).find(
      (p) => finalOf(p) === 'Succeeded',
    )!;
    expect(canary.steps.filter((s) => s.event.type.startsWith('xstate.after.canaryInterval'))).toHaveLength(1);
    const linear = getShortestPaths(deploymentMachine, { input: linearInput, events }).find(
      (p) => finalOf(p) === 'Succeeded',
    )!;
    expect(linear.steps.filter((s) => s.event.type.startsWith('xstate.after.linearInterval'))).toHaveLength(9);
  });

  it('fails, and never succeeds, when a hook reports Failed or times out', () => {
    const paths = getSimplePaths(deploymentMachine, { input: canaryInput, events });
    const viaHookFailure = paths.filter((p) =>
      p.steps.some((s) => s.event.type === 'HOOK_REPORTED' && 'status' in s.event && s.event.status === 'Failed'),
    );
    expect(viaHookFailure.length).toBeGreaterThan(0);
    for (const p of viaHookFailure) expect(finalOf(p)).toBe('Failed');
    const viaTimeout = paths.filter((p) => p.steps.some((s) => s.event.type.startsWith('xstate.after.hookTimeout')));
    expect(viaTimeout.length).toBeGreaterThan(0);
    for (const p of viaTimeout) expect(finalOf(p)).toBe('Failed');
  });

  it('ends Stopped on every path that sees ALARM or STOP', () => {
    for (const p of getSimplePaths(deploymentMachine, { input: linearInput, events }))
      if (p.steps.some((s) => s.event.type === 'ALARM' || s.event.type === 'STOP')) expect(finalOf(p)).toBe('Stopped');
  });

  it('with an alarm already active at start, can only reach Stopped and never AllowTraffic', () => {
    const machine = deploymentMachine.provide({ guards: { alarmBlocking: () => true } });
    const paths = getShortestPaths(machine, { input: canaryInput, events });
    const finals = new Set(paths.map(finalOf));
    expect(finals).toEqual(new Set(['Created', 'Stopped']));
  });

  it('with a split alias (failed precondition), can only reach Failed, before any traffic moves', () => {
    const machine = deploymentMachine.provide({ guards: { preconditionFails: () => true } });
    expect(new Set(getShortestPaths(machine, { input: canaryInput, events }).map(finalOf))).toEqual(
      new Set(['Created', 'Failed']),
    );
  });

  it('with an alias update that fails, fails at the first shift and never succeeds', () => {
    const machine = deploymentMachine.provide({ guards: { shiftFailed: () => true } });
    const finals = new Set(getShortestPaths(machine, { input: { ...canaryInput, hooks: {} }, events }).map(finalOf));
    expect(finals).toEqual(new Set(['Created', 'Failed']));
  });

  it('skips straight to AllowTraffic when the AppSpec has no hooks', () => {
    const reached = new Set(getShortestPaths(deploymentMachine, { input: linearInput, events }).map(finalOf));
    expect(reached).not.toContain('InProgress.BeforeAllowTraffic.AwaitingHook');
    expect(reached).not.toContain('InProgress.AfterAllowTraffic.AwaitingHook');
  });
});

describe('deployment machine timing (named delays on a simulated clock)', () => {
  it('fails the BeforeAllowTraffic event exactly one hour after the hook was invoked', () => {
    const clock = new SimulatedClock();
    const actor = createActor(deploymentMachine, { clock, input: canaryInput }).start();
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().value).toEqual({ InProgress: { BeforeAllowTraffic: 'AwaitingHook' } });
    clock.increment(HOOK_TIMEOUT_MS - 1);
    expect(actor.getSnapshot().status).toBe('active');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('Failed');
  });

  it('waits canaryInterval between the two canary shifts', () => {
    const clock = new SimulatedClock();
    const shifts: number[] = [];
    const machine = deploymentMachine.provide({
      actions: { shiftTraffic: (_, p: { weight: number }) => void shifts.push(p.weight) },
    });
    const actor = createActor(machine, { clock, input: { ...canaryInput, hooks: {} } }).start();
    actor.send({ type: 'START' });
    expect(shifts).toEqual([0.1]);
    clock.increment(5 * 60_000 - 1);
    expect(shifts).toEqual([0.1]);
    clock.increment(1);
    expect(shifts).toEqual([0.1, 1]);
    expect(actor.getSnapshot().value).toBe('Succeeded');
  });
});
