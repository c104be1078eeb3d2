import type { World } from '../../../sim';
import { waitUntilFunctionReady } from '../../../sim/lambda/waitUntilReady';
import { aliasAppSpec } from '../defaultSetup';

/**
 * The one world every strategy of the compare mode starts from: the same function, the same faulty
 * version, the same alarm and the same seeded traffic, so that the deployment configuration is the
 * only thing that differs between the three runs.
 */
export const COMPARE_FUNCTION = 'checkout';
export const COMPARE_ALIAS = 'live';
export const COMPARE_APPLICATION = 'checkout-app';
export const COMPARE_GROUP = 'checkout-live-dg';
export const COMPARE_ALARM = 'checkout-live-error-rate';
/** Error rate threshold in percent of the alias's requests. */
export const COMPARE_THRESHOLD_PERCENT = 1;
/**
 * An AfterAllowTraffic validation hook that reports Succeeded after three minutes. All-at-once has
 * no bake time: without a hook the deployment succeeds the moment the alias moves, and an alarm that
 * fires afterwards triggers nothing
 * (https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-create-alarms.html). The hook keeps the
 * deployment open long enough for the alarm to act, as a real post-traffic test would. CodeDeploy's
 * managed role may only invoke functions named CodeDeployHook_*
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html).
 */
export const COMPARE_HOOK = 'CodeDeployHook_checkoutPostTraffic';
export const COMPARE_HOOK_MS = 180_000;

export interface CompareWorldOptions {
  /** Share of requests version 2 fails (0–1). */
  errorRate: number;
  ratePerSecond: number;
}

export function setUpCompareWorld(world: World, options: CompareWorldOptions): void {
  const { lambda, cloudwatch, codedeploy, traffic } = world;
  lambda.createFunction({
    FunctionName: COMPARE_FUNCTION,
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    Role: 'arn:aws:iam::123456789012:role/checkout-exec',
    Code: { ZipFile: JSON.stringify({ errorRate: 0, durationMs: 100 }) },
  });
  // Each step waits for the function to be ready, as a pipeline must (functions-states.html).
  waitUntilFunctionReady(world, COMPARE_FUNCTION);
  lambda.publishVersion({ FunctionName: COMPARE_FUNCTION, Description: 'known good' });
  lambda.updateFunctionCode({
    FunctionName: COMPARE_FUNCTION,
    ZipFile: JSON.stringify({ errorRate: options.errorRate, durationMs: 100 }),
  });
  waitUntilFunctionReady(world, COMPARE_FUNCTION);
  lambda.publishVersion({ FunctionName: COMPARE_FUNCTION, Description: 'faulty release' });
  lambda.createAlias({ FunctionName: COMPARE_FUNCTION, Name: COMPARE_ALIAS, FunctionVersion: '1' });
  lambda.createFunction({
    FunctionName: COMPARE_HOOK,
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    Role: 'arn:aws:iam::123456789012:role/checkout-hook-exec',
    Code: { ZipFile: JSON.stringify({ hook: { reports: 'Succeeded', afterMs: COMPARE_HOOK_MS } }) },
  });
  waitUntilFunctionReady(world, COMPARE_HOOK);

  // On the alias Resource: it sees what the alias's callers get, whichever version served them.
  // https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
  const dims = [
    { Name: 'FunctionName', Value: COMPARE_FUNCTION },
    { Name: 'Resource', Value: `${COMPARE_FUNCTION}:${COMPARE_ALIAS}` },
  ];
  cloudwatch.putMetricAlarm({
    AlarmName: COMPARE_ALARM,
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
    Threshold: COMPARE_THRESHOLD_PERCENT,
    ComparisonOperator: 'GreaterThanThreshold',
    TreatMissingData: 'notBreaching',
  });

  codedeploy.createApplication({ applicationName: COMPARE_APPLICATION, computePlatform: 'Lambda' });
  // Alarms stop the deployment and DEPLOYMENT_STOP_ON_ALARM rolls it back
  // (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html).
  codedeploy.createDeploymentGroup({
    applicationName: COMPARE_APPLICATION,
    deploymentGroupName: COMPARE_GROUP,
    serviceRoleArn: 'arn:aws:iam::123456789012:role/CodeDeployServiceRoleForLambda',
    alarmConfiguration: { enabled: true, alarms: [{ name: COMPARE_ALARM }] },
    autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
  });

  traffic.start({
    source: 'ApiGateway',
    target: `${COMPARE_FUNCTION}:${COMPARE_ALIAS}`,
    ratePerSecond: options.ratePerSecond,
  });
}

export async function startCompareDeployment(world: World, deploymentConfigName: string): Promise<string> {
  const { deploymentId } = world.codedeploy.createDeployment({
    applicationName: COMPARE_APPLICATION,
    deploymentGroupName: COMPARE_GROUP,
    deploymentConfigName,
    description: `Compare: ${deploymentConfigName}`,
    revision: {
      revisionType: 'AppSpecContent',
      appSpecContent: {
        content: `${aliasAppSpec(COMPARE_FUNCTION, COMPARE_ALIAS, '1', '2')}\nHooks:\n  - AfterAllowTraffic: ${COMPARE_HOOK}`,
      },
    },
  });
  return deploymentId;
}
