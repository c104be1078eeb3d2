import type { Narration } from '../core/eventLog';
import { documentedLengthMinutes } from './deploymentConfigs';
import { DOCS } from './docs';
import type { AliasState, DeploymentRecord } from './model';
import { MINUTE_MS } from './trafficSchedule';
import type { ErrorInformation, HookEventName, LifecycleEventName, AutoRollbackEvent } from './types';

/**
 * Everything CodeDeploy tells the learner, in one place: the event-log narration (message, the rule
 * behind it, the AWS page that states the rule), the error information a failed deployment carries
 * and its rollback messages. The service and the deployment runner decide; this module words it.
 * Tests and e2e specs match on these texts, so change them only together with those.
 */

export type { Narration } from '../core/eventLog';

/** 0.1 → "10 %", to one decimal place. */
const pct = (w: number) => `${Math.round(w * 1000) / 10} %`;

/** An exception as its SDK names it, for messages that quote a failed Lambda call. */
const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** The AWS managed policy that decides which hook functions a deployment may invoke. */
const CODEDEPLOY_LAMBDA_ROLE_POLICY =
  'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForLambda.html';

/**
 * AWS's own pages disagree on how long a linear deployment takes: the API defines the interval as the
 * time between shifts, so the last shift comes (N − 1) intervals after the first, while SAM's guide says
 * Linear10PercentEvery10Minutes "will complete traffic shifting in 100 minutes" (N intervals). The Lab
 * follows the API; this note tells the learner both figures.
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
 */
const linearLengthNote = (d: DeploymentRecord): string | undefined => {
  const linear = d.trafficRoutingConfig.timeBasedLinear;
  if (d.trafficRoutingConfig.type !== 'TimeBasedLinear' || !linear) return undefined;
  const documentedMinutes = documentedLengthMinutes(d.trafficRoutingConfig);
  const lastShift = d.plannedSchedule.at(-1)!.atMs / MINUTE_MS; // a schedule always has its final 100 % step
  return `AWS's pages disagree on a linear deployment's length: the last shift comes at ${lastShift} min (the API's "time between shifts"), while SAM's guide counts ${documentedMinutes} min (${d.plannedSchedule.length} × ${linear.linearInterval} min). Both are AWS text; the Lab shifts at ${lastShift} min.`;
};

