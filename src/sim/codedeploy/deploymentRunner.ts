import { createActor, type Actor } from 'xstate';
import type { WorldContext } from '../core/context';
import {
  deploymentMachine,
  HOOK_TIMEOUT_MS,
  type DeploymentMachine,
  type DeploymentMachineEvent,
} from './deploymentMachine';
import { pollAlarms, type AlarmVerdict } from './alarmPolling';
import { cloudWatchPort, lambdaPort } from './ports';
import { documentedLengthMinutes } from './deploymentConfigs';
import { DOCS } from './docs';
import { MINUTE_MS } from './trafficSchedule';
import type { AliasState, DeploymentRecord, HookExecutionRecord } from './model';
import type { ErrorInformation, HookEventName, LifecycleEventName, LifecycleEventStatus } from './types';

export type DeploymentActor = Actor<DeploymentMachine>;

/**
 * AWS's own pages disagree on how long a linear deployment takes: the API defines the interval as the
 * time between shifts, so the last shift comes (N − 1) intervals after the first, while SAM's guide says
 * Linear10PercentEvery10Minutes "will complete traffic shifting in 100 minutes" (N intervals). The Lab
 * follows the API; this note tells the learner both figures.
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
 */
function linearLengthNote(d: DeploymentRecord): { rule?: string } {
  const linear = d.trafficRoutingConfig.timeBasedLinear;
  if (d.trafficRoutingConfig.type !== 'TimeBasedLinear' || !linear) return {};
  const lastShift = d.plannedSchedule.at(-1)!.atMs / MINUTE_MS;
  const documented = documentedLengthMinutes(d.trafficRoutingConfig);
  return {
    rule: `AWS's pages disagree on a linear deployment's length: the last shift comes at ${lastShift} min (the API's "time between shifts"), while SAM's guide counts ${documented} min (${d.plannedSchedule.length} × ${linear.linearInterval} min). Both are AWS text; the Lab shifts at ${lastShift} min.`,
  };
}

export interface RunnerHost {
  ctx: WorldContext;
  /** Called once when the deployment reaches Succeeded, Failed or Stopped. */
  onSettled(deployment: DeploymentRecord): void;
}

