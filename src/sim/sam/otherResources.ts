import { isAwsError } from '../core/errors';
import { validatePutMetricAlarm } from '../cloudwatch/validation';
import type { PutMetricAlarmInput } from '../cloudwatch/types';
import { validateTrafficRoutingConfig } from '../codedeploy/deploymentConfigs';
import {
  normaliseAlarmConfiguration,
  normaliseAutoRollback,
  normaliseDeploymentStyle,
  validateServiceRole,
} from '../codedeploy/groupValidation';
import type { AlarmConfiguration, AutoRollbackConfiguration, TrafficRoutingConfig } from '../codedeploy/types';
import { isRecord } from './intrinsics';
import { generatedPhysicalName } from './names';
import type { HandlerContext, ResourceKind } from './resourceKind';
import { handlerFailure } from './resourceErrors';

/**
 * AWS::CodeDeploy::Application / DeploymentConfig / DeploymentGroup, AWS::CloudWatch::Alarm and
 * AWS::IAM::Role. The Lab has no IAM: a role is a name and an ARN and nothing else.
 */

/** Template scalars as the API receives them; a map or list (refused earlier by checkPropertyTypes) never becomes "[object Object]". */
const str = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v);
const num = (v: unknown): number | undefined => (v === undefined || v === null || v === '' ? undefined : Number(v));

const guard = <T>(ctx: HandlerContext, type: string, fn: () => T): T => {
  try {
    return fn();
  } catch (e) {
    if (isAwsError(e)) throw handlerFailure(ctx, type, e.message, e.name);
    throw e;
  }
};

export const iamRole: ResourceKind = {
  physicalId: (props, stack, id) => str(props.RoleName) ?? generatedPhysicalName(stack, id, 64, true),
  attributes: {
    Arn: (name, world) => `arn:aws:iam::${world.accountId}:role/${name}`,
    RoleId: (name) =>
      `AROA${name
        .replace(/[^A-Z0-9]/gi, '')
        .toUpperCase()
        .slice(0, 17)}`,
  },
  replacement: ['RoleName', 'Path'],
  validate() {},
  create: () => ({}),
  update: () => ({}),
  remove() {},
};

export const codeDeployApplication: ResourceKind = {
  physicalId: (props, stack, id) => str(props.ApplicationName) ?? generatedPhysicalName(stack, id, 100),
  attributes: {},
  replacement: ['ApplicationName', 'ComputePlatform'],
  validate(props, ctx) {
    if (props.ComputePlatform !== 'Lambda')
      throw handlerFailure(
        ctx,
        'AWS::CodeDeploy::Application',
        `Compute platform '${str(props.ComputePlatform) ?? 'Server'}' is not modelled in this Lab: set ComputePlatform: Lambda.`,
        'InvalidComputePlatformException',
      );
  },
  create(_props, physicalId, ctx) {
    guard(ctx, 'AWS::CodeDeploy::Application', () =>
      ctx.world.codedeploy.createApplication({ applicationName: physicalId, computePlatform: 'Lambda' }),
    );
    return {};
  },
  update: () => ({}),
  remove(previous, ctx) {
    // The simulated CodeDeploy has no DeleteApplication; the application stays.
    ctx.note(
      `CodeDeploy application ${previous.physicalId} was left in place (the Lab does not model deleting applications).`,
    );
  },
};

function trafficRoutingOf(props: Record<string, unknown>): TrafficRoutingConfig | undefined {
  const t = props.TrafficRoutingConfig;
  if (!isRecord(t)) return undefined;
  const out: TrafficRoutingConfig = { type: t.Type as TrafficRoutingConfig['type'] };
  if (isRecord(t.TimeBasedCanary))
    out.timeBasedCanary = {
      canaryPercentage: num(t.TimeBasedCanary.CanaryPercentage)!,
      canaryInterval: num(t.TimeBasedCanary.CanaryInterval)!,
    };
  if (isRecord(t.TimeBasedLinear))
    out.timeBasedLinear = {
      linearPercentage: num(t.TimeBasedLinear.LinearPercentage)!,
      linearInterval: num(t.TimeBasedLinear.LinearInterval)!,
    };
  return out;
}

