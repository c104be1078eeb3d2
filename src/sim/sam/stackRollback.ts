import { isAwsError } from '../core/errors';
import type { World } from '../world';
import { SamDeployError } from './errors';
import type { DeployedResource, HandlerContext, ResourceKind } from './resourceKind';
import type { StackEvent } from './stackStore';

/**
 * What CloudFormation does when a resource fails while it creates or updates a stack: it undoes
 * what it had already done (deletes what it created, puts updated resources back as they were)
 * and records the failure in the stack's events, then the stack reads ROLLBACK_COMPLETE (first
 * create) or UPDATE_ROLLBACK_COMPLETE (update).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stack-failure-options.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/view-stack-events.html
 */

/** One step the apply phase took, in order, so it can be undone in reverse. */
export type AppliedStep =
  | {
      op: 'create';
      logicalId: string;
      type: string;
      physicalId: string;
      props: Record<string, unknown>;
      attributes?: Record<string, string>;
    }
  | { op: 'update'; logicalId: string; type: string; before: DeployedResource; props: Record<string, unknown> };

/** Deletes a resource the failed operation created, whatever its DeletionPolicy (nothing of it may stay). */
function deleteCreated(world: World, step: Extract<AppliedStep, { op: 'create' }>): void {
  const p = step.props;
  const text = (v: unknown) => (typeof v === 'string' ? v : String(v ?? ''));
  switch (step.type) {
    case 'AWS::Lambda::Function':
      world.lambda.deleteFunction({ FunctionName: step.physicalId });
      return;
    case 'AWS::Lambda::Version':
      if (step.attributes?.Version)
        world.lambda.deleteFunction({ FunctionName: text(p.FunctionName), Qualifier: step.attributes.Version });
      return;
    case 'AWS::Lambda::Alias':
      world.lambda.deleteAlias({ FunctionName: text(p.FunctionName), Name: text(p.Name) });
      return;
    case 'AWS::CodeDeploy::Application':
      world.codedeploy.deleteApplication({ applicationName: step.physicalId });
      return;
    case 'AWS::CodeDeploy::DeploymentGroup':
      world.codedeploy.deleteDeploymentGroup({
        applicationName: text(p.ApplicationName),
        deploymentGroupName: step.physicalId,
      });
      return;
    case 'AWS::CodeDeploy::DeploymentConfig':
      world.codedeploy.deleteDeploymentConfig({ deploymentConfigName: step.physicalId });
      return;
    case 'AWS::CloudWatch::Alarm':
      world.cloudwatch.deleteAlarms({ AlarmNames: [step.physicalId] });
      return;
    default:
      return; // IAM roles are not modelled as world state.
  }
}

const isMissing = (e: unknown) => isAwsError(e) && /NotFound|DoesNotExist/.test(e.name);

/**
 * Undoes the steps newest first. Returns the logical ids whose undo failed (empty when the world is
 * back as it was).
 */
export function undoSteps(
  world: World,
  steps: readonly AppliedStep[],
  kinds: Readonly<Record<string, ResourceKind>>,
  ctxFor: (logicalId: string) => HandlerContext,
): string[] {
  const failed: string[] = [];
  for (const step of [...steps].reverse()) {
    try {
      if (step.op === 'create') deleteCreated(world, step);
      else
        kinds[step.type]!.update(
          // the step was applied with this kind, so it exists
          step.before.appliedProperties,
          { ...step.before, appliedProperties: step.props },
          { ...ctxFor(step.logicalId), updatePolicy: undefined },
        );
    } catch (e) {
      if (!isMissing(e)) failed.push(step.logicalId);
    }
  }
  return failed;
}

/** The reason CloudFormation shows on the failed resource: the handler's message without the Lab's framing. */
export function failureReason(error: unknown): string {
  if (!(error instanceof Error)) return 'Internal failure.';
  const handler = /Resource handler returned message: ".*"( \([A-Za-z]+\))?/s.exec(error.message);
  return handler ? handler[0] : error.message;
}

/** The stack events of a failed operation, oldest first, as DescribeStackEvents lists them (newest first there). */
export function failureEvents(options: {
  stackName: string;
  operation: 'CREATE' | 'UPDATE';
  done: readonly AppliedStep[];
  failed: { logicalId: string; type: string; create: boolean } | undefined;
  reason: string;
  time: number;
}): StackEvent[] {
  const { stackName, operation, done, failed, reason, time } = options;
  const stack = (status: string, why?: string): StackEvent => ({
    LogicalResourceId: stackName,
    ResourceType: 'AWS::CloudFormation::Stack',
    ResourceStatus: status,
    ...(why ? { ResourceStatusReason: why } : {}),
    Timestamp: time,
  });
  const resource = (id: string, type: string, status: string, why?: string): StackEvent => ({
    LogicalResourceId: id,
    ResourceType: type,
    ResourceStatus: status,
    ...(why ? { ResourceStatusReason: why } : {}),
    Timestamp: time,
  });
  const prefix = operation === 'CREATE' ? '' : 'UPDATE_';
  const events: StackEvent[] = [stack(`${operation}_IN_PROGRESS`)];
  for (const s of done)
    events.push(resource(s.logicalId, s.type, s.op === 'create' ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE'));
  if (failed)
    events.push(resource(failed.logicalId, failed.type, failed.create ? 'CREATE_FAILED' : 'UPDATE_FAILED', reason));
  const verb = operation === 'CREATE' ? 'create' : 'update';
  events.push(
    stack(
      `${prefix}ROLLBACK_IN_PROGRESS`,
      failed ? `The following resource(s) failed to ${verb}: [${failed.logicalId}]. ` : reason,
    ),
  );
  for (const s of [...done].reverse())
    events.push(resource(s.logicalId, s.type, s.op === 'create' ? 'DELETE_COMPLETE' : 'UPDATE_COMPLETE'));
  events.push(stack(`${prefix}ROLLBACK_COMPLETE`));
  return events;
}

/** The error a learner sees when the rollback itself could not undo everything (the message must stay true). */
export function partialRollbackError(error: SamDeployError, stuck: readonly string[]): SamDeployError {
  return new SamDeployError(
    error.kind,
    error.message.replace(
      'The stack rolled back; nothing was deployed.',
      `The stack rolled back, but these resources could not be put back as they were: ${stuck.join(', ')}.`,
    ),
    { logicalId: error.logicalId, property: error.property, awsErrorName: error.awsErrorName },
  );
}
