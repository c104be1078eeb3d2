import { describe, expect, it } from 'vitest';
import { appSpec, errorName, standardSetup } from './fakeWorld';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
// https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-configure-advanced-options.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-stop.html

const MIN = 60_000;
const CANARY5 = 'CodeDeployDefault.LambdaCanary10Percent5Minutes';
const ALL_EVENTS = {
  enabled: true,
  events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'] as (
    'DEPLOYMENT_FAILURE' | 'DEPLOYMENT_STOP_ON_ALARM' | 'DEPLOYMENT_STOP_ON_REQUEST'
  )[],
};

describe('traffic shifting on the world clock', () => {
  it('Canary10Percent5Minutes keeps 10 % on the new version until exactly 5 minutes, then moves all of it', () => {
    const w = standardSetup({ deploymentConfigName: CANARY5 });
    const id = w.deploy();
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: { '2': 0.1 } });
    w.advance(5 * MIN - 1);
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: { '2': 0.1 } });
    expect(w.target(id).lambdaFunctionInfo.targetVersionWeight).toBe(0.1);
    w.advance(1);
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '2', weights: {} });
    expect(w.info(id).status).toBe('Succeeded');
  });

  it('records the planned schedule and the actual weight history for the Lab', () => {
    const w = standardSetup({ deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute' });
    const id = w.deploy();
    w.advance(20 * MIN);
    const d = w.codedeploy.snapshot().deployments.find((x) => x.deploymentId === id)!;
    const t0 = d.allowTrafficStartTime!;
    expect(d.weightHistory).toEqual(d.plannedSchedule.map((s) => ({ time: t0 + s.atMs, weight: s.weight })));
    expect(d.weightHistory.at(-1)).toEqual({ time: t0 + 9 * MIN, weight: 1 });
  });

  it('runs the lifecycle events in AWS order and reports them on the Lambda target', () => {
    const w = standardSetup({ deploymentConfigName: CANARY5 });
    w.lambda.hooks.set('CodeDeployHook_pre', { reports: 'Succeeded', afterMs: 20_000 });
    w.lambda.hooks.set('CodeDeployHook_post', { reports: 'Succeeded', afterMs: 30_000 });
    const id = w.deploy({ spec: appSpec({ before: 'CodeDeployHook_pre', after: 'CodeDeployHook_post' }) });
    w.advance(10 * MIN);
    const t = w.target(id);
    expect(t.lifecycleEvents.map((e) => [e.lifecycleEventName, e.status])).toEqual([
      ['Start', 'Succeeded'],
      ['BeforeAllowTraffic', 'Succeeded'],
      ['AllowTraffic', 'Succeeded'],
      ['AfterAllowTraffic', 'Succeeded'],
      ['End', 'Succeeded'],
    ]);
    const [, before, allow, after] = t.lifecycleEvents;
    expect(before!.endTime!.getTime() - before!.startTime!.getTime()).toBe(20_000);
    expect(allow!.startTime!.getTime()).toBe(before!.endTime!.getTime());
    expect(allow!.endTime!.getTime() - allow!.startTime!.getTime()).toBe(5 * MIN);
    expect(after!.endTime!.getTime() - after!.startTime!.getTime()).toBe(30_000);
    expect(t.lambdaFunctionInfo).toEqual({
      functionName: 'orders',
      functionAlias: 'live',
      currentVersion: '1',
      targetVersion: '2',
      targetVersionWeight: 1,
    });
    expect(w.info(id).deploymentOverview.Succeeded).toBe(1);
  });
});