const pct = (w: number) => `${Math.round(w * 1000) / 10} %`;
const errorMessage = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** Reads the alias as a plain {version, weights} pair. */
export function readAlias(ctx: WorldContext, functionName: string, alias: string): AliasState {
  const view = lambdaPort(ctx).getAlias({ FunctionName: functionName, Name: alias });
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
  const { ctx } = host;
  const now = () => ctx.scheduler.now();
  const refs = {
    deploymentId: d.deploymentId,
    functionName: d.appSpec.functionName,
    alias: d.appSpec.alias,
    applicationName: d.applicationName,
    deploymentGroupName: d.deploymentGroupName,
  };
  const log = (
    type: string,
    message: string,
    extra: { rule?: string; docUrl?: string; severity?: 'info' | 'warn' | 'error' | 'success' } = {},
  ) => ctx.log.add({ service: 'codedeploy', type, message, refs, ...extra });
  // The actor is created last; actions that report back to it (invoke failures) run only after.
  const self: { actor?: DeploymentActor } = {};
  const send = (event: DeploymentMachineEvent) => self.actor?.send(event);

  // Guards may be evaluated more than once in one step; poll at most once per time and trigger.
  let lastPoll: { key: string; verdict: AlarmVerdict } | undefined;
  const poll = (trigger: string): AlarmVerdict => {
    const key = `${now()}:${trigger}`;
    if (lastPoll?.key === key) return lastPoll.verdict;
    const verdict = pollAlarms(cloudWatchPort(ctx), d, now(), trigger);
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
   * the alias is fixed (spec §3.4). The error codes are our choice among the API's enum (INF):
   * INVALID_LAMBDA_FUNCTION for things that do not exist, INVALID_LAMBDA_CONFIGURATION for an alias
   * in the wrong shape. https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-deployments-lambda.html
   */
  const checkPreconditions = (): ErrorInformation | undefined => {
    if (preconditionChecked) return preconditionProblem;
    preconditionChecked = true;
    const { functionName, alias, currentVersion, targetVersion } = d.appSpec;
    const lambda = lambdaPort(ctx);
    let state: AliasState;
    try {
      state = readAlias(ctx, functionName, alias);
    } catch (e) {
      return (preconditionProblem = {
        code: 'INVALID_LAMBDA_FUNCTION',
        message: `CodeDeploy could not read alias '${alias}' of function '${functionName}' (${errorMessage(e)}).`,
      });
    }
    for (const v of [currentVersion, targetVersion]) {
      try {
        lambda.getFunctionConfiguration?.({ FunctionName: functionName, Qualifier: v });
      } catch (e) {
        return (preconditionProblem = {
          code: 'INVALID_LAMBDA_FUNCTION',
          message: `Version ${v} of function '${functionName}' could not be found (${errorMessage(e)}).`,
        });
      }
    }
    // Nothing to shift between; refusing it beats a half-made alias update (INF: AWS does not document it).
    if (currentVersion === targetVersion)
      return (preconditionProblem = {
        code: 'INVALID_LAMBDA_CONFIGURATION',
        message: `CurrentVersion and TargetVersion are both ${currentVersion}: there is no traffic to shift.`,
      });
    const weights = Object.entries(state.AdditionalVersionWeights);
    if (weights.length > 0)
      return (preconditionProblem = {
        code: 'INVALID_LAMBDA_CONFIGURATION',
        message: `Alias '${alias}' is split between version ${state.FunctionVersion} and ${weights.map(([v, w]) => `version ${v} (${pct(w)})`).join(', ')}. CodeDeploy can only shift an alias that sends all traffic to one version: remove the routing configuration, then deploy again.`,
      });
    if (state.FunctionVersion !== currentVersion)
      return (preconditionProblem = {
        code: 'INVALID_LAMBDA_CONFIGURATION',
        message: `Alias '${alias}' points at version ${state.FunctionVersion}, but the AppSpec says CurrentVersion is ${currentVersion}.`,
      });
    return undefined;
  };

  const machine = deploymentMachine.provide({
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
          log(
            'deployment.started',
            `Deployment ${d.deploymentId} started: alias ${d.appSpec.alias} of ${d.appSpec.functionName} will move from version ${d.appSpec.currentVersion} to ${d.appSpec.targetVersion} with ${d.deploymentConfigName}.`,
            { docUrl: DOCS.lambdaSteps, ...linearLengthNote(d) },
          );
        }
        if (status === 'Skipped')
          log('lifecycle.skipped', `${name}: no hook in the AppSpec, so nothing runs at this event.`, {
            rule: 'Only BeforeAllowTraffic and AfterAllowTraffic take hooks, and only when the AppSpec names one.',
            docUrl: DOCS.hooks,
          });
      },
      recordAliasBeforeShift: () => {
        try {
          d.aliasBefore = readAlias(ctx, d.appSpec.functionName, d.appSpec.alias);
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
        log(
          'hook.invoked',
          `${name}: CodeDeploy invoked hook ${functionName} asynchronously and now waits up to one hour for it to call PutLifecycleEventHookExecutionStatus.`,
          {
            rule: "The hook's return value is ignored; only its PutLifecycleEventHookExecutionStatus call counts.",
            docUrl: DOCS.hooks,
          },
        );
        // AWSCodeDeployRoleForLambda (the managed policy AWS documents for Lambda deployments, and the one
        // SAM's generated CodeDeployServiceRole carries) allows lambda:InvokeFunction only on
        // arn:aws:lambda:*:*:function:CodeDeployHook_*. IAM is not modelled, so every service role is taken
        // to carry just that policy (our choice): another name is denied and the lifecycle event fails.
        // https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForLambda.html
        if (!functionName.startsWith('CodeDeployHook_')) {
          execution.status = 'Failed';
          execution.reportedAt = now();
          execution.note = `CodeDeploy was not allowed to invoke ${functionName}: the AWSCodeDeployRoleForLambda policy of the service role allows lambda:InvokeFunction only on functions named CodeDeployHook_*`;
          log(
            'hook.access-denied',
            `${name}: CodeDeploy could not invoke hook ${functionName} (AccessDenied): with the AWSCodeDeployRoleForLambda managed policy it may invoke only functions named CodeDeployHook_*.`,
            {
              rule: 'Name hook functions CodeDeployHook_*, or give the deployment group a role that may invoke them.',
              docUrl: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForLambda.html',
              severity: 'error',
            },
          );
          send({ type: 'HOOK_REPORTED', status: 'Failed' });
          return;
        }
        try {
          lambdaPort(ctx).invoke({
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
          execution.note = `CodeDeploy could not invoke ${functionName}: ${errorMessage(e)}`;
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
            lambdaPort(ctx).updateAlias({
              FunctionName: functionName,
              Name: alias,
              FunctionVersion: targetVersion,
              RoutingConfig: { AdditionalVersionWeights: {} },
            });
          else
            lambdaPort(ctx).updateAlias({
              FunctionName: functionName,
              Name: alias,
              FunctionVersion: currentVersion,
              RoutingConfig: { AdditionalVersionWeights: { [targetVersion]: weight } },
            });
        } catch (e) {
          // Checked synchronously by the shiftFailed guard, so a failed last shift can never be followed by success.
          shiftError = `Updating alias '${alias}' failed: ${errorMessage(e)}`;
          return;
        }
        d.weightHistory.push({ time: now(), weight });
        d.targetVersionWeight = weight;
        const total = d.plannedSchedule.length;
        log(
          'traffic.shifted',
          `AllowTraffic: alias ${alias} now sends ${pct(weight)} of traffic to version ${targetVersion} (shift ${stepIndex + 1} of ${total}, ${d.deploymentConfigName}).`,
          {
            rule:
              stepIndex + 1 < total
                ? `Next shift after ${(d.plannedSchedule[stepIndex + 1].atMs - d.plannedSchedule[stepIndex].atMs) / MINUTE_MS} min.`
                : 'That was the last shift: all traffic is on the target version.',
            docUrl: DOCS.configs,
          },
        );
      },
      recordAlarmStop: ({ event }) => {
        const alarm = event.type === 'ALARM' ? { alarmName: event.alarmName, reason: event.reason } : pendingAlarm;
        const name = alarm?.alarmName ?? 'unknown';
        // A poll failure has no code of its own in the API enum; ALARM_ACTIVE is the nearest (INF).
        const message =
          alarm?.reason === 'POLL_FAILURE'
            ? `The deployment was stopped because the state of alarm ${name} could not be read and ignorePollAlarmFailure is false.`
            : `The deployment was stopped because alarm ${name} is in the ALARM state (${pct(d.targetVersionWeight)} of traffic was on version ${d.appSpec.targetVersion}).`;
        fail({ code: 'ALARM_ACTIVE', message });
        const what =
          alarm?.reason === 'POLL_FAILURE'
            ? 'could not be read'
            : event.type === 'ALARM'
              ? 'entered ALARM'
              : 'is in ALARM';
        log(
          'deployment.alarm',
          `Alarm ${name} ${what} at ${pct(d.targetVersionWeight)} → deployment ${d.deploymentId} stopped.`,
          {
            rule:
              alarm?.reason === 'POLL_FAILURE'
                ? 'Unreadable alarm state stops a deployment unless ignorePollAlarmFailure is true.'
                : 'An alarm in ALARM stops the deployment; INSUFFICIENT_DATA does not.',
            docUrl: alarm?.reason === 'POLL_FAILURE' ? DOCS.alarmConfig : DOCS.alarms,
            severity: 'error',
          },
        );
      },
      recordManualStop: () => {
        fail({ code: 'MANUAL_STOP', message: 'A user stopped the deployment (StopDeployment).' });
      },
      recordHookFailure: (_, { name }: { name: HookEventName }) => {
        const execution = d.hookExecutions.filter((x) => x.lifecycleEventName === name).at(-1);
        const why = execution?.note ?? `hook ${execution?.functionName ?? ''} reported Failed`;
        fail({ code: 'HOOK_EXECUTION_FAILURE', message: `The ${name} lifecycle event failed: ${why}.` });
        log('hook.failed', `${name} failed: ${why} → deployment ${d.deploymentId} failed.`, {
          docUrl: DOCS.putHookStatus,
          severity: 'error',
        });
      },
      recordHookTimeout: (_, { name }: { name: HookEventName }) => {
        const execution = pendingExecution(name);
        if (execution) {
          execution.status = 'Failed';
          execution.note = 'no status reported within one hour';
        }
        // AWS documents the failure but not its code: HOOK_EXECUTION_FAILURE is our choice (INF, spec §2.3);
        // TIMEOUT is documented as the whole deployment timing out, which is a different thing.
        fail({
          code: 'HOOK_EXECUTION_FAILURE',
          message: `The ${name} hook ${execution?.functionName ?? ''} did not call PutLifecycleEventHookExecutionStatus within ${HOOK_TIMEOUT_MS / MINUTE_MS} minutes.`,
        });
        log(
          'hook.timeout',
          `${name}: hook ${execution?.functionName ?? ''} never reported; after one hour the event failed → deployment ${d.deploymentId} failed.`,
          {
            rule: 'A lifecycle event fails if its hook does not report within one hour (3,600 s).',
            docUrl: DOCS.hooks,
            severity: 'error',
          },
        );
      },
      recordLambdaError: ({ event }) => {
        const message = event.type === 'LAMBDA_ERROR' ? event.message : (shiftError ?? 'A Lambda call failed.');
        fail({ code: 'INVALID_LAMBDA_CONFIGURATION', message });
        log('deployment.lambda-error', `${message} → deployment ${d.deploymentId} failed.`, { severity: 'error' });
      },
      recordPreconditionFailure: () => {
        const problem = checkPreconditions()!;
        fail(problem);
        log(
          'deployment.precondition',
          `${problem.message} → deployment ${d.deploymentId} failed before moving any traffic.`,
          {
            rule: 'CodeDeploy shifts an alias only from a single version; a weighted alias must be reset first.',
            docUrl: DOCS.troubleshootingLambda,
            severity: 'error',
          },
        );
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
          if (x.status === 'Pending' && status !== 'Succeeded')
            x.note ??= `the deployment ended (${status}) before the hook reported`;
        d.targetStatus = status === 'Succeeded' ? 'Succeeded' : 'Failed';
        if (status === 'Succeeded')
          log(
            'deployment.succeeded',
            `Deployment ${d.deploymentId} succeeded: alias ${d.appSpec.alias} serves version ${d.appSpec.targetVersion}. Alarms no longer affect it.`,
            { severity: 'success', docUrl: DOCS.lambdaSteps },
          );
        else if (status === 'Stopped' && d.errorInformation?.code === 'MANUAL_STOP')
          log(
            'deployment.stopped',
            `Deployment ${d.deploymentId} stopped by request with ${pct(d.targetVersionWeight)} of traffic on version ${d.appSpec.targetVersion}.`,
            { docUrl: DOCS.stop, severity: 'warn' },
          );
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
