import { createActor, type Actor } from 'xstate';
import type { WorldContext } from '../core/context';
import {
  getDeploymentMachine,
  HOOK_TIMEOUT_MS,
  type DeploymentMachine,
  type DeploymentMachineEvent,
} from './deploymentMachineDefinition';
import { pollAlarms, type AlarmVerdict } from './alarmPolling';
import type { LambdaPort } from './ports';
import { DEPLOYMENT_FAILS, HOOK_NOTES, RUNNER_SAYS, type Narration } from './narration';
import { MINUTE_MS } from './trafficSchedule';
import type { AliasState, DeploymentRecord, HookExecutionRecord } from './model';
import type { ErrorInformation, HookEventName, LifecycleEventName, LifecycleEventStatus } from './types';

export type DeploymentActor = Actor<DeploymentMachine>;

export interface RunnerHost {
  ctx: WorldContext;
  /** The Lambda calls CodeDeploy makes, built once by the service. */
  lambda: LambdaPort;
  /** Called once when the deployment reaches Succeeded, Failed or Stopped. */
  onSettled(deployment: DeploymentRecord): void;
}

/** Reads the alias as a plain {version, weights} pair. */
function readAlias(lambda: LambdaPort, functionName: string, alias: string): AliasState {
  const view = lambda.getAlias({ FunctionName: functionName, Name: alias });
  return {
    FunctionVersion: String(view.FunctionVersion),
    AdditionalVersionWeights: { ...(view.RoutingConfig?.AdditionalVersionWeights ?? {}) },
  };
}

/**
 * Creates the xstate actor of one deployment on the world clock and wires the machine's named
 * actions and guards to Lambda, CloudWatch, the event log and the deployment record.
 */