export const codeDeployConfig: ResourceKind = {
  physicalId: (props, stack, id) => str(props.DeploymentConfigName) ?? generatedPhysicalName(stack, id, 100),
  attributes: {},
  // Every property of AWS::CodeDeploy::DeploymentConfig requires replacement
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codedeploy-deploymentconfig.html).
  replacement: 'all',
  validate(props, ctx) {
    const type = 'AWS::CodeDeploy::DeploymentConfig';
    if (props.ComputePlatform !== 'Lambda')
      throw handlerFailure(
        ctx,
        type,
        'A Lambda deployment configuration needs ComputePlatform: Lambda.',
        'InvalidComputePlatformException',
      );
    guard(ctx, type, () => validateTrafficRoutingConfig(trafficRoutingOf(props)));
    const name = str(props.DeploymentConfigName);
    if (name?.startsWith('CodeDeployDefault.'))
      throw handlerFailure(
        ctx,
        type,
        "Deployment config names cannot start with the reserved prefix 'CodeDeployDefault.'",
        'InvalidDeploymentConfigNameException',
      );
  },
  create(props, physicalId, ctx) {
    guard(ctx, 'AWS::CodeDeploy::DeploymentConfig', () =>
      ctx.world.codedeploy.createDeploymentConfig({
        deploymentConfigName: physicalId,
        computePlatform: 'Lambda',
        trafficRoutingConfig: trafficRoutingOf(props),
      }),
    );
    return {};
  },
  update(props, previous, ctx) {
    return this.create(props, previous.physicalId, ctx);
  },
  remove(previous, ctx) {
    try {
      ctx.world.codedeploy.deleteDeploymentConfig({ deploymentConfigName: previous.physicalId });
    } catch (e) {
      if (!isAwsError(e)) throw e;
      ctx.note(`Deployment config ${previous.physicalId} was not deleted: ${e.message}`);
    }
  },
};

function groupInput(props: Record<string, unknown>) {
  const alarms = isRecord(props.AlarmConfiguration) ? props.AlarmConfiguration : {};
  const rollback = isRecord(props.AutoRollbackConfiguration) ? props.AutoRollbackConfiguration : undefined;
  const style = isRecord(props.DeploymentStyle) ? props.DeploymentStyle : undefined;
  const alarmConfiguration: AlarmConfiguration = {
    enabled: alarms.Enabled === true || alarms.Enabled === 'true',
    ignorePollAlarmFailure: alarms.IgnorePollAlarmFailure === true || alarms.IgnorePollAlarmFailure === 'true',
    alarms: Array.isArray(alarms.Alarms) ? alarms.Alarms.map((a) => ({ name: String(isRecord(a) ? a.Name : a) })) : [],
  };
  const autoRollbackConfiguration: AutoRollbackConfiguration | undefined = rollback
    ? {
        enabled: rollback.Enabled === true || rollback.Enabled === 'true',
        events: Array.isArray(rollback.Events) ? (rollback.Events as AutoRollbackConfiguration['events']) : [],
      }
    : undefined;
  return {
    applicationName: str(props.ApplicationName),
    deploymentConfigName: str(props.DeploymentConfigName),
    serviceRoleArn: str(props.ServiceRoleArn),
    deploymentStyle: style
      ? {
          deploymentType: style.DeploymentType as 'BLUE_GREEN',
          deploymentOption: style.DeploymentOption as 'WITH_TRAFFIC_CONTROL',
        }
      : undefined,
    alarmConfiguration,
    autoRollbackConfiguration,
  };
}

