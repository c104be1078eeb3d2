import { checkName, codeDeployError } from './errors';
import type { AlarmConfiguration, AutoRollbackConfiguration, AutoRollbackEvent, DeploymentStyle } from './types';

/** CreateDeploymentGroup/UpdateDeploymentGroup/CreateDeployment input checks
 * (https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeploymentGroup.html). */

/** "A maximum of 10 alarms can be added" (API AlarmConfiguration; the quotas page now says 50). */
const MAX_ALARMS = 10;
const ROLLBACK_EVENTS: readonly AutoRollbackEvent[] = [
  'DEPLOYMENT_FAILURE',
  'DEPLOYMENT_STOP_ON_ALARM',
  'DEPLOYMENT_STOP_ON_REQUEST',
];
/** An IAM role ARN: arn:<partition>:iam::<12-digit account>:role/<path/name>. */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

export function validateGroupName(name: string | undefined): asserts name is string {
  checkName(name, 'Deployment group', 'DeploymentGroupNameRequiredException', 'InvalidDeploymentGroupNameException');
}

/** serviceRoleArn is required: CodeDeploy acts on Lambda with this role. */
export function validateServiceRole(arn: string | undefined): asserts arn is string {
  if (arn === undefined || arn === '') throw codeDeployError('RoleRequiredException', 'Role ARN is missing');
  if (!ROLE_ARN.test(arn))
    throw codeDeployError('InvalidRoleException', `The service role ARN '${arn}' is not a valid IAM role ARN`);
}

/** Lambda deployments are always blue/green with traffic control. https://docs.aws.amazon.com/codedeploy/latest/userguide/primary-components.html */
export function normaliseDeploymentStyle(style: DeploymentStyle | undefined): Required<DeploymentStyle> {
  const type = style?.deploymentType ?? 'BLUE_GREEN';
  const option = style?.deploymentOption ?? 'WITH_TRAFFIC_CONTROL';
  if (type !== 'BLUE_GREEN' || option !== 'WITH_TRAFFIC_CONTROL')
    throw codeDeployError(
      'InvalidDeploymentStyleException',
      `A Lambda deployment group must use deploymentType BLUE_GREEN with deploymentOption WITH_TRAFFIC_CONTROL, got ${type} / ${option}`,
    );
  return { deploymentType: type, deploymentOption: option };
}

/** https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_AlarmConfiguration.html */
export function normaliseAlarmConfiguration(config: AlarmConfiguration | undefined): Required<AlarmConfiguration> {
  const alarms = config?.alarms ?? [];
  if (!Array.isArray(alarms))
    throw codeDeployError('InvalidAlarmConfigException', 'alarmConfiguration.alarms must be a list of {name}');
  if (alarms.length > MAX_ALARMS)
    throw codeDeployError(
      'AlarmsLimitExceededException',
      `The maximum number of alarms for a deployment group (${MAX_ALARMS}) has been exceeded: ${alarms.length} were given`,
    );
  const seen = new Set<string>();
  for (const a of alarms) {
    const name = a?.name;
    if (typeof name !== 'string' || name === '' || name.length > 255)
      throw codeDeployError('InvalidAlarmConfigException', 'Each alarm needs a name of 1 to 255 characters');
    if (seen.has(name))
      throw codeDeployError('InvalidAlarmConfigException', `Alarm '${name}' is listed more than once`);
    seen.add(name);
  }
  // "The alarm configuration is enabled, but the alarm list is empty" is one of the documented causes.
  // https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeploymentGroup.html#API_CreateDeploymentGroup_Errors
  if (config?.enabled === true && alarms.length === 0)
    throw codeDeployError(
      'InvalidAlarmConfigException',
      'The alarm configuration is enabled, but the alarm list is empty: add at least one alarm or disable it.',
    );
  return {
    enabled: config?.enabled ?? false,
    ignorePollAlarmFailure: config?.ignorePollAlarmFailure ?? false,
    alarms: alarms.map((a) => ({ name: a.name })),
  };
}

/** https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_AutoRollbackConfiguration.html */
export function normaliseAutoRollback(
  config: AutoRollbackConfiguration | undefined,
): Required<AutoRollbackConfiguration> {
  const events = config?.events ?? [];
  if (!Array.isArray(events))
    throw codeDeployError('InvalidAutoRollbackConfigException', 'autoRollbackConfiguration.events must be a list');
  for (const e of events)
    if (!ROLLBACK_EVENTS.includes(e))
      throw codeDeployError(
        'InvalidAutoRollbackConfigException',
        `Unknown rollback event '${String(e)}': use DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM or DEPLOYMENT_STOP_ON_REQUEST`,
      );
  if (config?.enabled && events.length === 0)
    throw codeDeployError(
      'InvalidAutoRollbackConfigException',
      'Automatic rollback is enabled but no rollback events are listed',
    );
  return { enabled: config?.enabled ?? false, events: [...new Set(events)] };
}