describe('hooks', () => {
  it('invokes the hook asynchronously with only DeploymentId and LifecycleEventHookExecutionId', () => {
    const w = standardSetup();
    const id = w.deploy({ spec: appSpec({ before: 'CodeDeployHook_pre' }) });
    expect(w.lambda.invocations).toHaveLength(1);
    const call = w.lambda.invocations[0];
    expect(call!.InvocationType).toBe('Event');
    expect(call!.FunctionName).toBe('CodeDeployHook_pre');
    const payload = JSON.parse(call!.Payload!);
    expect(Object.keys(payload).sort()).toEqual(['DeploymentId', 'LifecycleEventHookExecutionId']);
    expect(payload.DeploymentId).toBe(id);
  });

  it('moves no traffic until the BeforeAllowTraffic hook reports Succeeded', () => {
    const w = standardSetup({ deploymentConfigName: CANARY5 });
    w.lambda.hooks.set('CodeDeployHook_pre', { reports: 'Succeeded', afterMs: 45_000 });
    w.deploy({ spec: appSpec({ before: 'CodeDeployHook_pre' }) });
    w.advance(44_999);
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: {} });
    w.advance(1);
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: { '2': 0.1 } });
  });

  it('fails the deployment with HOOK_EXECUTION_FAILURE when BeforeAllowTraffic reports Failed; the alias never moved', () => {
    const w = standardSetup({ deploymentConfigName: CANARY5 });
    w.lambda.hooks.set('CodeDeployHook_pre', { reports: 'Failed', afterMs: 10_000 });
    const id = w.deploy({ spec: appSpec({ before: 'CodeDeployHook_pre' }) });
    w.advance(10_000);
    expect(w.info(id).status).toBe('Failed');
    expect(w.info(id).errorInformation?.code).toBe('HOOK_EXECUTION_FAILURE');
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: {} });
    expect(w.target(id).lifecycleEvents.map((e) => e.status)).toEqual([
      'Succeeded',
      'Failed',
      'Skipped',
      'Skipped',
      'Skipped',
    ]);
  });

  it('with DEPLOYMENT_FAILURE rollback, an AfterAllowTraffic failure flips the alias from 100 % new straight back to the old version', () => {
    const w = standardSetup({
      deploymentConfigName: CANARY5,
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
    });
    w.lambda.hooks.set('CodeDeployHook_post', { reports: 'Failed', afterMs: 10_000 });
    const id = w.deploy({ spec: appSpec({ after: 'CodeDeployHook_post' }) });
    w.advance(5 * MIN);
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '2', weights: {} });
    w.advance(10_000);
    expect(w.info(id).status).toBe('Failed');
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: {} });
  });

  it('without automatic rollback, an AfterAllowTraffic failure leaves the alias on the new version', () => {
    const w = standardSetup();
    w.lambda.hooks.set('CodeDeployHook_post', { reports: 'Failed', afterMs: 10_000 });
    const id = w.deploy({ spec: appSpec({ after: 'CodeDeployHook_post' }) });
    w.advance(10_000);
    expect(w.info(id).status).toBe('Failed');
    expect(w.info(id).rollbackInfo?.rollbackDeploymentId).toBeUndefined();
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '2', weights: {} });
  });

  it('waits one hour for a hook that never reports, then fails the event and the deployment (hook-never-reports)', () => {
    const w = standardSetup({ deploymentConfigName: CANARY5 });
    w.lambda.hooks.set('CodeDeployHook_pre', { reports: 'nothing', afterMs: 0 });
    const id = w.deploy({ spec: appSpec({ before: 'CodeDeployHook_pre' }) });
    w.advance(60 * MIN - 1);
    expect(w.info(id).status).toBe('InProgress');
    w.advance(1);
    expect(w.info(id).status).toBe('Failed');
    expect(w.info(id).errorInformation?.code).toBe('HOOK_EXECUTION_FAILURE');
    expect(w.info(id).errorInformation?.message).toContain('within 60 minutes');
    expect(w.target(id).lifecycleEvents[1]).toMatchObject({
      lifecycleEventName: 'BeforeAllowTraffic',
      status: 'Failed',
    });
  });

  it('fails the event when the hook function cannot be invoked', () => {
    const w = standardSetup();
    const id = w.deploy({ spec: appSpec({ before: 'CodeDeployHook_missing' }) });
    expect(w.info(id).status).toBe('Failed');
    expect(w.info(id).errorInformation?.message).toContain('could not invoke');
  });

  it('validates PutLifecycleEventHookExecutionStatus: status, execution id, and a second report', () => {
    const w = standardSetup();
    const id = w.deploy({ spec: appSpec({ before: 'CodeDeployHook_pre' }) });
    const execId = JSON.parse(w.lambda.invocations[0]!.Payload!).LifecycleEventHookExecutionId as string;
    const put =
      (status: string, exec = execId) =>
      () =>
        w.codedeploy.putLifecycleEventHookExecutionStatus({
          deploymentId: id,
          lifecycleEventHookExecutionId: exec,
          status,
        });
    expect(errorName(put('InProgress'))).toBe('InvalidLifecycleEventHookExecutionStatusException');
    expect(errorName(put('Succeeded', 'not-an-execution'))).toBe('InvalidLifecycleEventHookExecutionIdException');
    expect(
      w.codedeploy.putLifecycleEventHookExecutionStatus({
        deploymentId: id,
        lifecycleEventHookExecutionId: execId,
        status: 'Succeeded',
      }),
    ).toEqual({ lifecycleEventHookExecutionId: execId });
    expect(errorName(put('Failed'))).toBe('LifecycleEventAlreadyCompletedException');
    expect(
      errorName(() =>
        w.codedeploy.putLifecycleEventHookExecutionStatus({
          deploymentId: 'd-ZZZZZZZZZ',
          lifecycleEventHookExecutionId: execId,
          status: 'Succeeded',
        }),
      ),
    ).toBe('DeploymentDoesNotExistException');
  });
});