/** The deployment runner's narration, one entry per decision of the deployment machine. */
export const RUNNER_SAYS = {
  started: (d: DeploymentRecord): Narration => {
    const note = linearLengthNote(d);
    return {
      type: 'deployment.started',
      message: `Deployment ${d.deploymentId} started: alias ${d.appSpec.alias} of ${d.appSpec.functionName} will move from version ${d.appSpec.currentVersion} to ${d.appSpec.targetVersion} with ${d.deploymentConfigName}.`,
      docUrl: DOCS.lambdaSteps,
      ...(note === undefined ? {} : { rule: note }),
    };
  },
  lifecycleSkipped: (name: LifecycleEventName): Narration => ({
    type: 'lifecycle.skipped',
    message: `${name}: no hook in the AppSpec, so nothing runs at this event.`,
    rule: 'Only BeforeAllowTraffic and AfterAllowTraffic take hooks, and only when the AppSpec names one.',
    docUrl: DOCS.hooks,
  }),
  hookInvoked: (name: HookEventName, functionName: string): Narration => ({
    type: 'hook.invoked',
    message: `${name}: CodeDeploy invoked hook ${functionName} asynchronously and now waits up to one hour for it to call PutLifecycleEventHookExecutionStatus.`,
    rule: "The hook's return value is ignored; only its PutLifecycleEventHookExecutionStatus call counts.",
    docUrl: DOCS.hooks,
  }),
  hookAccessDenied: (name: HookEventName, functionName: string): Narration => ({
    type: 'hook.access-denied',
    message: `${name}: CodeDeploy could not invoke hook ${functionName} (AccessDenied): with the AWSCodeDeployRoleForLambda managed policy it may invoke only functions named CodeDeployHook_*.`,
    rule: 'Name hook functions CodeDeployHook_*, or give the deployment group a role that may invoke them.',
    docUrl: CODEDEPLOY_LAMBDA_ROLE_POLICY,
    severity: 'error',
  }),
  trafficShifted: (d: DeploymentRecord, weight: number, stepIndex: number): Narration => {
    const total = d.plannedSchedule.length;
    const next = d.plannedSchedule[stepIndex + 1];
    const current = d.plannedSchedule[stepIndex];
    return {
      type: 'traffic.shifted',
      message: `AllowTraffic: alias ${d.appSpec.alias} now sends ${pct(weight)} of traffic to version ${d.appSpec.targetVersion} (shift ${stepIndex + 1} of ${total}, ${d.deploymentConfigName}).`,
      rule:
        next && current
          ? `Next shift after ${(next.atMs - current.atMs) / MINUTE_MS} min.`
          : 'That was the last shift: all traffic is on the target version.',
      docUrl: DOCS.configs,
    };
  },
  alarmStopped: (d: DeploymentRecord, alarmName: string, how: 'poll-failure' | 'entered' | 'found'): Narration => ({
    type: 'deployment.alarm',
    message: `Alarm ${alarmName} ${how === 'poll-failure' ? 'could not be read' : how === 'entered' ? 'entered ALARM' : 'is in ALARM'} at ${pct(d.targetVersionWeight)} → deployment ${d.deploymentId} stopped.`,
    rule:
      how === 'poll-failure'
        ? 'Unreadable alarm state stops a deployment unless ignorePollAlarmFailure is true.'
        : 'An alarm in ALARM stops the deployment; INSUFFICIENT_DATA does not.',
    docUrl: how === 'poll-failure' ? DOCS.alarmConfig : DOCS.alarms,
    severity: 'error',
  }),
  hookFailed: (d: DeploymentRecord, name: HookEventName, why: string): Narration => ({
    type: 'hook.failed',
    message: `${name} failed: ${why} → deployment ${d.deploymentId} failed.`,
    docUrl: DOCS.putHookStatus,
    severity: 'error',
  }),
  hookTimedOut: (d: DeploymentRecord, name: HookEventName, functionName: string): Narration => ({
    type: 'hook.timeout',
    message: `${name}: hook ${functionName} never reported; after one hour the event failed → deployment ${d.deploymentId} failed.`,
    rule: 'A lifecycle event fails if its hook does not report within one hour (3,600 s).',
    docUrl: DOCS.hooks,
    severity: 'error',
  }),
  lambdaError: (d: DeploymentRecord, message: string): Narration => ({
    type: 'deployment.lambda-error',
    message: `${message} → deployment ${d.deploymentId} failed.`,
    severity: 'error',
  }),
  preconditionFailed: (d: DeploymentRecord, problem: ErrorInformation): Narration => ({
    type: 'deployment.precondition',
    message: `${problem.message} → deployment ${d.deploymentId} failed before moving any traffic.`,
    rule: 'CodeDeploy shifts an alias only from a single version; a weighted alias must be reset first.',
    docUrl: DOCS.troubleshootingLambda,
    severity: 'error',
  }),
  succeeded: (d: DeploymentRecord): Narration => ({
    type: 'deployment.succeeded',
    message: `Deployment ${d.deploymentId} succeeded: alias ${d.appSpec.alias} serves version ${d.appSpec.targetVersion}. Alarms no longer affect it.`,
    severity: 'success',
    docUrl: DOCS.lambdaSteps,
  }),
  stoppedByRequest: (d: DeploymentRecord): Narration => ({
    type: 'deployment.stopped',
    message: `Deployment ${d.deploymentId} stopped by request with ${pct(d.targetVersionWeight)} of traffic on version ${d.appSpec.targetVersion}.`,
    docUrl: DOCS.stop,
    severity: 'warn',
  }),
} as const;

/**
 * The error information a failed or stopped deployment carries (DeploymentInfo.errorInformation).
 * The codes are AWS's enum; which code fits a case AWS does not document is our choice, noted at
 * each entry. https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ErrorInformation.html
 */
