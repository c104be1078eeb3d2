import { describe, expect, it } from 'vitest';
import { MIN, ordersWorld } from './worldSetup';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-configure-advanced-options.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-stop.html

describe('CodeDeploy in a whole world (real Lambda, CloudWatch and traffic)', () => {
  it('a bad canary raises the alias-scoped Errors alarm, the deployment stops and a rollback restores version 1 (all-at-once-bad-version)', () => {
    const { w, deploy, alias, info } = ordersWorld({
      newErrorRate: 0.5,
      group: {
        deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent10Minutes',
        alarmConfiguration: { enabled: true, alarms: [{ name: 'orders-live-errors' }] },
        autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
      },
    });
    w.cloudwatch.putMetricAlarm({
      AlarmName: 'orders-live-errors',
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [
        { Name: 'FunctionName', Value: 'orders' },
        { Name: 'Resource', Value: 'orders:live' },
      ],
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 5,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
    w.traffic.start({ source: 'ApiGateway', target: 'orders:live', ratePerSecond: 20 });
    w.advance(2 * MIN);
    const id = deploy();
    expect(alias()).toEqual({ FunctionVersion: '1', weights: { '2': 0.1 } });
    w.advance(10 * MIN);
    const d = info(id);
    expect(d.status).toBe('Stopped');
    expect(d.errorInformation?.code).toBe('ALARM_ACTIVE');
    expect(info(d.rollbackInfo!.rollbackDeploymentId!).creator).toBe('codeDeployRollback');
    expect(alias()).toEqual({ FunctionVersion: '1', weights: {} });
    const narration = w
      .snapshot()
      .events.filter((e) => e.service === 'codedeploy')
      .map((e) => e.message);
    expect(narration.some((m) => m.includes('orders-live-errors') && m.includes('10 %') && m.includes(id))).toBe(true);
  });

  it('hooks defined by code documents report through PutLifecycleEventHookExecutionStatus', () => {
    const { w, deploy, alias, info } = ordersWorld({
      before: { reports: 'Succeeded', afterMs: 15_000 },
      after: { reports: 'Succeeded', afterMs: 15_000 },
    });
    const id = deploy();
    expect(info(id).status).toBe('InProgress');
    w.advance(15_000);
    expect(alias()).toEqual({ FunctionVersion: '2', weights: {} });
    w.advance(15_000);
    expect(info(id).status).toBe('Succeeded');
  });

  it('a hook whose code never reports fails the deployment after one hour (hook-never-reports)', () => {
    const { w, deploy, info } = ordersWorld({ before: { reports: 'nothing', afterMs: 0 } });
    const id = deploy();
    w.advance(60 * MIN - 1000);
    expect(info(id).status).toBe('InProgress');
    w.advance(1000);
    expect(info(id).status).toBe('Failed');
  });

  it('stop without rollback leaves live split, and the next deployment fails until the split is removed (stop-without-rollback)', () => {
    const { w, deploy, alias, info } = ordersWorld({
      group: { deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute' },
    });
    const id = deploy();
    w.advance(2 * MIN);
    w.codedeploy.stopDeployment({ deploymentId: id, autoRollbackEnabled: false });
    expect(alias()).toEqual({ FunctionVersion: '1', weights: { '2': 0.3 } });
    const next = deploy();
    expect(info(next)).toMatchObject({ status: 'Failed', errorInformation: { code: 'INVALID_LAMBDA_CONFIGURATION' } });
    w.lambda.updateAlias({
      FunctionName: 'orders',
      Name: 'live',
      FunctionVersion: '1',
      RoutingConfig: { AdditionalVersionWeights: {} },
    });
    const third = deploy();
    w.advance(10 * MIN);
    expect(info(third).status).toBe('Succeeded');
    expect(alias()).toEqual({ FunctionVersion: '2', weights: {} });
  });

  it('notifies world subscribers as the deployment shifts traffic on the world clock', () => {
    const { w, deploy } = ordersWorld({
      group: { deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes' },
    });
    const seen: string[] = [];
    w.subscribe((s) => seen.push(s.codedeploy.deployments.at(-1)?.status ?? 'none'));
    deploy();
    w.advance(5 * MIN);
    expect(seen[0]).toBe('InProgress');
    expect(seen.at(-1)).toBe('Succeeded');
  });
});