describe('alarms', () => {
  it('stops the deployment with ALARM_ACTIVE when a monitored alarm enters ALARM during the canary, and rolls back with DEPLOYMENT_STOP_ON_ALARM', () => {
    const w = standardSetup({
      deploymentConfigName: CANARY5,
      alarmConfiguration: { enabled: true, alarms: [{ name: 'orders-errors' }] },
      autoRollbackConfiguration: ALL_EVENTS,
    });
    w.cloudwatch.set('orders-errors', 'OK');
    const id = w.deploy();
    w.advance(2 * MIN);
    w.cloudwatch.set('orders-errors', 'ALARM');
    const info = w.info(id);
    expect(info.status).toBe('Stopped');
    expect(info.errorInformation?.code).toBe('ALARM_ACTIVE');
    const rollbackId = info.rollbackInfo!.rollbackDeploymentId!;
    const rollback = w.info(rollbackId);
    expect(rollback.creator).toBe('codeDeployRollback');
    expect(rollback.rollbackInfo?.rollbackTriggeringDeploymentId).toBe(id);
    expect(rollback.status).toBe('Succeeded');
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: {} });
    expect(
      w.log
        .entries()
        .some(
          (e) => e.message.includes('orders-errors') && e.message.includes('10 %') && e.message.includes('stopped'),
        ),
    ).toBe(true);
  });

  it('does not stop for INSUFFICIENT_DATA: the bad canary sails through (alarm-wrong-dimension)', () => {
    const w = standardSetup({
      deploymentConfigName: CANARY5,
      alarmConfiguration: { enabled: true, alarms: [{ name: 'wrong-dimension' }] },
      autoRollbackConfiguration: ALL_EVENTS,
    });
    w.cloudwatch.set('wrong-dimension', 'INSUFFICIENT_DATA');
    const id = w.deploy();
    w.advance(5 * MIN);
    expect(w.info(id).status).toBe('Succeeded');
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '2', weights: {} });
  });

  it('stops before any traffic moves when an alarm is already in ALARM at the start', () => {
    const w = standardSetup({
      deploymentConfigName: CANARY5,
      alarmConfiguration: { enabled: true, alarms: [{ name: 'orders-errors' }] },
    });
    w.cloudwatch.set('orders-errors', 'ALARM');
    const id = w.deploy();
    expect(w.info(id).status).toBe('Stopped');
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: {} });
  });

  it('checks alarms again before each shift (an alarm set without a state-change notice still counts)', () => {
    const w = standardSetup({
      deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
      alarmConfiguration: { enabled: true, alarms: [{ name: 'a' }] },
    });
    w.cloudwatch.set('a', 'OK');
    const id = w.deploy();
    w.advance(90_000);
    w.cloudwatch.states.set('a', 'ALARM'); // silently, as a poll would see it
    expect(w.info(id).status).toBe('InProgress');
    w.advance(30_000);
    expect(w.info(id).status).toBe('Stopped');
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: { '2': 0.2 } });
  });

  it('treats an alarm that does not exist as a poll failure: stops unless ignorePollAlarmFailure is true', () => {
    const strict = standardSetup({
      deploymentConfigName: CANARY5,
      alarmConfiguration: { enabled: true, alarms: [{ name: 'typo' }] },
    });
    expect(strict.info(strict.deploy()).status).toBe('Stopped');
    const lenient = standardSetup({
      deploymentConfigName: CANARY5,
      alarmConfiguration: { enabled: true, ignorePollAlarmFailure: true, alarms: [{ name: 'typo' }] },
    });
    const id = lenient.deploy();
    lenient.advance(5 * MIN);
    expect(lenient.info(id).status).toBe('Succeeded');
  });

  it('ignores the alarms when alarmConfiguration.enabled is false', () => {
    const w = standardSetup({
      deploymentConfigName: CANARY5,
      alarmConfiguration: { enabled: false, alarms: [{ name: 'a' }] },
    });
    w.cloudwatch.set('a', 'ALARM');
    const id = w.deploy();
    w.advance(5 * MIN);
    expect(w.info(id).status).toBe('Succeeded');
  });

  it('stops an AllAtOnce deployment too while AfterAllowTraffic runs, though every user already hit the new version (all-at-once-bad-version)', () => {
    const w = standardSetup({
      alarmConfiguration: { enabled: true, alarms: [{ name: 'a' }] },
      autoRollbackConfiguration: ALL_EVENTS,
    });
    w.cloudwatch.set('a', 'OK');
    w.lambda.hooks.set('CodeDeployHook_post', { reports: 'Succeeded', afterMs: 3 * MIN });
    const id = w.deploy({ spec: appSpec({ after: 'CodeDeployHook_post' }) });
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '2', weights: {} });
    w.advance(MIN);
    w.cloudwatch.set('a', 'ALARM');
    expect(w.info(id).status).toBe('Stopped');
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: {} });
  });

  it('has no effect once the deployment has succeeded', () => {
    const w = standardSetup({
      alarmConfiguration: { enabled: true, alarms: [{ name: 'a' }] },
      autoRollbackConfiguration: ALL_EVENTS,
    });
    w.cloudwatch.set('a', 'OK');
    const id = w.deploy();
    w.cloudwatch.set('a', 'ALARM');
    expect(w.info(id).status).toBe('Succeeded');
    expect(w.codedeploy.listDeployments().deployments).toHaveLength(1);
  });

  it('uses overrideAlarmConfiguration instead of the group alarms for one deployment', () => {
    const w = standardSetup({
      deploymentConfigName: CANARY5,
      alarmConfiguration: { enabled: true, alarms: [{ name: 'a' }] },
    });
    w.cloudwatch.set('a', 'ALARM');
    const id = w.deploy({ overrideAlarmConfiguration: { enabled: false } });
    w.advance(5 * MIN);
    expect(w.info(id).status).toBe('Succeeded');
  });
});

