import { awsError, type AwsError } from '../core/errors';

/**
 * CodeDeploy's exceptions, named as in the API model
 * (https://docs.aws.amazon.com/codedeploy/latest/APIReference/CommonErrors.html and each operation's
 * "Errors" section). All are client errors (HTTP 400).
 */
export type CodeDeployExceptionName =
  | 'ApplicationAlreadyExistsException'
  | 'ApplicationDoesNotExistException'
  | 'ApplicationNameRequiredException'
  | 'InvalidApplicationNameException'
  | 'InvalidComputePlatformException'
  | 'DeploymentGroupAlreadyExistsException'
  | 'DeploymentGroupDoesNotExistException'
  | 'DeploymentGroupNameRequiredException'
  | 'InvalidDeploymentGroupNameException'
  | 'InvalidDeploymentStyleException'
  | 'RoleRequiredException'
  | 'InvalidRoleException'
  | 'DeploymentConfigAlreadyExistsException'
  | 'DeploymentConfigDoesNotExistException'
  | 'DeploymentConfigNameRequiredException'
  | 'DeploymentConfigInUseException'
  | 'DeploymentConfigLimitExceededException'
  | 'InvalidDeploymentConfigNameException'
  | 'InvalidOperationException'
  | 'InvalidTrafficRoutingConfigurationException'
  | 'DeploymentLimitExceededException'
  | 'DeploymentDoesNotExistException'
  | 'DeploymentIdRequiredException'
  | 'InvalidDeploymentIdException'
  | 'DeploymentAlreadyCompletedException'
  | 'DeploymentTargetDoesNotExistException'
  | 'DeploymentTargetIdRequiredException'
  | 'LifecycleEventAlreadyCompletedException'
  | 'InvalidLifecycleEventHookExecutionStatusException'
  | 'InvalidLifecycleEventHookExecutionIdException'
  | 'AlarmsLimitExceededException'
  | 'InvalidAlarmConfigException'
  | 'InvalidAutoRollbackConfigException'
  | 'RevisionRequiredException'
  | 'InvalidRevisionException'
  | 'DescriptionTooLongException';

export const codeDeployError = (name: CodeDeployExceptionName, message: string): AwsError =>
  awsError(name, message, 400);

/** Names of deployment groups and configs: letters, digits, . _ + = , @ - ; at most 100 characters (limits table). */
const NAME_PATTERN = /^[A-Za-z0-9._+=,@-]{1,100}$/;

/**
 * A required name in CodeDeploy's naming rule; `what` starts the message ("Deployment group").
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/limits.html
 */
export function checkName(
  name: string | undefined,
  what: 'Deployment group' | 'Deployment config',
  missing: CodeDeployExceptionName,
  invalid: CodeDeployExceptionName,
): asserts name is string {
  if (name === undefined || name === '') throw codeDeployError(missing, `${what} name is missing`);
  if (!NAME_PATTERN.test(name))
    throw codeDeployError(
      invalid,
      `${what} name '${name}' is invalid: use at most 100 letters, digits and the characters . _ + = , @ -`,
    );
}
