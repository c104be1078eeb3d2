import { describe, expect, it } from 'vitest';
import { deploySam, describeStack, SamDeployError } from '../../../../src/sim/sam';
import { ordersTemplate, worldWithCode } from './fixtures';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html#cfn-attributes-updatepolicy-codedeploylambdaaliasupdate
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda

const MINUTE = 60_000;
const alias = (w: ReturnType<typeof worldWithCode>) => w.lambda.getAlias({ FunctionName: 'orders', Name: 'live' });
const versions = (w: ReturnType<typeof worldWithCode>) =>
  w.lambda.listVersionsByFunction({ FunctionName: 'orders' }).Versions.map((v) => v.Version);

describe('first deploy of a SAM template', () => {
  it('creates the function, version 1, the alias on it and the CodeDeploy resources SAM generates', () => {
    const w = worldWithCode();
    const r = deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    expect(r.operation).toBe('CREATE');
    expect(r.changeSet.every((c) => c.action === 'Add')).toBe(true);
    expect(r.changeSet.map((c) => c.logicalId)).toEqual(
      expect.arrayContaining([
        'Orders',
        'OrdersRole',
        'OrdersAliaslive',
        'ServerlessDeploymentApplication',
        'CodeDeployServiceRole',
        'OrdersDeploymentGroup',
        'ErrorsAlarm',
      ]),
    );
    expect(r.changeSet.find((c) => c.type === 'AWS::Lambda::Version')?.logicalId).toMatch(
      /^OrdersVersion[0-9a-f]{10}$/,
    );
    expect(versions(w)).toEqual(['$LATEST', '1']);
    expect(alias(w)).toMatchObject({ Name: 'live', FunctionVersion: '1' });
    expect(r.outputs).toEqual({ OrdersAliasArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders:live' });
  });

  it('starts no CodeDeploy deployment: the alias is created directly', () => {
    const w = worldWithCode();
    const r = deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    expect(r.deploymentId).toBeUndefined();
    expect(w.codedeploy.listDeployments().deployments).toEqual([]);
    expect(describeStack(w, 'orders-app')?.status).toBe('CREATE_COMPLETE');
  });

  it('gives the deployment group rollback on all three events, the mapped config, BLUE_GREEN style and the alarm', () => {
    const w = worldWithCode();
    deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    const app = w.codedeploy.listApplications().applications[0];
    const groupName = w.codedeploy.listDeploymentGroups({ applicationName: app }).deploymentGroups[0];
    const g = w.codedeploy.getDeploymentGroup({
      applicationName: app,
      deploymentGroupName: groupName,
    }).deploymentGroupInfo;
    expect(app).toMatch(/^orders-app-ServerlessDeploymentApplication-[A-Za-z0-9]{12}$/);
    expect(g.deploymentConfigName).toBe('CodeDeployDefault.LambdaCanary10Percent5Minutes');
    expect(g.autoRollbackConfiguration).toEqual({
      enabled: true,
      events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'],
    });
    expect(g.deploymentStyle).toEqual({ deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' });
    expect(g.alarmConfiguration.alarms).toEqual([{ name: 'orders-live-errors' }]);
    expect(g.serviceRoleArn).toMatch(/^arn:aws:iam::123456789012:role\/orders-app-CodeDeployServiceRole-[A-Z0-9]{12}$/);
  });
});

describe('updates', () => {
  it('a code change publishes a new version and starts a canary deployment from the old version to it', () => {
    const w = worldWithCode();
    deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    w.workspace.write('src/orders.json', '{"errorRate":0,"durationMs":90}');
    const r = deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    expect(r.changeSet.map((c) => `${c.action} ${c.type}`)).toEqual(
      expect.arrayContaining([
        'Modify AWS::Lambda::Function',
        'Add AWS::Lambda::Version',
        'Modify AWS::Lambda::Alias',
        'Remove AWS::Lambda::Version',
      ]),
    );
    expect(versions(w)).toEqual(['$LATEST', '1', '2']);
    const d = w.codedeploy.getDeployment({ deploymentId: r.deploymentId }).deploymentInfo;
    expect(d.deploymentConfigName).toBe('CodeDeployDefault.LambdaCanary10Percent5Minutes');
    // DeploymentInfo.creator / externalId for a deployment CloudFormation started (API_DeploymentInfo).
    expect(d.creator).toBe('CloudFormation');
    expect(d.externalId).toBe(describeStack(w, 'orders-app')?.stackId);
    expect(JSON.parse(d.revision!.appSpecContent!.content!).Resources[0].OrdersAliaslive.Properties).toEqual({
      Name: 'orders',
      Alias: 'live',
      CurrentVersion: '1',
      TargetVersion: '2',
    });
    // The alias is not moved by CloudFormation: CodeDeploy shifts 10%, then the rest after 5 minutes.
    w.advance(30_000);
    expect(alias(w)).toMatchObject({ FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } } });
    w.advance(6 * MINUTE);
    expect(alias(w).FunctionVersion).toBe('2');
    expect(describeStack(w, 'orders-app')?.status).toBe('UPDATE_COMPLETE');
  });

  it('keeps the old version after the update (SAM versions have DeletionPolicy Retain)', () => {
    const w = worldWithCode();
    deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    w.workspace.write('src/orders.json', '{"errorRate":0.3}');
    const r = deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    expect(r.notes.join(' ')).toContain('Version 1 of orders was kept');
    expect(versions(w)).toContain('1');
  });

  it('a Timeout-only change updates $LATEST but publishes no version and starts no deployment', () => {
    const w = worldWithCode();
    deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    const r = deploySam(w, ordersTemplate({ timeout: 30 }), { stackName: 'orders-app' });
    expect(r.changeSet).toEqual([
      { action: 'Modify', logicalId: 'Orders', type: 'AWS::Lambda::Function', replacement: 'False' },
    ]);
    expect(r.deploymentId).toBeUndefined();
    expect(versions(w)).toEqual(['$LATEST', '1']);
    expect(alias(w).FunctionVersion).toBe('1');
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'orders' }).Timeout).toBe(30);
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'orders', Qualifier: 'live' }).Timeout).toBe(10);
  });

  it('a MemorySize change is part of the version hash, so it publishes and deploys', () => {
    const w = worldWithCode();
    deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    const r = deploySam(w, ordersTemplate({ memory: 512 }), { stackName: 'orders-app' });
    expect(r.deploymentId).toMatch(/^d-/);
    expect(versions(w)).toEqual(['$LATEST', '1', '2']);
  });

  it('deploying the same template again is an empty change set that changes nothing (SAM CLI ChangeEmptyError)', () => {
    const w = worldWithCode();
    deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    const before = JSON.stringify(w.snapshot());
    const r = deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    expect(r.noChanges).toBe(true);
    expect(r.changeSet).toEqual([]);
    expect(JSON.stringify(w.snapshot())).toBe(before);
  });

  it('refuses an update while the stack still waits for its CodeDeploy deployment (UPDATE_IN_PROGRESS)', () => {
    const w = worldWithCode();
    deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    w.workspace.write('src/orders.json', '{"v":2}');
    deploySam(w, ordersTemplate(), { stackName: 'orders-app' });
    w.workspace.write('src/orders.json', '{"v":3}');
    expect(() => deploySam(w, ordersTemplate(), { stackName: 'orders-app' })).toThrow(
      /is in UPDATE_IN_PROGRESS state and can not be updated\.$/,
    );
  });

  it('AutoPublishCodeSha256 publishes a new version when new code sits under the same S3 key', () => {
    const w = worldWithCode({ 'builds/orders.json': '{"v":1}' });
    const tpl = (sha: string) =>
      ordersTemplate({ code: 's3://artifacts/builds/orders.json', extra: `      AutoPublishCodeSha256: ${sha}` });
    const first = deploySam(w, tpl('release-1'), { stackName: 'orders-app' });
    expect(first.changeSet.find((c) => c.type === 'AWS::Lambda::Version')?.logicalId).toBe('OrdersVersionrelease-1');
    w.workspace.write('builds/orders.json', '{"v":2}');
    // Same S3 URI and same sha: CloudFormation sees no change at all.
    expect(deploySam(w, tpl('release-1'), { stackName: 'orders-app' }).noChanges).toBe(true);
    const r = deploySam(w, tpl('release-2'), { stackName: 'orders-app' });
    expect(r.deploymentId).toMatch(/^d-/);
    expect(versions(w)).toEqual(['$LATEST', '1', '2']);
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'orders', Qualifier: '2' }).Description).toBe('release-2');
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'orders', Qualifier: '2' }).CodeSha256).not.toBe(
      w.lambda.getFunctionConfiguration({ FunctionName: 'orders', Qualifier: '1' }).CodeSha256,
    );
  });
});

