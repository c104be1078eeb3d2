import { isRecord } from '../../sim/sam/intrinsics';
import type { Finding, FunctionModel, StackModel } from '../model';
import { finding, functionByName, tagged, type Rule } from './support';

const hooksOf = (model: StackModel) =>
  model.deployments.flatMap((d) =>
    [d.preTrafficHook, d.postTrafficHook]
      .filter((h): h is string => h !== undefined)
      .map((hook) => ({ d, hook, fn: functionByName(model, hook) })),
  );

/**
 * The AWSCodeDeployRoleForLambda managed policy (on SAM's generated CodeDeployServiceRole) allows
 * lambda:InvokeFunction only on functions named CodeDeployHook_*; another name fails the deployment.
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForLambda.html
 */
export const hookNameRule: Rule = {
  id: 'hook.not-invokable',
  title: 'Hook name the CodeDeploy role cannot invoke',
  docs: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForLambda.html',
  check(model: StackModel): Finding[] {
    return hooksOf(model)
      .filter(({ d, hook }) => d.usesManagedRole && !hook.startsWith('CodeDeployHook_'))
      .map(({ d, hook, fn }) => {
        const newName = `CodeDeployHook_${fn?.logicalId ?? 'hook'}`;
        const canFix = fn !== undefined && (!fn.named || typeof fn.raw.FunctionName === 'string');
        return finding(
          model,
          hookNameRule,
          'high',
          fn?.logicalId ?? d.functionId,
          `${d.functionId}'s deployment calls the hook ${fn && !fn.named ? `${fn.logicalId} (a name CloudFormation generates)` : hook}, but the CodeDeploy role's AWSCodeDeployRoleForLambda policy may only invoke functions named CodeDeployHook_*: the hook cannot run and every deployment fails.`,
          `Name the hook function ${newName}, or give the deployment a role of your own that may invoke it.`,
          canFix
            ? {
                label: `Name the hook function ${newName}`,
                operations: [
                  { op: 'set', path: ['Resources', fn.logicalId, 'Properties', 'FunctionName'], value: newName },
                ],
              }
            : undefined,
        );
      });
  },
};

const GRANTS_STATUS = /codedeploy:PutLifecycleEventHookExecutionStatus|"codedeploy:\*"|"Action":"\*"|"\*"\]/;

/**
 * A hook reports its result by calling PutLifecycleEventHookExecutionStatus; its own role needs that
 * permission, or CodeDeploy hears nothing and fails the deployment after an hour.
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_PutLifecycleEventHookExecutionStatus.html
 */
export const hookPermissionRule: Rule = {
  id: 'hook.cannot-report',
  title: 'Hook cannot call PutLifecycleEventHookExecutionStatus',
  docs: 'https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_PutLifecycleEventHookExecutionStatus.html',
  check(model: StackModel): Finding[] {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const { fn } of hooksOf(model)) {
      if (!fn || seen.has(fn.logicalId)) continue;
      seen.add(fn.logicalId);
      const grant = permissionsOf(model, fn);
      if (grant === 'unknown' || GRANTS_STATUS.test(grant)) continue;
      const own = model.ownProperties(fn.logicalId);
      const canFix = fn.kind === 'sam' && own.Role === undefined;
      const statement = {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['codedeploy:PutLifecycleEventHookExecutionStatus'],
            Resource: tagged(
              '!Sub',
              'arn:${AWS::Partition}:codedeploy:${AWS::Region}:${AWS::AccountId}:deploymentgroup:${ServerlessDeploymentApplication}/*',
            ),
          },
        ],
      };
      const policiesPath = ['Resources', fn.logicalId, 'Properties', 'Policies'];
      out.push(
        finding(
          model,
          hookPermissionRule,
          'high',
          fn.logicalId,
          `Hook ${fn.logicalId} has no permission to call codedeploy:PutLifecycleEventHookExecutionStatus, so it cannot tell CodeDeploy its result: the deployment waits an hour and then fails.`,
          "Allow codedeploy:PutLifecycleEventHookExecutionStatus in the hook function's policies.",
          canFix
            ? {
                label: 'Allow the hook to report its status',
                operations: [
                  Array.isArray(own.Policies)
                    ? { op: 'append', path: policiesPath, value: statement }
                    : {
                        op: 'set',
                        path: policiesPath,
                        value: own.Policies === undefined ? [statement] : [own.Policies, statement],
                      },
                ],
              }
            : undefined,
        ),
      );
    }
    return out;
  },
};

/** The policy text the function's role gets, or 'unknown' when the role is defined outside the stack. */
function permissionsOf(model: StackModel, fn: FunctionModel): string {
  const role = fn.properties.Role;
  if (role === undefined) return fn.kind === 'sam' ? JSON.stringify(fn.properties.Policies ?? []) : 'unknown';
  const roleId = Object.keys(model.resolved).find(
    (id) => model.resolved[id]!.type === 'AWS::IAM::Role' && typeof role === 'string' && role.includes(id),
  );
  if (!roleId) return 'unknown';
  const p = model.resolved[roleId]!.properties;
  if (Array.isArray(p.ManagedPolicyArns) && p.ManagedPolicyArns.length > 0 && !isRecord(p.Policies)) {
    // A managed policy's content is not in the template: only judge inline policies when they are all there is.
    if (!Array.isArray(p.Policies) || p.Policies.length === 0) return 'unknown';
  }
  return JSON.stringify(p.Policies ?? []);
}

/**
 * A hook function stopped by its own timeout never reports; with Lambda's default 3-second timeout a
 * hook that runs a real test (an invoke of the new version and its checks) rarely has time to call
 * PutLifecycleEventHookExecutionStatus. AWS does not name a minimum: choosing "at most 3 s" is ours.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
 */
export const hookTimeoutRule: Rule = {
  id: 'hook.timeout-too-short',
  title: 'Hook timeout too short to report',
  docs: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda',
  check(model: StackModel): Finding[] {
    const seen = new Set<string>();
    return hooksOf(model)
      .filter(({ fn }) => fn && !seen.has(fn.logicalId) && seen.add(fn.logicalId) && fn.timeoutSeconds <= 3)
      .map(({ fn }) =>
        finding(
          model,
          hookTimeoutRule,
          'low',
          fn!.logicalId,
          `Hook ${fn!.logicalId} runs with a ${fn!.timeoutSeconds}-second timeout: if its test and the status call take longer, Lambda stops it before it reports and CodeDeploy waits an hour before failing the deployment.`,
          'Give the hook a timeout that covers its test plus the status call, for example 60 seconds.',
          {
            label: 'Set the hook timeout to 60 seconds',
            operations: [{ op: 'set', path: ['Resources', fn!.logicalId, 'Properties', 'Timeout'], value: 60 }],
          },
        ),
      );
  },
};
