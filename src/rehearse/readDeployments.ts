import { PREDEFINED_LAMBDA_CONFIGS } from '../sim/codedeploy/deploymentConfigs';
import { isRecord } from '../sim/sam/intrinsics';
import type { DeploymentModel, StackModel, TrafficRouting } from './model';
import { functionNameIn } from './readTemplate';

/**
 * The CodeDeploy deployments a template sets up: SAM's DeploymentPreference on a function with
 * AutoPublishAlias, or a plain CloudFormation alias with a CodeDeployLambdaAliasUpdate UpdatePolicy
 * and the deployment group it names.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html
 */
export function readDeployments(
  model: StackModel,
  globals: unknown,
  names: ReadonlyMap<string, string>,
): DeploymentModel[] {
  const out: DeploymentModel[] = [];
  // Ids come from Object.keys(model.resolved), so model.resolved[id] exists.
  const byName = (name: string, type: string) =>
    Object.keys(model.resolved).find((id) => model.resolved[id]!.type === type && names.get(id) === name);

  for (const fn of model.functions) {
    if (fn.kind !== 'sam') continue;
    const pref = fn.properties.DeploymentPreference;
    const alias = fn.properties.AutoPublishAlias;
    if (!isRecord(pref) || typeof alias !== 'string') continue;
    if (pref.Enabled === false || pref.Enabled === 'false' || pref.Enabled === 'False') continue;
    const declaredOnFunction = hasOwnPreference(model, fn.logicalId);
    const preferencePath = declaredOnFunction
      ? ['Resources', fn.logicalId, 'Properties', 'DeploymentPreference']
      : ['Globals', 'Function', 'DeploymentPreference'];
    const configName = String(pref.Type ?? '');
    const typeWritten = declaredOnFunction
      ? ownPreferenceValue(model, fn.logicalId, 'Type')
      : isRecord(globals) && isRecord(globals.Function) && isRecord(globals.Function.DeploymentPreference)
        ? globals.Function.DeploymentPreference.Type
        : undefined;
    const hooks = isRecord(pref.Hooks) ? pref.Hooks : {};
    out.push({
      functionId: fn.logicalId,
      aliasName: alias,
      configName,
      ...(typeof typeWritten === 'string' ? { configPath: [...preferencePath, 'Type'] } : {}),
      routing: routingFor(model, configName, names),
      alarmNames: Array.isArray(pref.Alarms) ? pref.Alarms.map(String) : [],
      preferencePath,
      ...(typeof hooks.PreTraffic === 'string' ? { preTrafficHook: hooks.PreTraffic } : {}),
      ...(typeof hooks.PostTraffic === 'string' ? { postTrafficHook: hooks.PostTraffic } : {}),
      // SAM generates CodeDeployServiceRole with AWSCodeDeployRoleForLambda unless Role is given.
      usesManagedRole: pref.Role === undefined,
      source: 'sam',
    });
  }

  for (const [id, r] of Object.entries(model.resolved)) {
    if (r.type !== 'AWS::Lambda::Alias') continue;
    const policy = r.updatePolicy?.CodeDeployLambdaAliasUpdate;
    if (!isRecord(policy)) continue;
    const fnName = functionNameIn(r.properties.FunctionName);
    const fn = model.functions.find((f) => f.name === fnName);
    const groupId = byName(String(policy.DeploymentGroupName), 'AWS::CodeDeploy::DeploymentGroup');
    const group = groupId ? model.resolved[groupId]!.properties : {};
    const configName = String(group.DeploymentConfigName ?? 'CodeDeployDefault.LambdaAllAtOnce');
    const alarmConfig = isRecord(group.AlarmConfiguration) ? group.AlarmConfiguration : {};
    const alarmsOn = alarmConfig.Enabled === true || alarmConfig.Enabled === 'true';
    const roleId = Object.keys(model.resolved).find(
      (rid) =>
        model.resolved[rid]!.type === 'AWS::IAM::Role' &&
        typeof group.ServiceRoleArn === 'string' &&
        group.ServiceRoleArn.includes(names.get(rid) ?? rid),
    );
    const managed = roleId ? JSON.stringify(model.resolved[roleId]!.properties.ManagedPolicyArns ?? []) : '';
    out.push({
      functionId: fn?.logicalId ?? id,
      aliasName: String(r.properties.Name),
      configName,
      ...(groupId && typeof model.resolved[groupId]!.raw.DeploymentConfigName === 'string'
        ? { configPath: ['Resources', groupId, 'Properties', 'DeploymentConfigName'] }
        : {}),
      routing: routingFor(model, configName, names),
      alarmNames:
        alarmsOn && Array.isArray(alarmConfig.Alarms)
          ? alarmConfig.Alarms.map((a) => (isRecord(a) ? String(a.Name) : String(a)))
          : [],
      ...(typeof policy.BeforeAllowTrafficHook === 'string' ? { preTrafficHook: policy.BeforeAllowTrafficHook } : {}),
      ...(typeof policy.AfterAllowTrafficHook === 'string' ? { postTrafficHook: policy.AfterAllowTrafficHook } : {}),
      usesManagedRole: /AWSCodeDeployRoleForLambda/.test(managed),
      source: 'cloudformation',
    });
  }
  return out;
}