describe('StopDeployment and rollback', () => {
  it('without rollback leaves the alias split; the next deployment fails with INVALID_LAMBDA_CONFIGURATION until the alias is reset (stop-without-rollback)', () => {
    const w = standardSetup({ deploymentConfigName: CANARY5 });
    const id = w.deploy();
    w.advance(MIN);
    expect(w.codedeploy.stopDeployment({ deploymentId: id, autoRollbackEnabled: false }).status).toBe('Succeeded');
    expect(w.info(id)).toMatchObject({ status: 'Stopped', errorInformation: { code: 'MANUAL_STOP' } });
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: { '2': 0.1 } });

    const next = w.deploy();
    expect(w.info(next).status).toBe('Failed');
    expect(w.info(next).errorInformation?.code).toBe('INVALID_LAMBDA_CONFIGURATION');
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: { '2': 0.1 } });

    w.lambda.updateAlias({ FunctionName: 'orders', Name: 'live', RoutingConfig: { AdditionalVersionWeights: {} } });
    const fixed = w.deploy();
    w.advance(5 * MIN);
    expect(w.info(fixed).status).toBe('Succeeded');
  });

  it('with autoRollbackEnabled creates a rollback deployment that restores the alias at once', () => {
    const w = standardSetup({ deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute' });
    const id = w.deploy();
    w.advance(3 * MIN);
    w.codedeploy.stopDeployment({ deploymentId: id, autoRollbackEnabled: true });
    const info = w.info(id);
    expect(info.status).toBe('Stopped');
    expect(w.info(info.rollbackInfo!.rollbackDeploymentId!).creator).toBe('codeDeployRollback');
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: {} });
  });

  it('follows DEPLOYMENT_STOP_ON_REQUEST when StopDeployment does not say', () => {
    const w = standardSetup({
      deploymentConfigName: CANARY5,
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_STOP_ON_REQUEST'] },
    });
    const id = w.deploy();
    w.codedeploy.stopDeployment({ deploymentId: id });
    expect(w.info(id).rollbackInfo?.rollbackDeploymentId).toBeDefined();
  });

  it('refuses to stop a finished deployment (DeploymentAlreadyCompletedException)', () => {
    const w = standardSetup();
    const id = w.deploy();
    expect(errorName(() => w.codedeploy.stopDeployment({ deploymentId: id }))).toBe(
      'DeploymentAlreadyCompletedException',
    );
  });

  it('a rollback is a new deployment with a new id; the original keeps its own final status (rollback-is-new-deployment)', () => {
    const w = standardSetup({ deploymentConfigName: CANARY5, autoRollbackConfiguration: ALL_EVENTS });
    w.lambda.hooks.set('CodeDeployHook_pre', { reports: 'Failed', afterMs: 1000 });
    const id = w.deploy({ spec: appSpec({ before: 'CodeDeployHook_pre' }) });
    w.advance(1000);
    const info = w.info(id);
    expect(info.status).toBe('Failed');
    const rb = info.rollbackInfo!.rollbackDeploymentId!;
    expect(rb).not.toBe(id);
    expect(rb).toMatch(/^d-[A-Z0-9]{9}$/);
    expect(w.codedeploy.listDeployments().deployments).toEqual([rb, id]);
  });
});