export const DEPLOYMENT_FAILS = {
  aliasUnreadable: (functionName: string, alias: string, e: unknown): ErrorInformation => ({
    code: 'INVALID_LAMBDA_FUNCTION',
    message: `CodeDeploy could not read alias '${alias}' of function '${functionName}' (${errorText(e)}).`,
  }),
  versionMissing: (functionName: string, version: string, e: unknown): ErrorInformation => ({
    code: 'INVALID_LAMBDA_FUNCTION',
    message: `Version ${version} of function '${functionName}' could not be found (${errorText(e)}).`,
  }),
  /** Nothing to shift between; refusing it beats a half-made alias update (AWS does not document it). */
  sameVersions: (version: string): ErrorInformation => ({
    code: 'INVALID_LAMBDA_CONFIGURATION',
    message: `CurrentVersion and TargetVersion are both ${version}: there is no traffic to shift.`,
  }),
  aliasSplit: (alias: string, state: AliasState): ErrorInformation => ({
    code: 'INVALID_LAMBDA_CONFIGURATION',
    message: `Alias '${alias}' is split between version ${state.FunctionVersion} and ${Object.entries(
      state.AdditionalVersionWeights,
    )
      .map(([v, w]) => `version ${v} (${pct(w)})`)
      .join(
        ', ',
      )}. CodeDeploy can only shift an alias that sends all traffic to one version: remove the routing configuration, then deploy again.`,
  }),
  aliasElsewhere: (alias: string, aliasVersion: string, currentVersion: string): ErrorInformation => ({
    code: 'INVALID_LAMBDA_CONFIGURATION',
    message: `Alias '${alias}' points at version ${aliasVersion}, but the AppSpec says CurrentVersion is ${currentVersion}.`,
  }),
  /** A poll failure has no code of its own in the API enum; ALARM_ACTIVE is the nearest (our choice). */
  alarm: (d: DeploymentRecord, alarmName: string, pollFailure: boolean): ErrorInformation => ({
    code: 'ALARM_ACTIVE',
    message: pollFailure
      ? `The deployment was stopped because the state of alarm ${alarmName} could not be read and ignorePollAlarmFailure is false.`
      : `The deployment was stopped because alarm ${alarmName} is in the ALARM state (${pct(d.targetVersionWeight)} of traffic was on version ${d.appSpec.targetVersion}).`,
  }),
  manualStop: (): ErrorInformation => ({
    code: 'MANUAL_STOP',
    message: 'A user stopped the deployment (StopDeployment).',
  }),
  hookFailed: (name: HookEventName, why: string): ErrorInformation => ({
    code: 'HOOK_EXECUTION_FAILURE',
    message: `The ${name} lifecycle event failed: ${why}.`,
  }),
  /**
   * AWS documents the failure but not its code: HOOK_EXECUTION_FAILURE is our choice; TIMEOUT is
   * documented as the whole deployment timing out, which is a different thing.
   */
  hookTimedOut: (name: HookEventName, functionName: string, timeoutMinutes: number): ErrorInformation => ({
    code: 'HOOK_EXECUTION_FAILURE',
    message: `The ${name} hook ${functionName} did not call PutLifecycleEventHookExecutionStatus within ${timeoutMinutes} minutes.`,
  }),
  lambdaCall: (message: string): ErrorInformation => ({ code: 'INVALID_LAMBDA_CONFIGURATION', message }),
  rollbackAliasUpdate: (alias: string, e: unknown): ErrorInformation => ({
    code: 'INVALID_LAMBDA_CONFIGURATION',
    message: `The rollback could not update alias '${alias}': ${e instanceof Error ? e.message : String(e)}`,
  }),
} as const;

/** Why a hook execution ended without a status of its own (shown beside the hook in the views). */
export const HOOK_NOTES = {
  accessDenied: (functionName: string) =>
    `CodeDeploy was not allowed to invoke ${functionName}: the AWSCodeDeployRoleForLambda policy of the service role allows lambda:InvokeFunction only on functions named CodeDeployHook_*`,
  invokeFailed: (functionName: string, e: unknown) => `CodeDeploy could not invoke ${functionName}: ${errorText(e)}`,
  reportedFailed: (functionName: string | undefined) => `hook ${functionName ?? ''} reported Failed`,
  noReport: 'no status reported within one hour',
  endedFirst: (status: string) => `the deployment ended (${status}) before the hook reported`,
  shiftFailed: (alias: string, e: unknown) => `Updating alias '${alias}' failed: ${errorText(e)}`,
  lambdaCallFailed: 'A Lambda call failed.',
} as const;

