import { describe, expect, it } from 'vitest';
import { deploySam, describeStack } from '../../../../src/sim/sam';
import { ordersTemplate, worldWithCode } from './fixtures';
import { waitUntilFunctionReady } from '../../../../src/sim/lambda/waitUntilReady';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html#cfn-attributes-updatepolicy-codedeploylambdaaliasupdate
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
// https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeployment.html

const MINUTE = 60_000;

/** A plain CloudFormation template (no SAM): the resources SAM would generate, written by hand. */
function plainTemplate(versionId: string, code: string): string {
  return JSON.stringify({
    Parameters: { Stage: { Type: 'String', Default: 'prod', AllowedValues: ['dev', 'prod'] } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] } },
    Resources: {
      FnRole: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
      DeployRole: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'codedeploy-lambda' } },
      Fn: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          FunctionName: { 'Fn::Sub': 'payments-${Stage}' },
          Runtime: 'python3.13',
          Handler: 'app.handler',
          Role: { 'Fn::GetAtt': ['FnRole', 'Arn'] },
          Code: { ZipFile: code },
          MemorySize: { 'Fn::If': ['IsProd', 512, 128] },
        },
      },
      [versionId]: { Type: 'AWS::Lambda::Version', Properties: { FunctionName: { Ref: 'Fn' } } },
      App: {
        Type: 'AWS::CodeDeploy::Application',
        Properties: { ApplicationName: 'payments', ComputePlatform: 'Lambda' },
      },
      Group: {
        Type: 'AWS::CodeDeploy::DeploymentGroup',
        Properties: {
          ApplicationName: { Ref: 'App' },
          DeploymentGroupName: 'payments-live',
          ServiceRoleArn: { 'Fn::GetAtt': ['DeployRole', 'Arn'] },
          DeploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
          DeploymentStyle: { DeploymentType: 'BLUE_GREEN', DeploymentOption: 'WITH_TRAFFIC_CONTROL' },
          AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE'] },
        },
      },
      Live: {
        Type: 'AWS::Lambda::Alias',
        UpdatePolicy: {
          CodeDeployLambdaAliasUpdate: { ApplicationName: { Ref: 'App' }, DeploymentGroupName: { Ref: 'Group' } },
        },
        Properties: {
          Name: 'live',
          FunctionName: { Ref: 'Fn' },
          FunctionVersion: { 'Fn::GetAtt': [versionId, 'Version'] },
        },
      },
    },
    Outputs: { VersionArn: { Value: { Ref: versionId } }, RoleArn: { Value: { 'Fn::GetAtt': ['FnRole', 'Arn'] } } },
  });
}

describe('plain CloudFormation', () => {
  it('resolves Ref, Fn::Sub, Fn::GetAtt, Fn::If with a condition from parameters, and the version ARN in outputs', () => {
    const w = worldWithCode();
    const r = deploySam(w, plainTemplate('FnVersion1', '{"v":1}'), { stackName: 'payments' });
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'payments-prod' })).toMatchObject({
      MemorySize: 512,
      Role: expect.stringMatching(/^arn:aws:iam::123456789012:role\/payments-FnRole-[A-Z0-9]{12}$/),
    });
    expect(r.outputs?.VersionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:payments-prod:1');
    expect(w.lambda.getAlias({ FunctionName: 'payments-prod', Name: 'live' }).FunctionVersion).toBe('1');
  });

  it('takes --parameter-overrides and rejects values outside AllowedValues or unknown parameters', () => {
    const w = worldWithCode();
    deploySam(w, plainTemplate('FnVersion1', '{}'), { stackName: 'p', parameterOverrides: { Stage: 'dev' } });
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'payments-dev' }).MemorySize).toBe(128);
    expect(() =>
      deploySam(worldWithCode(), plainTemplate('V', '{}'), { stackName: 'p', parameterOverrides: { Stage: 'qa' } }),
    ).toThrow("Parameter 'Stage' must be one of AllowedValues");
    expect(() =>
      deploySam(worldWithCode(), plainTemplate('V', '{}'), { stackName: 'p', parameterOverrides: { Nope: '1' } }),
    ).toThrow('Parameters: [Nope] do not exist in the template');
  });

  it('a new Version logical id with new code runs the CodeDeploy deployment the UpdatePolicy names', () => {
    const w = worldWithCode();
    deploySam(w, plainTemplate('FnVersion1', '{"v":1}'), { stackName: 'payments' });
    const r = deploySam(w, plainTemplate('FnVersion2', '{"v":2}'), { stackName: 'payments' });
    const d = w.codedeploy.getDeployment({ deploymentId: r.deploymentId }).deploymentInfo;
    expect(d).toMatchObject({
      applicationName: 'payments',
      deploymentGroupName: 'payments-live',
      deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
    });
    // Without DeletionPolicy: Retain CloudFormation deletes the old version, but not while the alias still routes to it.
    expect(r.notes.join(' ')).toContain('still used by an alias');
    w.advance(10 * MINUTE);
    expect(w.lambda.getAlias({ FunctionName: 'payments-prod', Name: 'live' }).FunctionVersion).toBe('2');
  });

  it('rejects an attribute the resource type does not have', () => {
    const t = plainTemplate('V1', '{}').replace(
      '"Fn::GetAtt":["FnRole","Arn"]}}}',
      '"Fn::GetAtt":["FnRole","Nope"]}}}',
    );
    expect(() => deploySam(worldWithCode(), t, { stackName: 'p' })).toThrow(
      'Template error: resource FnRole does not support attribute type Nope in Fn::GetAtt',
    );
  });
});

