import type { DeploymentRecord } from './model';

/**
 * Records → AWS SDK v3 output shapes (times as Date, as the SDK deserialises them).
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentInfo.html
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_LambdaTarget.html
 */
const date = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));

export const targetIdOf = (d: DeploymentRecord) => `${d.appSpec.functionName}:${d.appSpec.alias}`;

export function deploymentOverview(d: DeploymentRecord) {
  const overview = { Pending: 0, InProgress: 0, Succeeded: 0, Failed: 0, Skipped: 0, Ready: 0 };
  const key = d.targetStatus as keyof typeof overview;
  if (key in overview) overview[key] = 1;
  return overview;
}

export function toDeploymentInfo(d: DeploymentRecord) {
  return {
    applicationName: d.applicationName,
    deploymentGroupName: d.deploymentGroupName,
    deploymentConfigName: d.deploymentConfigName,
    deploymentId: d.deploymentId,
    revision: structuredClone(d.revision),
    status: d.status,
    errorInformation: d.errorInformation ? { ...d.errorInformation } : undefined,
    createTime: date(d.createTime),
    startTime: date(d.startTime),
    completeTime: date(d.completeTime),
    deploymentOverview: deploymentOverview(d),
    description: d.description,
    creator: d.creator,
    externalId: d.externalId,
    autoRollbackConfiguration: structuredClone(d.autoRollbackConfiguration),
    overrideAlarmConfiguration: d.overrideAlarmConfiguration
      ? structuredClone(d.overrideAlarmConfiguration)
      : undefined,
    rollbackInfo: d.rollbackInfo ? { ...d.rollbackInfo } : undefined,
    deploymentStyle: { deploymentType: 'BLUE_GREEN' as const, deploymentOption: 'WITH_TRAFFIC_CONTROL' as const },
    computePlatform: 'Lambda' as const,
    deploymentStatusMessages: [...d.deploymentStatusMessages],
  };
}

export function toLambdaTarget(d: DeploymentRecord, region: string, accountId: string) {
  const { functionName, alias, currentVersion, targetVersion } = d.appSpec;
  const lastUpdated = Math.max(
    d.createTime,
    ...d.lifecycleEvents.map((e) => e.endTime ?? e.startTime ?? 0),
    d.completeTime ?? 0,
  );
  return {
    deploymentId: d.deploymentId,
    targetId: targetIdOf(d),
    targetArn: `arn:aws:lambda:${region}:${accountId}:function:${functionName}:${alias}`,
    status: d.targetStatus,
    lastUpdatedAt: new Date(lastUpdated),
    lifecycleEvents: d.lifecycleEvents.map((e) => ({
      lifecycleEventName: e.lifecycleEventName,
      status: e.status,
      startTime: date(e.startTime),
      endTime: date(e.endTime),
    })),
    lambdaFunctionInfo: {
      functionName,
      functionAlias: alias,
      currentVersion,
      targetVersion,
      targetVersionWeight: d.targetVersionWeight,
    },
  };
}