describe('DeploymentPreference', () => {
  it('passes a custom deployment config name through unchanged', () => {
    const w = worldWithCode();
    w.codedeploy.createDeploymentConfig({
      deploymentConfigName: 'Linear25Every2',
      computePlatform: 'Lambda',
      trafficRoutingConfig: { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 25, linearInterval: 2 } },
    });
    deploySam(w, ordersTemplate({ preference: '      DeploymentPreference:\n        Type: Linear25Every2' }), {
      stackName: 's',
    });
    w.workspace.write('src/orders.json', '{"v":2}');
    const r = deploySam(
      w,
      ordersTemplate({ preference: '      DeploymentPreference:\n        Type: Linear25Every2' }),
      { stackName: 's' },
    );
    expect(w.codedeploy.getDeployment({ deploymentId: r.deploymentId }).deploymentInfo.deploymentConfigName).toBe(
      'Linear25Every2',
    );
  });

  it('accepts a config created by the same template through !Ref', () => {
    const w = worldWithCode();
    const pref = '      DeploymentPreference:\n        Type: !Ref SlowLinear';
    const cfg = `  SlowLinear:
    Type: AWS::CodeDeploy::DeploymentConfig
    Properties:
      ComputePlatform: Lambda
      TrafficRoutingConfig:
        Type: TimeBasedLinear
        TimeBasedLinear: { LinearPercentage: 25, LinearInterval: 2 }
`;
    const tpl = ordersTemplate({ preference: pref }).replace('  ErrorsAlarm:', `${cfg}  ErrorsAlarm:`);
    deploySam(w, tpl, { stackName: 's' });
    const names = w.codedeploy.listDeploymentConfigs().deploymentConfigsList;
    expect(names.some((n) => n.startsWith('s-SlowLinear-'))).toBe(true);
  });

  it('fails on an unknown custom config name when CloudFormation creates the group, and changes nothing', () => {
    const w = worldWithCode();
    const before = JSON.stringify(w.snapshot());
    const call = () =>
      deploySam(w, ordersTemplate({ preference: '      DeploymentPreference:\n        Type: NoSuchConfig' }), {
        stackName: 's',
      });
    expect(call).toThrow(/Resource OrdersDeploymentGroup \(AWS::CodeDeploy::DeploymentGroup\) failed/);
    expect(JSON.stringify(w.snapshot())).toBe(before);
  });

  it('puts PreTraffic and PostTraffic hooks into the AppSpec as BeforeAllowTraffic and AfterAllowTraffic', () => {
    const w = worldWithCode({
      'src/orders.json': '{}',
      'src/hook.json': '{"hook":{"reports":"Succeeded","afterMs":1000}}',
    });
    const hook = `  PreHook:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: CodeDeployHook_preTraffic
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/hook.json
      DeploymentPreference:
        Enabled: false
`;
    const pref =
      '      DeploymentPreference:\n        Type: AllAtOnce\n        Hooks:\n          PreTraffic: !Ref PreHook\n          PostTraffic: CodeDeployHook_post';
    const tpl = ordersTemplate({ preference: pref }).replace('  ErrorsAlarm:', `${hook}  ErrorsAlarm:`);
    deploySam(w, tpl, { stackName: 's' });
    w.workspace.write('src/orders.json', '{"v":2}');
    const r = deploySam(w, tpl, { stackName: 's' });
    const appSpec = JSON.parse(
      w.codedeploy.getDeployment({ deploymentId: r.deploymentId }).deploymentInfo.revision!.appSpecContent!.content!,
    );
    expect(appSpec.Hooks).toEqual([
      { BeforeAllowTraffic: 'CodeDeployHook_preTraffic' },
      { AfterAllowTraffic: 'CodeDeployHook_post' },
    ]);
  });

  it('with Enabled: false needs no AutoPublishAlias and creates no CodeDeploy resources', () => {
    const w = worldWithCode();
    const tpl = ordersTemplate({ preference: '      DeploymentPreference:\n        Enabled: false' })
      .replace('      AutoPublishAlias: live\n', '')
      .replace(/Outputs:[\s\S]*$/, '');
    const r = deploySam(w, tpl, { stackName: 's' });
    expect(r.changeSet.some((c) => c.type.startsWith('AWS::CodeDeploy::'))).toBe(false);
  });

  it('puts ProvisionedConcurrencyConfig on the alias, not the version', () => {
    const w = worldWithCode();
    deploySam(
      w,
      ordersTemplate({ extra: '      ProvisionedConcurrencyConfig:\n        ProvisionedConcurrentExecutions: 5' }),
      { stackName: 's' },
    );
    expect(
      w.lambda.getProvisionedConcurrencyConfig({ FunctionName: 'orders', Qualifier: 'live' })
        .RequestedProvisionedConcurrentExecutions,
    ).toBe(5);
  });
});