describe('SAM details', () => {
  it('merges Globals into each function: values, then the resource wins (SAM Globals)', () => {
    const w = worldWithCode();
    const tpl = ordersTemplate()
      .replace(
        'Resources:',
        'Globals:\n  Function:\n    Timeout: 20\n    Environment:\n      Variables:\n        STAGE: prod\nResources:',
      )
      .replace('      Timeout: 10\n', '');
    deploySam(w, tpl, { stackName: 's' });
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'orders' })).toMatchObject({
      Timeout: 20,
      Environment: { Variables: { STAGE: 'prod' } },
    });
  });

  it('AutoPublishAliasAllProperties makes a Timeout-only change publish and deploy', () => {
    const w = worldWithCode();
    deploySam(w, ordersTemplate({ extra: '      AutoPublishAliasAllProperties: true' }), { stackName: 's' });
    const r = deploySam(w, ordersTemplate({ timeout: 30, extra: '      AutoPublishAliasAllProperties: true' }), {
      stackName: 's',
    });
    expect(r.deploymentId).toMatch(/^d-/);
  });

  it('after a deployment that fails, the stack rolls back, so deploying the same template again is a change again', () => {
    const w = worldWithCode();
    deploySam(w, ordersTemplate(), { stackName: 's' });
    w.workspace.write('src/orders.json', '{"v":2}');
    const r = deploySam(w, ordersTemplate(), { stackName: 's' });
    w.codedeploy.stopDeployment({ deploymentId: r.deploymentId, autoRollbackEnabled: true });
    w.advance(MINUTE);
    expect(describeStack(w, 's')?.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(deploySam(w, ordersTemplate(), { stackName: 's' }).noChanges).toBe(false);
  });
});

describe('CodeDeploy details of DeploymentPreference', () => {
  it('uses the preference Role as the group service role and generates no CodeDeployServiceRole', () => {
    const w = worldWithCode();
    const role = 'arn:aws:iam::123456789012:role/my-codedeploy-role';
    const r = deploySam(
      w,
      ordersTemplate({ preference: `      DeploymentPreference:\n        Type: AllAtOnce\n        Role: ${role}` }),
      { stackName: 's' },
    );
    expect(r.changeSet.some((c) => c.logicalId === 'CodeDeployServiceRole')).toBe(false);
    const app = w.codedeploy.listApplications().applications[0];
    const group = w.codedeploy.listDeploymentGroups({ applicationName: app }).deploymentGroups[0];
    expect(
      w.codedeploy.getDeploymentGroup({ applicationName: app, deploymentGroupName: group }).deploymentGroupInfo
        .serviceRoleArn,
    ).toBe(role);
  });

  it('refuses the update, changing nothing, when the group already has a deployment running (DeploymentLimitExceededException)', () => {
    const w = worldWithCode();
    deploySam(w, ordersTemplate(), { stackName: 's' });
    w.lambda.updateFunctionCode({ FunctionName: 'orders', ZipFile: '{"manual":true}' });
    waitUntilFunctionReady(w, 'orders'); // PublishVersion is refused while the update is InProgress
    w.lambda.publishVersion({ FunctionName: 'orders' });
    const app = w.codedeploy.listApplications().applications[0];
    const group = w.codedeploy.listDeploymentGroups({ applicationName: app }).deploymentGroups[0];
    const appSpec = JSON.stringify({
      version: 0.0,
      Resources: [
        {
          fn: {
            Type: 'AWS::Lambda::Function',
            Properties: { Name: 'orders', Alias: 'live', CurrentVersion: '1', TargetVersion: '2' },
          },
        },
      ],
    });
    const manual = w.codedeploy.createDeployment({
      applicationName: app,
      deploymentGroupName: group,
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec } },
    }).deploymentId;
    w.workspace.write('src/orders.json', '{"v":3}');
    const before = JSON.stringify(w.snapshot());
    expect(() => deploySam(w, ordersTemplate(), { stackName: 's' })).toThrow(
      `The Deployment Group '${group}' already has an active Deployment '${manual}'`,
    );
    expect(JSON.stringify(w.snapshot())).toBe(before);
  });
});
