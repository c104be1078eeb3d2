import type { World } from '../../sim';
import { waitUntilFunctionReady } from '../../sim/lambda/waitUntilReady';

/**
 * The Lab's default world (no ?scenario=): function `orders`, version 1 healthy, version 2 slightly
 * faulty, alias `live` on 1, API Gateway at 50 rps to orders:live, an error-rate alarm on the alias
 * Resource, and a CodeDeploy application + group that uses the alarm with automatic rollback.
 * The learner starts deployments from the Console or the Lab's buttons (startDeployment below).
 */
export const DEFAULT_FUNCTION = 'orders';
export const DEFAULT_ALIAS = 'live';
export const DEFAULT_APPLICATION = 'orders-app';
export const DEFAULT_GROUP = 'orders-live-dg';
export const DEFAULT_ALARM = 'orders-live-error-rate';
export const DEFAULT_RATE_PER_SECOND = 50;
export const LAMBDA_ROLE = 'arn:aws:iam::123456789012:role/orders-lambda-exec';
export const CODEDEPLOY_ROLE = 'arn:aws:iam::123456789012:role/CodeDeployServiceRoleForLambda';

/** Healthy and faulty code documents (sim-api.md "Simulated code"). */
export const HEALTHY_CODE = { errorRate: 0, durationMs: 110, initDurationMs: 450 };
/** Version 2: one request in ten fails, enough for the alias-level error rate to cross 0.5 % during a 10 % canary. */
export const FAULTY_CODE = { errorRate: 0.1, durationMs: 130, initDurationMs: 450 };
export const FIXED_CODE = { errorRate: 0, durationMs: 105, initDurationMs: 450, fix: 'null check on the coupon field' };

/** Threshold in percent of requests through the alias that fail. */
export const ERROR_RATE_THRESHOLD_PERCENT = 0.5;

export const DEPLOYMENT_CHOICES = [
  'CodeDeployDefault.LambdaCanary10Percent5Minutes',
  'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
  'CodeDeployDefault.LambdaAllAtOnce',
] as const;

/** The default world with another API Gateway rate (the Lab's ?rate= parameter; the frame bench uses 1,000). */
export function defaultSetupAt(ratePerSecond: number): (world: World) => void {
  return (world) => defaultSetup(world, ratePerSecond);
}

export function defaultSetup(world: World, ratePerSecond: number = DEFAULT_RATE_PER_SECOND): void {
  const { lambda, cloudwatch, codedeploy, traffic } = world;
  lambda.createFunction({
    FunctionName: DEFAULT_FUNCTION,
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    Role: LAMBDA_ROLE,
    Code: { ZipFile: JSON.stringify(HEALTHY_CODE) },
  });
  // Each step waits for the function to be ready, as a pipeline must (functions-states.html).
  waitUntilFunctionReady(world, DEFAULT_FUNCTION);
  lambda.publishVersion({ FunctionName: DEFAULT_FUNCTION, Description: 'first release' });
  lambda.updateFunctionCode({ FunctionName: DEFAULT_FUNCTION, ZipFile: JSON.stringify(FAULTY_CODE) });
  waitUntilFunctionReady(world, DEFAULT_FUNCTION);
  lambda.publishVersion({ FunctionName: DEFAULT_FUNCTION, Description: 'coupon support' });
  lambda.createAlias({ FunctionName: DEFAULT_FUNCTION, Name: DEFAULT_ALIAS, FunctionVersion: '1' });

  // Scoped to the alias Resource, so it watches what users of orders:live get, whichever version
  // served them (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
  const dims = [
    { Name: 'FunctionName', Value: DEFAULT_FUNCTION },
    { Name: 'Resource', Value: `${DEFAULT_FUNCTION}:${DEFAULT_ALIAS}` },
  ];
  cloudwatch.putMetricAlarm({
    AlarmName: DEFAULT_ALARM,
    AlarmDescription: 'Share of orders:live requests that fail, in percent',
    Metrics: [
      {
        Id: 'errors',
        MetricStat: {
          Metric: { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: dims },
          Period: 60,
          Stat: 'Sum',
        },
        ReturnData: false,
      },
      {
        Id: 'invocations',
        MetricStat: {
          Metric: { Namespace: 'AWS/Lambda', MetricName: 'Invocations', Dimensions: dims },
          Period: 60,
          Stat: 'Sum',
        },
        ReturnData: false,
      },
      { Id: 'rate', Expression: '100 * errors / invocations', Label: 'Error rate (%)', ReturnData: true },
    ],
    EvaluationPeriods: 1,
    Threshold: ERROR_RATE_THRESHOLD_PERCENT,
    ComparisonOperator: 'GreaterThanThreshold',
    TreatMissingData: 'notBreaching',
  });

  codedeploy.createApplication({ applicationName: DEFAULT_APPLICATION, computePlatform: 'Lambda' });
  codedeploy.createDeploymentGroup({
    applicationName: DEFAULT_APPLICATION,
    deploymentGroupName: DEFAULT_GROUP,
    serviceRoleArn: CODEDEPLOY_ROLE,
    deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
    alarmConfiguration: { enabled: true, alarms: [{ name: DEFAULT_ALARM }] },
    autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
  });

  traffic.start({ source: 'ApiGateway', target: `${DEFAULT_FUNCTION}:${DEFAULT_ALIAS}`, ratePerSecond });
}

/** The AppSpec CodeDeploy needs for a Lambda alias shift (the alias's current version → target). */
export function aliasAppSpec(
  functionName: string,
  alias: string,
  currentVersion: string,
  targetVersion: string,
): string {
  return [
    'version: 0.0',
    'Resources:',
    `  - ${functionName}:`,
    '      Type: AWS::Lambda::Function',
    '      Properties:',
    `        Name: ${functionName}`,
    `        Alias: ${alias}`,
    `        CurrentVersion: "${currentVersion}"`,
    `        TargetVersion: "${targetVersion}"`,
  ].join('\n');
}

/** Starts a deployment of `targetVersion` on the default group, from whatever version the alias points at now. */
export async function startDefaultDeployment(
  world: World,
  targetVersion: string,
  deploymentConfigName: string,
): Promise<string> {
  const alias = await world.lambda.getAlias({ FunctionName: DEFAULT_FUNCTION, Name: DEFAULT_ALIAS });
  const { deploymentId } = await world.codedeploy.createDeployment({
    applicationName: DEFAULT_APPLICATION,
    deploymentGroupName: DEFAULT_GROUP,
    deploymentConfigName,
    description: `orders:live → version ${targetVersion}`,
    revision: {
      revisionType: 'AppSpecContent',
      appSpecContent: {
        content: aliasAppSpec(DEFAULT_FUNCTION, DEFAULT_ALIAS, String(alias.FunctionVersion), targetVersion),
      },
    },
  });
  return deploymentId as string;
}

/** Fixes the bug in $LATEST and publishes it: returns the new version number. */
export async function publishFixedVersion(world: World): Promise<string> {
  await world.lambda.updateFunctionCode({ FunctionName: DEFAULT_FUNCTION, ZipFile: JSON.stringify(FIXED_CODE) });
  // PublishVersion is refused until the update has finished: wait for it, as a pipeline does.
  waitUntilFunctionReady(world, DEFAULT_FUNCTION);
  const v = await world.lambda.publishVersion({ FunctionName: DEFAULT_FUNCTION, Description: 'coupon fix' });
  return v.Version as string;
}