/** The service's own narration: API calls that changed something, and what happened after a deployment. */
export const SERVICE_SAYS = {
  applicationCreated: (name: string): Narration => ({
    type: 'application.created',
    message: `Created CodeDeploy application ${name} (Lambda).`,
  }),
  applicationDeleted: (name: string): Narration => ({
    type: 'application.deleted',
    message: `Deleted CodeDeploy application ${name} and its deployment groups.`,
  }),
  configCreated: (name: string): Narration => ({
    type: 'config.created',
    message: `Created deployment config ${name}.`,
    docUrl: DOCS.configs,
  }),
  groupCreated: (group: string, application: string, configName: string): Narration => ({
    type: 'group.created',
    message: `Created deployment group ${group} in ${application} (config ${configName}).`,
  }),
  groupDeleted: (group: string, application: string): Narration => ({
    type: 'group.deleted',
    message: `Deleted deployment group ${group} in ${application}.`,
  }),
  groupUpdated: (group: string): Narration => ({
    type: 'group.updated',
    message: `Updated deployment group ${group}.`,
  }),
  deploymentCreated: (d: DeploymentRecord): Narration => ({
    type: 'deployment.created',
    message: `Created deployment ${d.deploymentId} for ${d.appSpec.functionName}:${d.appSpec.alias} (version ${d.appSpec.currentVersion} → ${d.appSpec.targetVersion}).`,
  }),
  stopRequested: (deploymentId: string, autoRollbackEnabled: boolean | undefined): Narration => ({
    type: 'deployment.stop-requested',
    message: `StopDeployment requested for ${deploymentId}${autoRollbackEnabled === true ? ' with rollback' : autoRollbackEnabled === false ? ' without rollback' : ''}.`,
    docUrl: DOCS.stop,
  }),
  hookReported: (functionName: string, event: string, deploymentId: string, status: string): Narration => ({
    type: 'hook.reported',
    message: `Hook ${functionName} reported ${status} for ${event} of ${deploymentId}.`,
    docUrl: DOCS.putHookStatus,
  }),
  leftSplit: (d: DeploymentRecord): Narration => ({
    type: 'deployment.left-split',
    message: `Deployment ${d.deploymentId} ended without a rollback: alias ${d.appSpec.alias} stays split, ${Math.round(d.targetVersionWeight * 100)} % on version ${d.appSpec.targetVersion}. The next deployment will fail until the alias points at one version.`,
    docUrl: DOCS.troubleshootingLambda,
    severity: 'warn',
  }),
  rolledBack: (failed: DeploymentRecord, rollbackId: string, alias: string, version: string): Narration => ({
    type: 'deployment.rolled-back',
    message: `Deployment ${failed.deploymentId} ${failed.status === 'Stopped' ? 'stopped' : 'failed'} → rollback ${rollbackId} moved alias ${alias} back to version ${version} in one step.`,
    docUrl: DOCS.rollback,
    severity: 'warn',
  }),
  rollbackFailed: (rollbackId: string, why: string): Narration => ({
    type: 'deployment.rollback-failed',
    message: `Rollback ${rollbackId} failed: ${why}`,
    docUrl: DOCS.rollback,
    severity: 'error',
  }),
} as const;

/** DeploymentInfo.rollbackInfo.rollbackMessage and StopDeployment's statusMessage. */
export const ROLLBACK_SAYS = {
  notEnabled: (event: AutoRollbackEvent) => `No automatic rollback: ${event} is not enabled for this deployment.`,
  nothingToUndo: 'Nothing to roll back: the deployment failed before it changed the alias.',
  started: (rollbackId: string, event: AutoRollbackEvent) => `Rollback ${rollbackId} started because of ${event}.`,
  done: (rollbackId: string, alias: string, version: string) =>
    `Rolled back by ${rollbackId}: alias ${alias} is back on version ${version}.`,
  failed: (rollbackId: string) => `Rollback ${rollbackId} failed.`,
  description: (failedId: string) => `Rollback of ${failedId}`,
  stopped: (deploymentId: string) => `Deployment ${deploymentId} has been stopped.`,
} as const;
