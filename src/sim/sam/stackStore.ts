import type { World } from '../world';
import type { DeployedResource } from './resourceKind';

/**
 * Stacks live beside the world, in a WeakMap keyed by the world, not in its workspace: a stack is
 * CloudFormation's record of what it made, not a file the learner edits, and keeping it out of
 * world.snapshot() means a refused deploy cannot show up as a change there.
 */
/** One line of DescribeStackEvents. https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StackEvent.html */
export interface StackEvent {
  LogicalResourceId: string;
  ResourceType: string;
  ResourceStatus: string;
  ResourceStatusReason?: string;
  /** Simulated epoch ms. */
  Timestamp: number;
}

export interface StackRecord {
  stackName: string;
  stackId: string;
  resources: Record<string, DeployedResource>;
  outputs: Record<string, string>;
  /** The CodeDeploy deployment the last update started, if any. */
  deploymentId?: string;
  /** What the stack held before that update, to return to if the deployment fails. */
  beforeDeployment?: { resources: Record<string, DeployedResource>; outputs: Record<string, string> };
  status:
    | 'CREATE_COMPLETE'
    | 'UPDATE_COMPLETE'
    | 'UPDATE_IN_PROGRESS'
    | 'UPDATE_ROLLBACK_COMPLETE'
    /** A first create that failed and was rolled back: the stack holds nothing. */
    | 'ROLLBACK_COMPLETE';
  /** The events of the last failed operation (oldest first), if it failed. */
  events?: StackEvent[];
}

const stacks = new WeakMap<World, Map<string, StackRecord>>();

export function stacksOf(world: World): Map<string, StackRecord> {
  let m = stacks.get(world);
  if (!m) {
    m = new Map();
    stacks.set(world, m);
  }
  return m;
}

const ACTIVE = new Set(['Created', 'Queued', 'InProgress', 'Ready', 'Baking']);

/**
 * Brings a stack's status up to date with the deployment its last update started. When that
 * deployment failed or was stopped, CloudFormation rolls the stack back to its previous template
 * (stack rollback: our model of
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-rollback-triggers.html). The Lab records the rollback so that the
 * next change set is computed against the previous template; it does not re-apply the old
 * function settings to $LATEST (approximation).
 */
export function settleStack(world: World, stack: StackRecord): StackRecord {
  if (!stack.deploymentId || stack.status !== 'UPDATE_IN_PROGRESS') return stack;
  const status = String(world.codedeploy.getDeployment({ deploymentId: stack.deploymentId }).deploymentInfo.status);
  if (ACTIVE.has(status)) return stack;
  if (status === 'Succeeded') stack.status = 'UPDATE_COMPLETE';
  else {
    stack.status = 'UPDATE_ROLLBACK_COMPLETE';
    if (stack.beforeDeployment) {
      // Versions published by the failed update stay in Lambda (SAM retains them) but leave the stack.
      stack.resources = stack.beforeDeployment.resources;
      stack.outputs = stack.beforeDeployment.outputs;
    }
  }
  delete stack.beforeDeployment;
  return stack;
}

/** A read-only view of a stack for views and tests (undefined when it was never deployed). */
export function describeStack(
  world: World,
  stackName: string,
):
  | {
      stackName: string;
      stackId: string;
      status: StackRecord['status'];
      outputs: Record<string, string>;
      resources: { logicalId: string; type: string; physicalId: string }[];
      events: StackEvent[];
    }
  | undefined {
  const stack = stacksOf(world).get(stackName);
  if (!stack) return undefined;
  settleStack(world, stack);
  return {
    stackName: stack.stackName,
    stackId: stack.stackId,
    status: stack.status,
    outputs: { ...stack.outputs },
    resources: Object.values(stack.resources).map((r) => ({
      logicalId: r.logicalId,
      type: r.type,
      physicalId: r.physicalId,
    })),
    events: (stack.events ?? []).map((e) => ({ ...e })),
  };
}