describe('preconditions before any shift', () => {
  it('fails a deployment whose alias points at another version than CurrentVersion, without touching the alias', () => {
    const w = standardSetup();
    const id = w.deploy({ spec: appSpec({ current: '2', target: '3' }) });
    expect(w.info(id)).toMatchObject({ status: 'Failed', errorInformation: { code: 'INVALID_LAMBDA_CONFIGURATION' } });
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: {} });
  });

  it('fails with INVALID_LAMBDA_FUNCTION when the target version does not exist', () => {
    const w = standardSetup();
    const id = w.deploy({ spec: appSpec({ current: '1', target: '9' }) });
    expect(w.info(id).errorInformation?.code).toBe('INVALID_LAMBDA_FUNCTION');
  });

  it('refuses to shift when CurrentVersion equals TargetVersion', () => {
    const w = standardSetup();
    const id = w.deploy({ spec: appSpec({ current: '1', target: '1' }) });
    expect(w.info(id).status).toBe('Failed');
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: {} });
  });
});

describe('Lambda errors while shifting', () => {
  it('fails (never succeeds) when the alias is deleted before the last shift', () => {
    const w = standardSetup({ deploymentConfigName: CANARY5 });
    const id = w.deploy();
    w.lambda.aliases.delete('orders:live');
    w.advance(5 * MIN);
    expect(w.info(id)).toMatchObject({ status: 'Failed', errorInformation: { code: 'INVALID_LAMBDA_CONFIGURATION' } });
    expect(w.target(id).lambdaFunctionInfo.targetVersionWeight).toBe(0.1);
  });
});
