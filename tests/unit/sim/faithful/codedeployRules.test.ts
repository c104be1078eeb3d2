/**
 * Issue 16, items 1, 4, 5 and 8: CodeDeploy rules an audit found AWS documents differently.
 * Each test states the AWS fact it checks, with the page it comes from.
 */
import { describe, expect, it } from 'vitest';
import { appSpec, errorName, standardSetup } from '../codedeploy/fakeWorld';

const CANARY5 = 'CodeDeployDefault.LambdaCanary10Percent5Minutes';
const ALL_EVENTS = {
  enabled: true,
  events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'] as (
    'DEPLOYMENT_FAILURE' | 'DEPLOYMENT_STOP_ON_ALARM' | 'DEPLOYMENT_STOP_ON_REQUEST'
  )[],
};

describe('item 1: an alarm already in ALARM when the deployment starts', () => {
  // CodeDeploy: "Roll back when alarm thresholds are met" redeploys the last known good revision when an alarm
  // activates (no exception for an alarm at the start); SAM: alarms "during a deployment (or before a deployment
  // starts)" fail it and roll it back.
  // https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
  it('stops the deployment with ALARM_ACTIVE and creates a rollback deployment, like an alarm a second later', () => {
    const w = standardSetup({
      deploymentConfigName: CANARY5,
      alarmConfiguration: { enabled: true, alarms: [{ name: 'orders-errors' }] },
      autoRollbackConfiguration: ALL_EVENTS,
    });
    w.cloudwatch.set('orders-errors', 'ALARM');
    const id = w.deploy();
    const info = w.info(id);
    expect(info.status).toBe('Stopped');
    expect(info.errorInformation?.code).toBe('ALARM_ACTIVE');
    const rollbackId = info.rollbackInfo?.rollbackDeploymentId;
    expect(rollbackId).toMatch(/^d-[A-Z0-9]{9}$/);
    expect(w.info(rollbackId!)).toMatchObject({ creator: 'codeDeployRollback', status: 'Succeeded' });
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: {} });
  });

  it('without DEPLOYMENT_STOP_ON_ALARM, it stops but creates no rollback', () => {
    const w = standardSetup({
      deploymentConfigName: CANARY5,
      alarmConfiguration: { enabled: true, alarms: [{ name: 'orders-errors' }] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
    });
    w.cloudwatch.set('orders-errors', 'ALARM');
    const id = w.deploy();
    expect(w.info(id).status).toBe('Stopped');
    expect(w.info(id).rollbackInfo?.rollbackDeploymentId).toBeUndefined();
  });
});

describe('item 4: an enabled alarm configuration needs at least one alarm', () => {
  // InvalidAlarmConfigException, possible causes: "The alarm configuration is enabled, but the alarm list is empty."
  // https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeploymentGroup.html#API_CreateDeploymentGroup_Errors
  it('CreateDeploymentGroup refuses enabled=true with no alarms', () => {
    expect(errorName(() => standardSetup({ alarmConfiguration: { enabled: true, alarms: [] } }))).toBe(
      'InvalidAlarmConfigException',
    );
  });

  it('CreateDeployment refuses an override that is enabled with no alarms', () => {
    const w = standardSetup();
    expect(
      errorName(() =>
        w.codedeploy.createDeployment({
          applicationName: 'shop',
          deploymentGroupName: 'orders-dg',
          revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec() } },
          overrideAlarmConfiguration: { enabled: true, alarms: [] },
        }),
      ),
    ).toBe('InvalidAlarmConfigException');
  });

  it('a disabled configuration with no alarms is fine', () => {
    expect(() => standardSetup({ alarmConfiguration: { enabled: false, alarms: [] } })).not.toThrow();
  });
});

describe("item 5: a rollback deployment's own fields agree with what it does", () => {
  // "CodeDeploy rolls back deployments by redeploying a previously deployed revision of an application as a new
  // deployment." The rollback moves the alias from the failed target back to the version it had before.
  // https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html
  it('its revision, lambdaFunctionInfo and config all describe version 2 → version 1 in one step', () => {
    const w = standardSetup({ deploymentConfigName: CANARY5, autoRollbackConfiguration: ALL_EVENTS });
    w.lambda.hooks.set('CodeDeployHook_pre', { reports: 'Failed', afterMs: 1000 });
    const id = w.deploy({ spec: appSpec({ before: 'CodeDeployHook_pre' }) });
    w.advance(1000);
    const rb = w.info(w.info(id).rollbackInfo!.rollbackDeploymentId!);
    const content = JSON.parse(rb.revision!.appSpecContent!.content!);
    const props = Object.values(content.Resources[0] as Record<string, { Properties: Record<string, string> }>)[0]!
      .Properties;
    expect(props).toMatchObject({ Name: 'orders', Alias: 'live', CurrentVersion: '2', TargetVersion: '1' });
    expect(w.target(rb.deploymentId!).lambdaFunctionInfo).toMatchObject({ currentVersion: '2', targetVersion: '1' });
    expect(rb.deploymentConfigName).toBe('CodeDeployDefault.LambdaAllAtOnce');
    // The failed deployment keeps its own revision (1 → 2).
    expect(w.info(id).revision!.appSpecContent!.content).toContain('CodeDeployHook_pre');
  });
});

describe('item 8: hooks under the AWSCodeDeployRoleForLambda policy', () => {
  // The managed policy allows lambda:InvokeFunction on "arn:aws:lambda:*:*:function:CodeDeployHook_*" only.
  // https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForLambda.html
  it('a hook not named CodeDeployHook_* fails its lifecycle event, and the deployment fails and rolls back', () => {
    const w = standardSetup({ deploymentConfigName: CANARY5, autoRollbackConfiguration: ALL_EVENTS });
    w.lambda.addFunction('smokeTest', 1);
    w.lambda.hooks.set('smokeTest', { reports: 'Succeeded', afterMs: 1000 });
    const id = w.deploy({ spec: appSpec({ before: 'smokeTest' }) });
    w.advance(60_000);
    const info = w.info(id);
    expect(info.status).toBe('Failed');
    expect(info.errorInformation?.code).toBe('HOOK_EXECUTION_FAILURE');
    expect(w.target(id).lifecycleEvents.find((e) => e.lifecycleEventName === 'BeforeAllowTraffic')?.status).toBe(
      'Failed',
    );
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '1', weights: {} });
  });

  it('a hook named CodeDeployHook_* is invoked and its report counts', () => {
    const w = standardSetup({ deploymentConfigName: CANARY5 });
    w.lambda.addFunction('CodeDeployHook_smokeTest', 1);
    w.lambda.hooks.set('CodeDeployHook_smokeTest', { reports: 'Succeeded', afterMs: 1000 });
    const id = w.deploy({ spec: appSpec({ before: 'CodeDeployHook_smokeTest' }) });
    w.advance(10 * 60_000);
    expect(w.info(id).status).toBe('Succeeded');
  });
});