export const codeDeployGroup: ResourceKind = {
  physicalId: (props, stack, id) => str(props.DeploymentGroupName) ?? generatedPhysicalName(stack, id, 100),
  attributes: {},
  replacement: ['ApplicationName', 'DeploymentGroupName'],
  validate(props, ctx) {
    const type = 'AWS::CodeDeploy::DeploymentGroup';
    const input = groupInput(props);
    if (input.applicationName === undefined)
      throw handlerFailure(
        ctx,
        type,
        'Properties validation failed for resource with message: #: required key [ApplicationName] not found',
      );
    if (input.serviceRoleArn === undefined)
      throw handlerFailure(
        ctx,
        type,
        'Properties validation failed for resource with message: #: required key [ServiceRoleArn] not found',
      );
    guard(ctx, type, () => {
      validateServiceRole(input.serviceRoleArn);
      normaliseAlarmConfiguration(input.alarmConfiguration);
      normaliseAutoRollback(input.autoRollbackConfiguration);
      normaliseDeploymentStyle(input.deploymentStyle);
    });
    const app = input.applicationName;
    if (!ctx.plannedPhysicalIds('AWS::CodeDeploy::Application').includes(app))
      guard(ctx, type, () => ctx.world.codedeploy.getApplication({ applicationName: app }));
    const config = input.deploymentConfigName;
    // A custom name must exist already or be created by this template (an unknown name fails only
    // here, when CloudFormation creates the group: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html).
    if (config !== undefined && !ctx.plannedPhysicalIds('AWS::CodeDeploy::DeploymentConfig').includes(config))
      guard(ctx, type, () => ctx.world.codedeploy.getDeploymentConfig({ deploymentConfigName: config }));
  },
  create(props, physicalId, ctx) {
    const input = groupInput(props);
    guard(ctx, 'AWS::CodeDeploy::DeploymentGroup', () =>
      ctx.world.codedeploy.createDeploymentGroup({
        ...input,
        applicationName: input.applicationName!,
        deploymentGroupName: physicalId,
      }),
    );
    return {};
  },
  update(props, previous, ctx) {
    const input = groupInput(props);
    guard(ctx, 'AWS::CodeDeploy::DeploymentGroup', () =>
      ctx.world.codedeploy.updateDeploymentGroup({
        ...input,
        applicationName: input.applicationName!,
        currentDeploymentGroupName: previous.physicalId,
        autoRollbackConfiguration: input.autoRollbackConfiguration ?? { enabled: false, events: [] },
      }),
    );
    return {};
  },
  remove(previous, ctx) {
    ctx.note(
      `Deployment group ${previous.physicalId} was left in place (the Lab does not model deleting deployment groups).`,
    );
  },
};

const ALARM_NUMBERS = ['Period', 'EvaluationPeriods', 'DatapointsToAlarm', 'Threshold'];

function alarmInput(props: Record<string, unknown>, name: string): PutMetricAlarmInput {
  const out: Record<string, unknown> = { ...props, AlarmName: name };
  for (const k of ALARM_NUMBERS) if (out[k] !== undefined) out[k] = num(out[k]);
  if (Array.isArray(out.Metrics))
    out.Metrics = out.Metrics.map((q) =>
      isRecord(q) && isRecord(q.MetricStat)
        ? { ...q, MetricStat: { ...q.MetricStat, Period: num(q.MetricStat.Period) } }
        : q,
    );
  // Template properties are untyped until CloudWatch's PutMetricAlarm validates every field, as the
  // AWS API does for CloudFormation; the cast only hands them over.
  return out as unknown as PutMetricAlarmInput;
}

export const cloudWatchAlarm: ResourceKind = {
  physicalId: (props, stack, id) => str(props.AlarmName) ?? generatedPhysicalName(stack, id, 255, true),
  attributes: { Arn: (name, world) => `arn:aws:cloudwatch:${world.region}:${world.accountId}:alarm:${name}` },
  replacement: ['AlarmName'],
  validate(props, ctx) {
    guard(ctx, 'AWS::CloudWatch::Alarm', () =>
      validatePutMetricAlarm(alarmInput(props, str(props.AlarmName) ?? 'placeholder-name')),
    );
  },
  create(props, physicalId, ctx) {
    guard(ctx, 'AWS::CloudWatch::Alarm', () => ctx.world.cloudwatch.putMetricAlarm(alarmInput(props, physicalId)));
    return {};
  },
  update(props, previous, ctx) {
    return this.create(props, previous.physicalId, ctx);
  },
  remove(previous, ctx) {
    ctx.world.cloudwatch.deleteAlarms({ AlarmNames: [previous.physicalId] });
  },
};
