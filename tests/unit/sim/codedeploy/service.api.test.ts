import { describe, expect, it } from 'vitest';
import { errorName, fakeWorld, ROLE, standardSetup, appSpec } from './fakeWorld';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
// https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeploymentGroup.html
// https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeploymentConfig.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-configure-advanced-options.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html
// https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeployment.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html

describe('CodeDeploy API: applications, groups and configs', () => {
  it('lists the nine predefined Lambda configs from the start', () => {
    const { codedeploy } = fakeWorld();
    expect(codedeploy.listDeploymentConfigs().deploymentConfigsList).toHaveLength(9);
    expect(
      codedeploy.getDeploymentConfig({ deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes' })
        .deploymentConfigInfo.trafficRoutingConfig,
    ).toEqual({
      type: 'TimeBasedCanary',
      timeBasedCanary: { canaryPercentage: 10, canaryInterval: 5 },
    });
  });

  it('refuses to delete a predefined config (InvalidOperationException)', () => {
    const { codedeploy } = fakeWorld();
    expect(
      errorName(() => codedeploy.deleteDeploymentConfig({ deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce' })),
    ).toBe('InvalidOperationException');
  });

  it('creates a custom config and refuses to delete it while a group uses it (DeploymentConfigInUseException)', () => {
    const w = fakeWorld();
    w.codedeploy.createDeploymentConfig({
      deploymentConfigName: 'Linear25Every2',
      computePlatform: 'Lambda',
      trafficRoutingConfig: { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 25, linearInterval: 2 } },
    });
    w.codedeploy.createApplication({ applicationName: 'shop', computePlatform: 'Lambda' });
    w.codedeploy.createDeploymentGroup({
      applicationName: 'shop',
      deploymentGroupName: 'g',
      serviceRoleArn: ROLE,
      deploymentConfigName: 'Linear25Every2',
    });
    expect(errorName(() => w.codedeploy.deleteDeploymentConfig({ deploymentConfigName: 'Linear25Every2' }))).toBe(
      'DeploymentConfigInUseException',
    );
    expect(w.codedeploy.listDeploymentConfigs().deploymentConfigsList).toContain('Linear25Every2');
  });

  it('refuses an application without computePlatform Lambda, since AWS would make it a Server application', () => {
    const { codedeploy } = fakeWorld();
    expect(errorName(() => codedeploy.createApplication({ applicationName: 'shop' }))).toBe(
      'InvalidComputePlatformException',
    );
  });

  it('refuses a duplicate application (ApplicationAlreadyExistsException)', () => {
    const { codedeploy } = fakeWorld();
    codedeploy.createApplication({ applicationName: 'shop', computePlatform: 'Lambda' });
    expect(errorName(() => codedeploy.createApplication({ applicationName: 'shop', computePlatform: 'Lambda' }))).toBe(
      'ApplicationAlreadyExistsException',
    );
  });

  it('requires serviceRoleArn (RoleRequiredException) and a valid role ARN (InvalidRoleException)', () => {
    const { codedeploy } = fakeWorld();
    codedeploy.createApplication({ applicationName: 'shop', computePlatform: 'Lambda' });
    expect(
      errorName(() => codedeploy.createDeploymentGroup({ applicationName: 'shop', deploymentGroupName: 'g' })),
    ).toBe('RoleRequiredException');
    expect(
      errorName(() =>
        codedeploy.createDeploymentGroup({
          applicationName: 'shop',
          deploymentGroupName: 'g',
          serviceRoleArn: 'CodeDeployRole',
        }),
      ),
    ).toBe('InvalidRoleException');
  });

  it('refuses more than 10 alarms on a group (AlarmsLimitExceededException)', () => {
    const { codedeploy } = fakeWorld();
    codedeploy.createApplication({ applicationName: 'shop', computePlatform: 'Lambda' });
    const alarms = Array.from({ length: 11 }, (_, i) => ({ name: `a${i}` }));
    expect(
      errorName(() =>
        codedeploy.createDeploymentGroup({
          applicationName: 'shop',
          deploymentGroupName: 'g',
          serviceRoleArn: ROLE,
          alarmConfiguration: { enabled: true, alarms },
        }),
      ),
    ).toBe('AlarmsLimitExceededException');
    expect(
      errorName(() =>
        codedeploy.createDeploymentGroup({
          applicationName: 'shop',
          deploymentGroupName: 'g',
          serviceRoleArn: ROLE,
          alarmConfiguration: { enabled: true, alarms: alarms.slice(0, 10) },
        }),
      ),
    ).toBe('no error');
  });

  it('accepts only BLUE_GREEN with WITH_TRAFFIC_CONTROL for a Lambda group', () => {
    const { codedeploy } = fakeWorld();
    codedeploy.createApplication({ applicationName: 'shop', computePlatform: 'Lambda' });
    expect(
      errorName(() =>
        codedeploy.createDeploymentGroup({
          applicationName: 'shop',
          deploymentGroupName: 'g',
          serviceRoleArn: ROLE,
          deploymentStyle: { deploymentType: 'IN_PLACE' },
        }),
      ),
    ).toBe('InvalidDeploymentStyleException');
  });

  it('uses CodeDeployDefault.LambdaAllAtOnce when a group names no config (inferred default)', () => {
    const w = standardSetup();
    expect(
      w.codedeploy.getDeploymentGroup({ applicationName: 'shop', deploymentGroupName: 'orders-dg' }).deploymentGroupInfo
        .deploymentConfigName,
    ).toBe('CodeDeployDefault.LambdaAllAtOnce');
    const id = w.deploy();
    expect(w.info(id).deploymentConfigName).toBe('CodeDeployDefault.LambdaAllAtOnce');
    expect(w.lambda.alias('orders', 'live')).toEqual({ FunctionVersion: '2', weights: {} });
  });

  it('refuses a duplicate group, an unknown group and an unknown config with their AWS exception names', () => {
    const w = standardSetup();
    expect(
      errorName(() =>
        w.codedeploy.createDeploymentGroup({
          applicationName: 'shop',
          deploymentGroupName: 'orders-dg',
          serviceRoleArn: ROLE,
        }),
      ),
    ).toBe('DeploymentGroupAlreadyExistsException');
    expect(
      errorName(() => w.codedeploy.getDeploymentGroup({ applicationName: 'shop', deploymentGroupName: 'nope' })),
    ).toBe('DeploymentGroupDoesNotExistException');
    expect(errorName(() => w.codedeploy.getApplication({ applicationName: 'nope' }))).toBe(
      'ApplicationDoesNotExistException',
    );
    expect(errorName(() => w.deploy({ deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent6Minutes' }))).toBe(
      'DeploymentConfigDoesNotExistException',
    );
  });

  it('updates a group config and alarms with updateDeploymentGroup', () => {
    const w = standardSetup();
    w.codedeploy.updateDeploymentGroup({
      applicationName: 'shop',
      currentDeploymentGroupName: 'orders-dg',
      deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent30Minutes',
      alarmConfiguration: { enabled: true, alarms: [{ name: 'errors' }] },
    });
    const g = w.codedeploy.getDeploymentGroup({
      applicationName: 'shop',
      deploymentGroupName: 'orders-dg',
    }).deploymentGroupInfo;
    expect(g.deploymentConfigName).toBe('CodeDeployDefault.LambdaCanary10Percent30Minutes');
    expect(g.alarmConfiguration).toEqual({
      enabled: true,
      ignorePollAlarmFailure: false,
      alarms: [{ name: 'errors' }],
    });
  });
});

describe('CreateDeployment input', () => {
  it('accepts a String revision as well as AppSpecContent, YAML or JSON', () => {
    const w = standardSetup();
    const id = w.codedeploy.createDeployment({
      applicationName: 'shop',
      deploymentGroupName: 'orders-dg',
      revision: {
        revisionType: 'String',
        string: {
          content: JSON.stringify({
            version: 0.0,
            Resources: [
              {
                f: {
                  Type: 'AWS::Lambda::Function',
                  Properties: { Name: 'orders', Alias: 'live', CurrentVersion: '1', TargetVersion: '2' },
                },
              },
            ],
          }),
        },
      },
    }).deploymentId;
    expect(w.info(id).status).toBe('Succeeded');
  });

  it('refuses an invalid AppSpec with InvalidRevisionException and creates nothing', () => {
    const w = standardSetup();
    expect(errorName(() => w.deploy({ spec: appSpec({ target: '$LATEST' }) }))).toBe('InvalidRevisionException');
    expect(w.codedeploy.listDeployments().deployments).toEqual([]);
  });

  it('refuses a sha256 that does not match the content', () => {
    const w = standardSetup();
    expect(
      errorName(() =>
        w.codedeploy.createDeployment({
          applicationName: 'shop',
          deploymentGroupName: 'orders-dg',
          revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec(), sha256: 'abc' } },
        }),
      ),
    ).toBe('InvalidRevisionException');
  });

  it("refuses a second deployment in the same group while one runs, with AWS's message", () => {
    const w = standardSetup({ deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes' });
    const first = w.deploy();
    let err: Error | undefined;
    try {
      w.deploy({ spec: appSpec({ current: '1', target: '3' }) });
    } catch (e) {
      err = e as Error;
    }
    expect(err?.name).toBe('DeploymentLimitExceededException');
    expect(err?.message).toBe(`The Deployment Group 'orders-dg' already has an active Deployment '${first}'`);
    w.advance(5 * 60_000);
    expect(w.info(first).status).toBe('Succeeded');
    expect(errorName(() => w.deploy({ spec: appSpec({ current: '2', target: '3' }) }))).toBe('no error');
  });

  it('lists deployments newest first and filters by status', () => {
    const w = standardSetup();
    const a = w.deploy();
    const b = w.deploy({ spec: appSpec({ current: '2', target: '3' }) });
    expect(
      w.codedeploy.listDeployments({ applicationName: 'shop', deploymentGroupName: 'orders-dg' }).deployments,
    ).toEqual([b, a]);
    expect(w.codedeploy.listDeployments({ includeOnlyStatuses: ['Failed'] }).deployments).toEqual([]);
  });

  it('leaves the snapshot unchanged when a call fails (validate fully, then mutate)', () => {
    const w = standardSetup({ deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes' });
    w.deploy();
    const before = JSON.stringify(w.codedeploy.snapshot());
    const failing = [
      () => w.deploy(),
      () =>
        w.codedeploy.createDeploymentGroup({
          applicationName: 'shop',
          deploymentGroupName: 'x',
          serviceRoleArn: ROLE,
          alarmConfiguration: { alarms: Array.from({ length: 11 }, (_, i) => ({ name: `a${i}` })) },
        }),
      () =>
        w.codedeploy.updateDeploymentGroup({
          applicationName: 'shop',
          currentDeploymentGroupName: 'orders-dg',
          deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce',
          serviceRoleArn: 'bad',
        }),
      () =>
        w.codedeploy.createDeploymentConfig({
          deploymentConfigName: 'CodeDeployDefault.X',
          computePlatform: 'Lambda',
          trafficRoutingConfig: { type: 'AllAtOnce' },
        }),
      () => w.codedeploy.stopDeployment({ deploymentId: 'd-AAAAAAAAA' }),
      () =>
        w.codedeploy.putLifecycleEventHookExecutionStatus({
          deploymentId: w.codedeploy.listDeployments().deployments[0],
          lifecycleEventHookExecutionId: 'x',
          status: 'Succeeded',
        }),
    ];
    for (const call of failing) expect(errorName(call)).not.toBe('no error');
    expect(JSON.stringify(w.codedeploy.snapshot())).toBe(before);
  });
});

describe('deployments started by CloudFormation and hook naming', () => {
  it('records creator CloudFormation and the stack id when the SAM model starts the deployment', () => {
    const w = standardSetup();
    const { deploymentId } = w.codedeploy.stackDeploymentPort.createDeployment(
      {
        applicationName: 'shop',
        deploymentGroupName: 'orders-dg',
        revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec() } },
      },
      'arn:aws:cloudformation:us-east-1:123456789012:stack/shop/1',
    );
    expect(w.info(deploymentId)).toMatchObject({
      creator: 'CloudFormation',
      externalId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/shop/1',
    });
  });

  it('fails the lifecycle event when a hook name lacks the CodeDeployHook_ prefix that the managed service-role policy requires', () => {
    const w = standardSetup();
    w.lambda.addFunction('smoke-test', 1);
    const id = w.deploy({ spec: appSpec({ before: 'smoke-test' }) });
    expect(w.log.entries().some((e) => e.type === 'hook.access-denied' && e.message.includes('smoke-test'))).toBe(true);
    expect(w.info(id)).toMatchObject({ status: 'Failed', errorInformation: { code: 'HOOK_EXECUTION_FAILURE' } });
  });
});
