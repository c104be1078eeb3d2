import type { World } from '../../sim';
import { waitUntilFunctionReady } from '../../sim/lambda/waitUntilReady';
import {
  CODEDEPLOY_ROLE,
  DEFAULT_ALARM,
  DEFAULT_ALIAS,
  DEFAULT_APPLICATION,
  DEFAULT_FUNCTION,
  DEFAULT_GROUP,
  DEFAULT_RATE_PER_SECOND,
  ERROR_RATE_THRESHOLD_PERCENT,
  FAULTY_CODE,
  FIXED_CODE,
  HEALTHY_CODE,
  LAMBDA_ROLE,
} from './defaultWorld';

export * from './defaultWorld';

/**
 * The same setup in the Lab page: the page gets a turn (a new task, see yieldToPage) before each step and
 * after the last, so building the world is several short tasks instead of one long one that would hold up
 * input (issue 18, Lighthouse TBT). Nothing else touches the world meanwhile: the page shows it only once it is set up.
 */
export function defaultSetupSliced(
  ratePerSecond: number,
  yieldNow: () => Promise<void>,
): (world: World) => Promise<void> {
  return async (world) => {
    for (const step of defaultSetupSteps(world, ratePerSecond)) {
      await yieldNow();
      step();
    }
    // What follows the setup (the runtime's first snapshot) is a task of its own too.
    await yieldNow();
  };
}

/**
 * The Lab's default world (no ?scenario=): function `orders`, version 1 healthy, version 2 slightly
 * faulty, alias `live` on 1, API Gateway at 50 rps to orders:live, an error-rate alarm on the alias
 * Resource, and a CodeDeploy application + group that uses the alarm with automatic rollback.
 * The learner starts deployments from the Console or the Lab's buttons (startDeployment below).
 */
export function defaultSetup(world: World, ratePerSecond: number = DEFAULT_RATE_PER_SECOND): void {
  for (const step of defaultSetupSteps(world, ratePerSecond)) step();
}

/** The default world's setup, in the order it must run; each step is a few milliseconds of work. */
function defaultSetupSteps(world: World, ratePerSecond: number): (() => void)[] {
  const { lambda, cloudwatch, codedeploy, traffic } = world;
  // Scoped to the alias Resource, so it watches what users of orders:live get, whichever version
  // served them (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
  const dims = [
    { Name: 'FunctionName', Value: DEFAULT_FUNCTION },
    { Name: 'Resource', Value: `${DEFAULT_FUNCTION}:${DEFAULT_ALIAS}` },
  ];
  return [
    () => {
      lambda.createFunction({
        FunctionName: DEFAULT_FUNCTION,
        Runtime: 'nodejs22.x',
        Handler: 'index.handler',
        Role: LAMBDA_ROLE,
        Code: { ZipFile: JSON.stringify(HEALTHY_CODE) },
      });
      // Each step waits for the function to be ready, as a pipeline must (functions-states.html).
      waitUntilFunctionReady(world, DEFAULT_FUNCTION);
    },
    () => lambda.publishVersion({ FunctionName: DEFAULT_FUNCTION, Description: 'first release' }),
    () => {
      lambda.updateFunctionCode({ FunctionName: DEFAULT_FUNCTION, ZipFile: JSON.stringify(FAULTY_CODE) });
      waitUntilFunctionReady(world, DEFAULT_FUNCTION);
    },
    () => {
      lambda.publishVersion({ FunctionName: DEFAULT_FUNCTION, Description: 'coupon support' });
      lambda.createAlias({ FunctionName: DEFAULT_FUNCTION, Name: DEFAULT_ALIAS, FunctionVersion: '1' });
    },
    () =>
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
      }),
    () => codedeploy.createApplication({ applicationName: DEFAULT_APPLICATION, computePlatform: 'Lambda' }),
    () =>
      codedeploy.createDeploymentGroup({
        applicationName: DEFAULT_APPLICATION,
        deploymentGroupName: DEFAULT_GROUP,
        serviceRoleArn: CODEDEPLOY_ROLE,
        deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
        alarmConfiguration: { enabled: true, alarms: [{ name: DEFAULT_ALARM }] },
        autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
      }),
    () => traffic.start({ source: 'ApiGateway', target: `${DEFAULT_FUNCTION}:${DEFAULT_ALIAS}`, ratePerSecond }),
  ];
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
  const alias = world.lambda.getAlias({ FunctionName: DEFAULT_FUNCTION, Name: DEFAULT_ALIAS });
  const { deploymentId } = world.codedeploy.createDeployment({
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
  return deploymentId;
}

/** Fixes the bug in $LATEST and publishes it: returns the new version number. */
export async function publishFixedVersion(world: World): Promise<string> {
  world.lambda.updateFunctionCode({ FunctionName: DEFAULT_FUNCTION, ZipFile: JSON.stringify(FIXED_CODE) });
  // PublishVersion is refused until the update has finished: wait for it, as a pipeline does.
  waitUntilFunctionReady(world, DEFAULT_FUNCTION);
  const v = world.lambda.publishVersion({ FunctionName: DEFAULT_FUNCTION, Description: 'coupon fix' });
  return v.Version as string;
}
