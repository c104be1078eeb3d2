import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTemplate } from '../../../src/rehearse/analyse';
import { ALIAS_ALARM, HOOKS, REPORT_POLICY, alarm, hookFunction, samStack } from './templates';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/rehearse', name), 'utf8');
const findingsOf = (text: string, rule: string) => analyseTemplate(text).findings.filter((f) => f.rule === rule);

interface RuleCase {
  rule: string;
  what: string;
  trips: string;
  passes: string;
  severity: 'high' | 'medium' | 'low';
  resource: string;
}

const cases: RuleCase[] = [
  {
    rule: 'deployment.all-at-once',
    what: 'a SAM DeploymentPreference of AllAtOnce',
    trips: samStack({ type: 'AllAtOnce' }),
    passes: samStack({ type: 'Linear10PercentEvery1Minute' }),
    severity: 'high',
    resource: 'Api',
  },
  {
    rule: 'deployment.all-at-once',
    what: 'a CloudFormation deployment group on CodeDeployDefault.LambdaAllAtOnce',
    trips: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { FunctionName: fn, Runtime: nodejs22.x, Handler: i.h, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
  FnVersion:
    Type: AWS::Lambda::Version
    Properties: { FunctionName: !Ref Fn }
  Live:
    Type: AWS::Lambda::Alias
    UpdatePolicy:
      CodeDeployLambdaAliasUpdate: { ApplicationName: !Ref App, DeploymentGroupName: !Ref Group }
    Properties: { FunctionName: !Ref Fn, FunctionVersion: !GetAtt FnVersion.Version, Name: live }
  App:
    Type: AWS::CodeDeploy::Application
    Properties: { ComputePlatform: Lambda }
  Group:
    Type: AWS::CodeDeploy::DeploymentGroup
    Properties:
      ApplicationName: !Ref App
      ServiceRoleArn: arn:aws:iam::123456789012:role/deployer
      DeploymentConfigName: CodeDeployDefault.LambdaAllAtOnce
      DeploymentStyle: { DeploymentType: BLUE_GREEN, DeploymentOption: WITH_TRAFFIC_CONTROL }
`,
    passes: samStack({ type: 'Canary10Percent5Minutes' }),
    severity: 'high',
    resource: 'Fn',
  },
  {
    rule: 'deployment.no-alarms',
    what: 'a DeploymentPreference without Alarms',
    trips: samStack({ alarms: '' }),
    passes: samStack({}),
    severity: 'high',
    resource: 'Api',
  },
  {
    rule: 'alarm.cannot-see-new-version',
    what: 'an alarm on FunctionName only',
    trips: samStack({ resources: alarm('\n        - Name: FunctionName\n          Value: !Ref Api') }),
    passes: samStack({}),
    severity: 'medium',
    resource: 'ApiErrors',
  },
  {
    rule: 'alarm.cannot-see-new-version',
    what: 'an alarm on an alias the stack does not define',
    trips: samStack({
      resources: alarm(
        "\n        - Name: FunctionName\n          Value: !Ref Api\n        - Name: Resource\n          Value: !Sub '${Api}:prod'",
      ),
    }),
    passes: samStack({}),
    severity: 'high',
    resource: 'ApiErrors',
  },
  {
    rule: 'alarm.cannot-see-new-version',
    what: 'an alarm on a version number',
    trips: samStack({
      resources: alarm(
        "\n        - Name: FunctionName\n          Value: !Ref Api\n        - Name: Resource\n          Value: !Sub '${Api}:live'\n        - Name: ExecutedVersion\n          Value: '3'",
      ),
    }),
    passes: samStack({
      resources: alarm(
        "\n        - Name: FunctionName\n          Value: !Ref Api\n        - Name: Resource\n          Value: !Sub '${Api}:live'\n        - Name: ExecutedVersion\n          Value: !GetAtt Api.Version.Version",
      ),
    }),
    severity: 'high',
    resource: 'ApiErrors',
  },
  {
    rule: 'alarm.slower-than-shift',
    what: 'a 5-minute canary guarded by an alarm that needs 3 five-minute periods',
    trips: samStack({
      type: 'Canary10Percent5Minutes',
      resources: alarm(
        "\n        - Name: FunctionName\n          Value: !Ref Api\n        - Name: Resource\n          Value: !Sub '${Api}:live'",
        'Period: 300\n      EvaluationPeriods: 3',
      ),
    }),
    passes: samStack({ type: 'Canary10Percent5Minutes' }),
    severity: 'high',
    resource: 'ApiErrors',
  },
  {
    rule: 'alarm.slower-than-shift',
    what: 'a 1-minute linear step with an alarm needing 3 one-minute datapoints',
    trips: samStack({
      type: 'Linear10PercentEvery1Minute',
      resources: alarm(
        "\n        - Name: FunctionName\n          Value: !Ref Api\n        - Name: Resource\n          Value: !Sub '${Api}:live'",
        'Period: 60\n      EvaluationPeriods: 3',
      ),
    }),
    passes: samStack({ type: 'Linear10PercentEvery3Minutes' }),
    severity: 'medium',
    resource: 'ApiErrors',
  },
  {
    rule: 'alarm.missing-data-hides-canary',
    what: 'TreatMissingData ignore on the deployment alarm',
    trips: samStack({
      resources: alarm(
        "\n        - Name: FunctionName\n          Value: !Ref Api\n        - Name: Resource\n          Value: !Sub '${Api}:live'",
        'Period: 60\n      EvaluationPeriods: 1\n      TreatMissingData: ignore',
      ),
    }),
    passes: samStack({
      resources: alarm(
        "\n        - Name: FunctionName\n          Value: !Ref Api\n        - Name: Resource\n          Value: !Sub '${Api}:live'",
        'Period: 60\n      EvaluationPeriods: 1\n      TreatMissingData: missing',
      ),
    }),
    severity: 'low',
    resource: 'ApiErrors',
  },
  {
    rule: 'hook.not-invokable',
    what: 'a hook whose generated name is not CodeDeployHook_*',
    trips: samStack({ preferenceExtra: HOOKS, resources: ALIAS_ALARM + hookFunction(REPORT_POLICY) }),
    passes: samStack({
      preferenceExtra: HOOKS,
      resources: ALIAS_ALARM + hookFunction(`\n      FunctionName: CodeDeployHook_pre${REPORT_POLICY}`),
    }),
    severity: 'high',
    resource: 'PreHook',
  },
  {
    rule: 'hook.cannot-report',
    what: 'a hook without codedeploy:PutLifecycleEventHookExecutionStatus',
    trips: samStack({
      preferenceExtra: HOOKS,
      resources:
        ALIAS_ALARM +
        hookFunction('\n      FunctionName: CodeDeployHook_pre\n      Policies: AWSLambdaBasicExecutionRole'),
    }),
    passes: samStack({
      preferenceExtra: HOOKS,
      resources: ALIAS_ALARM + hookFunction(`\n      FunctionName: CodeDeployHook_pre${REPORT_POLICY}`),
    }),
    severity: 'high',
    resource: 'PreHook',
  },
  {
    rule: 'hook.timeout-too-short',
    what: "a hook on Lambda's default 3-second timeout",
    trips: samStack({
      preferenceExtra: HOOKS,
      resources: ALIAS_ALARM + hookFunction(`\n      FunctionName: CodeDeployHook_pre${REPORT_POLICY}`),
    }),
    passes: samStack({
      preferenceExtra: HOOKS,
      resources:
        ALIAS_ALARM + hookFunction(`\n      FunctionName: CodeDeployHook_pre\n      Timeout: 30${REPORT_POLICY}`),
    }),
    severity: 'low',
    resource: 'PreHook',
  },
  {
    rule: 'invoker.not-on-alias',
    what: 'an event source mapping on the bare function',
    trips: samStack({
      resources: `${ALIAS_ALARM}
  Feed:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: arn:aws:sqs:us-east-1:123456789012:feed
      FunctionName: !Ref Api`,
    }),
    passes: samStack({
      resources: `${ALIAS_ALARM}
  Feed:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: arn:aws:sqs:us-east-1:123456789012:feed
      FunctionName: !Ref Api.Alias`,
    }),
    severity: 'high',
    resource: 'Feed',
  },
  {
    rule: 'invoker.not-on-alias',
    what: 'a permission on a fixed version',
    trips: samStack({
      resources: `${ALIAS_ALARM}
  Invoke:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      Principal: apigateway.amazonaws.com
      FunctionName: !Sub '\${Api.Arn}:7'`,
    }),
    passes: samStack({
      resources: `${ALIAS_ALARM}
  Invoke:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      Principal: apigateway.amazonaws.com
      FunctionName: !Sub '\${Api.Arn}:live'`,
    }),
    severity: 'high',
    resource: 'Invoke',
  },
  {
    rule: 'provisioned-concurrency.not-on-alias',
    what: 'provisioned concurrency on a version',
    trips: samStack({
      resources: `${ALIAS_ALARM}
  Pinned:
    Type: AWS::Lambda::Version
    Properties:
      FunctionName: !Ref Api
      ProvisionedConcurrencyConfig:
        ProvisionedConcurrentExecutions: 5`,
    }),
    passes: samStack({
      functionExtra: '\n      ProvisionedConcurrencyConfig:\n        ProvisionedConcurrentExecutions: 5',
    }),
    severity: 'medium',
    resource: 'Pinned',
  },
  {
    rule: 'provisioned-concurrency.not-on-alias',
    what: 'provisioned concurrency on a weighted alias',
    trips: samStack({
      resources: `${ALIAS_ALARM}
  Split:
    Type: AWS::Lambda::Alias
    Properties:
      FunctionName: !Ref Api
      FunctionVersion: '4'
      Name: split
      RoutingConfig:
        AdditionalVersionWeights:
          - FunctionVersion: '5'
            FunctionWeight: 0.2
      ProvisionedConcurrencyConfig:
        ProvisionedConcurrentExecutions: 5`,
    }),
    passes: samStack({
      resources: `${ALIAS_ALARM}
  Split:
    Type: AWS::Lambda::Alias
    Properties:
      FunctionName: !Ref Api
      FunctionVersion: '4'
      Name: split
      ProvisionedConcurrencyConfig:
        ProvisionedConcurrentExecutions: 5`,
    }),
    severity: 'medium',
    resource: 'Split',
  },
  {
    rule: 'version.code-sha256-freezes',
    what: 'a constant AutoPublishCodeSha256',
    trips: samStack({ functionExtra: '\n      AutoPublishCodeSha256: release-1' }),
    passes: `Parameters:\n  Build:\n    Type: String\n    Default: b1\n${samStack({ functionExtra: '\n      AutoPublishCodeSha256: !Ref Build' })}`,
    severity: 'medium',
    resource: 'Api',
  },
  {
    rule: 'config.over-limits',
    what: 'a custom linear config whose shifts span more than 2,880 minutes',
    trips: samStack({
      resources: `${ALIAS_ALARM}
  Slow:
    Type: AWS::CodeDeploy::DeploymentConfig
    Properties:
      ComputePlatform: Lambda
      TrafficRoutingConfig:
        Type: TimeBasedLinear
        TimeBasedLinear: { LinearPercentage: 10, LinearInterval: 400 }`,
    }),
    passes: samStack({
      resources: `${ALIAS_ALARM}
  Slow:
    Type: AWS::CodeDeploy::DeploymentConfig
    Properties:
      ComputePlatform: Lambda
      TrafficRoutingConfig:
        Type: TimeBasedLinear
        TimeBasedLinear: { LinearPercentage: 10, LinearInterval: 300 }`,
    }),
    severity: 'medium',
    resource: 'Slow',
  },
];

describe('deployment rules', () => {
  it.each(cases)('$rule trips on $what', ({ rule, trips, severity, resource }) => {
    const found = findingsOf(trips, rule);
    expect(found.map((f) => [f.severity, f.resource])).toContainEqual([severity, resource]);
    expect(found[0]!.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });

  it.each(cases)('$rule stays quiet on the safe variant of $what', ({ rule, passes }) => {
    expect(findingsOf(passes, rule)).toEqual([]);
  });

  it('every finding names its rule, severity, resource, message and AWS page', () => {
    const [first] = analyseTemplate(samStack({ type: 'AllAtOnce' })).findings;
    expect(first).toMatchObject({
      rule: 'deployment.all-at-once',
      severity: 'high',
      resource: 'Api',
      docs: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html',
    });
    expect(first!.position?.line).toBe(4);
  });
});

describe('templates modelled on AWS examples', () => {
  it('the safe-deployments example has no high finding', () => {
    const { findings } = analyseTemplate(fixture('safe-deployments.yaml'));
    expect(findings.filter((f) => f.severity === 'high')).toEqual([]);
  });

  it('a team stack with parameters, Globals, conditions and unmodelled resources has no high finding', () => {
    const analysis = analyseTemplate(fixture('team-stack.yaml'));
    expect(analysis.findings.filter((f) => f.severity === 'high')).toEqual([]);
    expect(analysis.notSimulated.map((r) => r.type)).toEqual([
      'AWS::SQS::Queue',
      'AWS::DynamoDB::Table',
      'AWS::ElasticLoadBalancingV2::TargetGroup',
    ]);
  });

  it('the two-traps template shows both traps with their resources', () => {
    const { findings } = analyseTemplate(fixture('two-traps.yaml'));
    expect(findings.map((f) => [f.rule, f.resource]).sort()).toEqual([
      ['deployment.all-at-once', 'PaymentsFunction'],
      ['invoker.not-on-alias', 'PaymentsConsumer'],
    ]);
  });
});