/** SAM's short names become CodeDeployDefault.Lambda<Name>; other names are custom configs. */
export function routingFor(
  model: StackModel,
  configName: string,
  names: ReadonlyMap<string, string>,
): TrafficRouting | undefined {
  const predefined =
    PREDEFINED_LAMBDA_CONFIGS[configName] ?? PREDEFINED_LAMBDA_CONFIGS[`CodeDeployDefault.Lambda${configName}`];
  if (predefined) {
    if (predefined.type === 'TimeBasedCanary' && predefined.timeBasedCanary)
      return {
        type: 'TimeBasedCanary',
        percentage: predefined.timeBasedCanary.canaryPercentage,
        intervalMinutes: predefined.timeBasedCanary.canaryInterval,
      };
    if (predefined.type === 'TimeBasedLinear' && predefined.timeBasedLinear)
      return {
        type: 'TimeBasedLinear',
        percentage: predefined.timeBasedLinear.linearPercentage,
        intervalMinutes: predefined.timeBasedLinear.linearInterval,
      };
    return { type: 'AllAtOnce' };
  }
  const customId = Object.keys(model.resolved).find(
    (id) => model.resolved[id]!.type === 'AWS::CodeDeploy::DeploymentConfig' && names.get(id) === configName,
  );
  if (!customId) return undefined;
  const trc = model.resolved[customId]!.properties.TrafficRoutingConfig;
  if (!isRecord(trc)) return undefined;
  if (trc.Type === 'TimeBasedCanary' && isRecord(trc.TimeBasedCanary))
    return {
      type: 'TimeBasedCanary',
      percentage: Number(trc.TimeBasedCanary.CanaryPercentage),
      intervalMinutes: Number(trc.TimeBasedCanary.CanaryInterval),
    };
  if (trc.Type === 'TimeBasedLinear' && isRecord(trc.TimeBasedLinear))
    return {
      type: 'TimeBasedLinear',
      percentage: Number(trc.TimeBasedLinear.LinearPercentage),
      intervalMinutes: Number(trc.TimeBasedLinear.LinearInterval),
    };
  if (trc.Type === 'AllAtOnce') return { type: 'AllAtOnce' };
  return undefined;
}

function hasOwnPreference(model: StackModel, id: string): boolean {
  return ownPreferenceValue(model, id, undefined) !== undefined;
}

/** The function's own DeploymentPreference as written (before Globals), or one of its keys. */
function ownPreferenceValue(model: StackModel, id: string, key: string | undefined): unknown {
  const own = model.ownProperties(id).DeploymentPreference;
  if (key === undefined) return own;
  return isRecord(own) ? own[key] : undefined;
}