export function createDeploymentActor(host: RunnerHost, d: DeploymentRecord): DeploymentActor {
  const { ctx, lambda } = host;
  const now = () => ctx.scheduler.now();
  const refs = {
    deploymentId: d.deploymentId,
    functionName: d.appSpec.functionName,
    alias: d.appSpec.alias,
    applicationName: d.applicationName,
    deploymentGroupName: d.deploymentGroupName,
  };
  const log = ({ type, message, ...rest }: Narration) =>
    ctx.log.add({ service: 'codedeploy', type, message, refs, ...rest });
  // The actor is created last; actions that report back to it (invoke failures) run only after.
  const self: { actor?: DeploymentActor } = {};
  const send = (event: DeploymentMachineEvent) => self.actor?.send(event);

  // Guards may be evaluated more than once in one step; poll at most once per time and trigger.
  let lastPoll: { key: string; verdict: AlarmVerdict } | undefined;
  const poll = (trigger: string): AlarmVerdict => {
    const key = `${now()}:${trigger}`;
    if (lastPoll?.key === key) return lastPoll.verdict;
    const verdict = pollAlarms(ctx.ports.alarms, d, now(), trigger);
    if (verdict.check) d.alarmChecks.push(verdict.check);
    lastPoll = { key, verdict };
    return verdict;
  };
  let pendingAlarm: AlarmVerdict['block'];
  let preconditionProblem: ErrorInformation | undefined;
  let preconditionChecked = false;
  let shiftError: string | undefined;

  const lifecycle = (name: LifecycleEventName) => d.lifecycleEvents.find((e) => e.lifecycleEventName === name)!;
  const fail = (info: ErrorInformation) => {
    d.errorInformation ??= info;
  };
  const pendingExecution = (name: HookEventName): HookExecutionRecord | undefined =>
    d.hookExecutions.find((x) => x.lifecycleEventName === name && x.status === 'Pending');

  /**
   * Before moving any traffic, the alias must point at CurrentVersion with no extra weights and both
   * versions must exist. A split left by a stop without rollback makes later deployments fail until
   * the alias is fixed. The error codes are our choice among the API's enum (AWS does not say):
   * INVALID_LAMBDA_FUNCTION for things that do not exist, INVALID_LAMBDA_CONFIGURATION for an alias
   * in the wrong shape. https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-deployments-lambda.html
   */
  const checkPreconditions = (): ErrorInformation | undefined => {
    if (preconditionChecked) return preconditionProblem;
    preconditionChecked = true;
    const { functionName, alias, currentVersion, targetVersion } = d.appSpec;
    let state: AliasState;
    try {
      state = readAlias(lambda, functionName, alias);
    } catch (e) {
      return (preconditionProblem = DEPLOYMENT_FAILS.aliasUnreadable(functionName, alias, e));
    }
    for (const v of [currentVersion, targetVersion]) {
      try {
        lambda.getFunctionConfiguration?.({ FunctionName: functionName, Qualifier: v });
      } catch (e) {
        return (preconditionProblem = DEPLOYMENT_FAILS.versionMissing(functionName, v, e));
      }
    }
    if (currentVersion === targetVersion) return (preconditionProblem = DEPLOYMENT_FAILS.sameVersions(currentVersion));
    if (Object.keys(state.AdditionalVersionWeights).length > 0)
      return (preconditionProblem = DEPLOYMENT_FAILS.aliasSplit(alias, state));
    if (state.FunctionVersion !== currentVersion)
      return (preconditionProblem = DEPLOYMENT_FAILS.aliasElsewhere(alias, state.FunctionVersion, currentVersion));
    return undefined;
  };

  const machine = getDeploymentMachine().provide({
    guards: {
      alarmBlocking: ({ event }) => {
        const verdict = poll(
          event.type.startsWith('xstate.after') ? 'before-shift' : event.type === 'START' ? 'start' : 'before-traffic',
        );
        pendingAlarm = verdict.block;
        return verdict.block !== undefined;
      },
      preconditionFails: () => checkPreconditions() !== undefined,
      shiftFailed: () => shiftError !== undefined,
    },
    actions: {
      setLifecycleStatus: (_, { name, status }: { name: LifecycleEventName; status: LifecycleEventStatus }) => {
        const e = lifecycle(name);
        if (status === 'InProgress') e.startTime = now();
        else {
          e.startTime ??= now();
          e.endTime = now();
        }
        e.status = status;
        if (name === 'Start' && status === 'InProgress') {
          d.status = 'InProgress';
          d.startTime = now();
          d.targetStatus = 'InProgress';
          log(RUNNER_SAYS.started(d));
        }
        if (status === 'Skipped') log(RUNNER_SAYS.lifecycleSkipped(name));
      },
      recordAliasBeforeShift: () => {
        try {
          d.aliasBefore = readAlias(lambda, d.appSpec.functionName, d.appSpec.alias);
        } catch {
          // Already validated at Start; if the alias vanished, the next Lambda call fails the deployment.
        }
      },
      invokeHook: (_, { name }: { name: HookEventName }) => {
        const functionName = d.appSpec.hooks[name]!;
        const execution: HookExecutionRecord = {
          lifecycleEventHookExecutionId: ctx.ids.uuid(),
          lifecycleEventName: name,
          functionName,
          invokedAt: now(),
          status: 'Pending',
        };
        d.hookExecutions.push(execution);
        log(RUNNER_SAYS.hookInvoked(name, functionName));
        // AWSCodeDeployRoleForLambda (the managed policy AWS documents for Lambda deployments, and the one
        // SAM's generated CodeDeployServiceRole carries) allows lambda:InvokeFunction only on
        // arn:aws:lambda:*:*:function:CodeDeployHook_*. IAM is not modelled, so every service role is taken
        // to carry just that policy (our choice): another name is denied and the lifecycle event fails.
        // https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForLambda.html
        if (!functionName.startsWith('CodeDeployHook_')) {
          execution.status = 'Failed';
          execution.reportedAt = now();
          execution.note = HOOK_NOTES.accessDenied(functionName);
          log(RUNNER_SAYS.hookAccessDenied(name, functionName));
          send({ type: 'HOOK_REPORTED', status: 'Failed' });
          return;
        }
        try {
          lambda.invoke({
            FunctionName: functionName,
            InvocationType: 'Event',
            Payload: JSON.stringify({
              DeploymentId: d.deploymentId,
              LifecycleEventHookExecutionId: execution.lifecycleEventHookExecutionId,
            }),
          });
        } catch (e) {
          execution.status = 'Failed';
          execution.reportedAt = now();
          execution.note = HOOK_NOTES.invokeFailed(functionName, e);
          send({ type: 'HOOK_REPORTED', status: 'Failed' });
        }
      },
      shiftTraffic: (_, { weight, stepIndex }: { weight: number; stepIndex: number }) => {
        const { functionName, alias, currentVersion, targetVersion } = d.appSpec;
        if (stepIndex === 0) d.allowTrafficStartTime = now();
        try {
          // Between shifts the alias keeps CurrentVersion as its main version and routes `weight` to
          // the target; the last shift makes the target the main version with no routing config.
          if (weight >= 1)
            lambda.updateAlias({
              FunctionName: functionName,
              Name: alias,
              FunctionVersion: targetVersion,
              RoutingConfig: { AdditionalVersionWeights: {} },
            });
          else
            lambda.updateAlias({
              FunctionName: functionName,
              Name: alias,
              FunctionVersion: currentVersion,
              RoutingConfig: { AdditionalVersionWeights: { [targetVersion]: weight } },
            });
        } catch (e) {
          // Checked synchronously by the shiftFailed guard, so a failed last shift can never be followed by success.
          shiftError = HOOK_NOTES.shiftFailed(alias, e);
          return;
        }
        d.weightHistory.push({ time: now(), weight });
        d.targetVersionWeight = weight;
        log(RUNNER_SAYS.trafficShifted(d, weight, stepIndex));
      },
      recordAlarmStop: ({ event }) => {
        const alarm = event.type === 'ALARM' ? { alarmName: event.alarmName, reason: event.reason } : pendingAlarm;
        const name = alarm?.alarmName ?? 'unknown';
        const pollFailure = alarm?.reason === 'POLL_FAILURE';
        fail(DEPLOYMENT_FAILS.alarm(d, name, pollFailure));
        log(
          RUNNER_SAYS.alarmStopped(
            d,
            name,
            pollFailure ? 'poll-failure' : event.type === 'ALARM' ? 'entered' : 'found',
          ),
        );
      },
      recordManualStop: () => {
        fail(DEPLOYMENT_FAILS.manualStop());
      },
      recordHookFailure: (_, { name }: { name: HookEventName }) => {
        const execution = d.hookExecutions.filter((x) => x.lifecycleEventName === name).at(-1);
        const why = execution?.note ?? HOOK_NOTES.reportedFailed(execution?.functionName);
        fail(DEPLOYMENT_FAILS.hookFailed(name, why));
        log(RUNNER_SAYS.hookFailed(d, name, why));
      },
      recordHookTimeout: (_, { name }: { name: HookEventName }) => {
        const execution = pendingExecution(name);
        if (execution) {
          execution.status = 'Failed';
          execution.note = HOOK_NOTES.noReport;
        }
        const functionName = execution?.functionName ?? '';
        fail(DEPLOYMENT_FAILS.hookTimedOut(name, functionName, HOOK_TIMEOUT_MS / MINUTE_MS));
        log(RUNNER_SAYS.hookTimedOut(d, name, functionName));
      },
      recordLambdaError: ({ event }) => {
        const message = event.type === 'LAMBDA_ERROR' ? event.message : (shiftError ?? HOOK_NOTES.lambdaCallFailed);
        fail(DEPLOYMENT_FAILS.lambdaCall(message));
        log(RUNNER_SAYS.lambdaError(d, message));
      },
      recordPreconditionFailure: () => {
        const problem = checkPreconditions()!;
        fail(problem);
        log(RUNNER_SAYS.preconditionFailed(d, problem));
      },
      settle: (_, { status }: { status: 'Succeeded' | 'Failed' | 'Stopped' }) => {
        d.status = status;
        d.completeTime = now();
        for (const e of d.lifecycleEvents) {
          if (e.status === 'InProgress') {
            e.status = status === 'Succeeded' ? 'Succeeded' : 'Failed';
            e.endTime = now();
          } else if (e.status === 'Pending') e.status = 'Skipped';
        }
        for (const x of d.hookExecutions)
          if (x.status === 'Pending' && status !== 'Succeeded') x.note ??= HOOK_NOTES.endedFirst(status);
        d.targetStatus = status === 'Succeeded' ? 'Succeeded' : 'Failed';
        if (status === 'Succeeded') log(RUNNER_SAYS.succeeded(d));
        else if (status === 'Stopped' && d.errorInformation?.code === 'MANUAL_STOP')
          log(RUNNER_SAYS.stoppedByRequest(d));
        host.onSettled(d);
      },
    },
  });

  const actor = createActor(machine, {
    clock: ctx.scheduler,
    input: {
      routingType: d.trafficRoutingConfig.type,
      weights: d.plannedSchedule.map((s) => s.weight),
      canaryIntervalMs: (d.trafficRoutingConfig.timeBasedCanary?.canaryInterval ?? 0) * MINUTE_MS,
      linearIntervalMs: (d.trafficRoutingConfig.timeBasedLinear?.linearInterval ?? 0) * MINUTE_MS,
      hooks: d.appSpec.hooks,
    },
  });
  self.actor = actor;
  return actor;
}
