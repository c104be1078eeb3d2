import { codeDeployError } from './errors';
import { isActive, type DeploymentRecord, type HookExecutionRecord } from './model';

export interface HookReportInput {
  deploymentId?: string;
  lifecycleEventHookExecutionId?: string;
  status?: string;
}

/**
 * Validates a PutLifecycleEventHookExecutionStatus call: "Only Succeeded and Failed can be passed
 * successfully", the execution id must belong to the deployment, and an execution can be reported
 * once, while its lifecycle event is still running.
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_PutLifecycleEventHookExecutionStatus.html
 */
export function validateHookReport(
  input: HookReportInput,
  find: (id: string) => DeploymentRecord | undefined,
): { deployment: DeploymentRecord; execution: HookExecutionRecord; status: 'Succeeded' | 'Failed' } {
  const { deploymentId, lifecycleEventHookExecutionId: executionId, status } = input;
  if (!deploymentId)
    throw codeDeployError('DeploymentIdRequiredException', 'At least one deployment ID must be specified.');
  const deployment = find(deploymentId);
  if (!deployment)
    throw codeDeployError('DeploymentDoesNotExistException', `The deployment ${deploymentId} could not be found.`);
  if (status !== 'Succeeded' && status !== 'Failed')
    throw codeDeployError(
      'InvalidLifecycleEventHookExecutionStatusException',
      `The status '${String(status)}' is not valid: only Succeeded and Failed can be reported.`,
    );
  const execution = deployment.hookExecutions.find((x) => x.lifecycleEventHookExecutionId === executionId);
  if (!executionId || !execution)
    throw codeDeployError(
      'InvalidLifecycleEventHookExecutionIdException',
      `The lifecycle event hook execution ID '${String(executionId ?? '')}' does not belong to deployment ${deploymentId}.`,
    );
  if (execution.status !== 'Pending' || !isActive(deployment))
    throw codeDeployError(
      'LifecycleEventAlreadyCompletedException',
      `The ${execution.lifecycleEventName} lifecycle event of deployment ${deploymentId} has already completed.`,
    );
  return { deployment, execution, status };
}