describe('template errors name the resource and property, and change nothing', () => {
  const cases: [string, (t: string) => string, string][] = [
    [
      'DeploymentPreference without AutoPublishAlias',
      (t) => t.replace('      AutoPublishAlias: live\n', '').replace(/Outputs:[\s\S]*$/, ''),
      "Resource with id [Orders] is invalid. 'DeploymentPreference' requires AutoPublishAlias property to be specified.",
    ],
    [
      'DeploymentPreference without Type',
      (t) => t.replace('        Type: Canary10Percent5Minutes\n', ''),
      "Resource with id [Orders] is invalid. 'DeploymentPreference' is missing required Property 'Type'",
    ],
    [
      'Hooks that are not a map',
      (t) =>
        t.replace(
          '        Type: Canary10Percent5Minutes\n',
          '        Type: Canary10Percent5Minutes\n        Hooks: [a]\n',
        ),
      "Resource with id [Orders] is invalid. 'Hooks' property of 'DeploymentPreference' must be a dictionary",
    ],
    [
      'Alarms that are not a list',
      (t) => t.replace(/ {8}Alarms:\n {10}- !Ref ErrorsAlarm/, '        Alarms: one'),
      'Resource with id [Orders] is invalid. Alarms must be a list',
    ],
    [
      'ProvisionedConcurrencyConfig without AutoPublishAlias',
      (t) =>
        t.replace(
          '      AutoPublishAlias: live\n',
          '      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 1 }\n',
        ),
      'Resource with id [Orders] is invalid. To set ProvisionedConcurrencyConfig AutoPublishALias must be defined on the function',
    ],
    [
      'an unknown SAM property',
      (t) => t.replace('      Timeout: 10', '      Timout: 10'),
      'Resource with id [Orders] is invalid. property Timout not defined for resource of type AWS::Serverless::Function',
    ],
    [
      'a CodeUri file that does not exist',
      (t) => t.replace('src/orders.json', 'src/missing.json'),
      'Unable to upload artifact src/missing.json referenced by CodeUri parameter of Orders resource.',
    ],
    [
      'a Ref to nothing',
      (t) => t.replace('!Ref ErrorsAlarm', '!Ref NoSuchAlarm'),
      'Template format error: Unresolved resource dependencies [NoSuchAlarm] in the Resources block of the template',
    ],
    [
      'SAM resources without the Transform',
      (t) => t.replace('Transform: AWS::Serverless-2016-10-31\n', ''),
      'Template format error: Unrecognized resource types: [AWS::Serverless::Function]',
    ],
    [
      'a Timeout Lambda refuses',
      (t) => t.replace('Timeout: 10', 'Timeout: 1000'),
      "Resource Orders (AWS::Lambda::Function) failed: Resource handler returned message: \"1 validation error detected: Value '1000' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900\"",
    ],
  ];
  it.each(cases)('%s', (_name, mutate, message) => {
    const w = worldWithCode();
    const before = JSON.stringify(w.snapshot());
    expect(() => deploySam(w, mutate(ordersTemplate()), { stackName: 'orders-app' })).toThrow(message);
    expect(JSON.stringify(w.snapshot())).toBe(before);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const w = worldWithCode();
    const bad = 'Resources:\n  Orders:\n    Type: [AWS::Serverless::Function\n    Properties: {}\n';
    try {
      deploySam(w, bad, { stackName: 's' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SamDeployError);
      expect((e as SamDeployError).kind).toBe('yaml');
      expect((e as SamDeployError).line).toBe(4);
      expect((e as Error).message).toMatch(/at line 4, column \d+$/);
    }
  });

  it('reports an unknown YAML tag with its position', () => {
    expect(() => deploySam(worldWithCode(), 'Resources:\n  A:\n    Type: !Reff X\n', { stackName: 's' })).toThrow(
      'Failed to parse template: Unresolved tag: !Reff at line 3, column 11',
    );
  });
});

describe('properties the Lab does not model', () => {
  it('accepts Events and Policies but says that nothing is created for them', () => {
    const w = worldWithCode();
    const r = deploySam(
      w,
      ordersTemplate({
        extra:
          '      Policies: [AWSLambdaBasicExecutionRole]\n      Events:\n        Api:\n          Type: Api\n          Properties: { Path: /orders, Method: get }',
      }),
      { stackName: 's' },
    );
    expect(r.notes).toContain(
      'Orders: Events, Policies are accepted but not modelled in the Lab, so nothing is created for them.',
    );
  });
});

describe('hook names and the generated CodeDeploy role', () => {
  it('warns when a hook is not named CodeDeployHook_*, which AWSCodeDeployRoleForLambda cannot invoke', () => {
    const w = worldWithCode();
    const pref = (hook: string) =>
      `      DeploymentPreference:\n        Type: AllAtOnce\n        Hooks:\n          PreTraffic: ${hook}`;
    const r = deploySam(w, ordersTemplate({ preference: pref('validate-orders') }), { stackName: 's' });
    expect(r.notes.some((n) => n.startsWith('Hook validate-orders does not start with CodeDeployHook_'))).toBe(true);
    const ok = deploySam(worldWithCode(), ordersTemplate({ preference: pref('CodeDeployHook_validate') }), {
      stackName: 's',
    });
    expect(ok.notes.some((n) => n.includes('CodeDeployHook_*'))).toBe(false);
  });
});
