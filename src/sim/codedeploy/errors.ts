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
