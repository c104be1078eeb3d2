import { sha1Hex } from '../core/hash';
import type { FileContent } from '../core/workspace';
import type { World } from '../world';
import { creationOrder } from './dependencies';
import { SamDeployError, templateError, templateFormatError } from './errors';
import { hasRuntimePlaceholder, isRecord, resolveValue, runtimePlaceholder, type ResolveScope } from './intrinsics';
import { codeDeployApplication, codeDeployConfig, codeDeployGroup, cloudWatchAlarm, iamRole } from './otherResources';
import { lambdaAlias, lambdaFunction, lambdaVersion } from './lambdaResources';
import { evaluateConditions, resolveParameters } from './parameters';
import type { DeployedResource, HandlerContext, ResourceKind } from './resourceKind';
import { hasServerlessTransform, transformServerless, type CfnResource } from './serverlessTransform';
import { checkAccountConcurrency, checkAliasPcConflicts, checkUniqueNames } from './planChecks';
import { checkPropertyTypes } from './propertyTypes';
import { failureEvents, failureReason, partialRollbackError, undoSteps, type AppliedStep } from './stackRollback';
import { settleStack, stacksOf, type StackRecord } from './stackStore';
import { parseTemplate } from './templateParser';

/**
 * `sam deploy` / a CloudFormation stack update over the simulated world: parse, transform, plan
 * the change set against the stack's last template, check everything, then apply it through the
 * world's own service APIs. Nothing is changed unless every check passed.
 */

export interface SamDeployOptions {
  stackName: string;
  parameterOverrides?: Readonly<Record<string, string>>;
}

export type ChangeAction = 'Add' | 'Modify' | 'Remove';

export interface SamChange {
  action: ChangeAction;
  logicalId: string;
  type: string;
  /** For Modify: 'True' when a property that forces replacement changed (CloudFormation's Replacement column). */
  replacement?: 'True' | 'False';
}

export interface SamDeployResult {
  stackName: string;
  changeSet: SamChange[];
  /** The CodeDeploy deployment CloudFormation started for an alias with CodeDeployLambdaAliasUpdate. */
  deploymentId?: string;
  outputs?: Record<string, string>;
  noChanges: boolean;
  /** First deploy of the stack (CloudFormation creates it) or an update. */
  operation: 'CREATE' | 'UPDATE';
  /** Plain-language notes (retained versions, skipped deletions, why no deployment ran). */
  notes: string[];
}

const KINDS: Record<string, ResourceKind> = {
  'AWS::Lambda::Function': lambdaFunction,
  'AWS::Lambda::Version': lambdaVersion,
  'AWS::Lambda::Alias': lambdaAlias,
  'AWS::CodeDeploy::Application': codeDeployApplication,
  'AWS::CodeDeploy::DeploymentConfig': codeDeployConfig,
  'AWS::CodeDeploy::DeploymentGroup': codeDeployGroup,
  'AWS::CloudWatch::Alarm': cloudWatchAlarm,
  'AWS::IAM::Role': iamRole,
};

/** The kind of a resource type the deployment accepted (unknown types are refused before planning). */
const kindOf = (type: string): ResourceKind => KINDS[type]!;

const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;

interface PlannedResource {
  logicalId: string;
  resource: CfnResource;
  kind: ResourceKind;
  physicalId: string;
  planned: Record<string, unknown>;
}

export function deploySam(world: World, templateText: string, options: SamDeployOptions): SamDeployResult {
  const stackName = options.stackName;
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html (StackName pattern)
  if (typeof stackName !== 'string' || !STACK_NAME.test(stackName))
    throw new SamDeployError(
      'template',
      `1 validation error detected: Value '${String(stackName)}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`,
    );
  const stacks = stacksOf(world);
  const found = stacks.get(stackName);
  if (found) settleStack(world, found);
  // INF (Lab choice): CloudFormation cannot update a stack left in ROLLBACK_COMPLETE by a failed first
  // create, only delete it; the Lab deletes that empty stack for you and creates it again, so a
  // corrected template simply deploys.
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html
  const existing = found?.status === 'ROLLBACK_COMPLETE' ? undefined : found;
  const stackId =
    existing?.stackId ??
    `arn:aws:cloudformation:${world.region}:${world.accountId}:stack/${stackName}/${uuidFrom(`${world.seed}/${stackName}`)}`;

  // ---- parse, parameters, conditions, transform
  const template = parseTemplate(templateText);
  if (!isRecord(template.Resources) || Object.keys(template.Resources).length === 0)
    throw templateFormatError('At least one Resources member must be defined.');
  for (const [id, r] of Object.entries(template.Resources)) {
    if (!/^[A-Za-z0-9]+$/.test(id)) throw templateFormatError(`Resource name ${id} is non alphanumeric.`, id);
    if (!isRecord(r) || typeof r.Type !== 'string')
      throw templateFormatError(`[/Resources/${id}] Every Resources object must contain a Type member.`, id);
    if (r.Properties !== undefined && !isRecord(r.Properties))
      throw templateFormatError(`[/Resources/${id}/Properties] Every Properties member must be an object.`, id);
  }
  const parameters = resolveParameters(template, options.parameterOverrides ?? {}, {
    region: world.region,
    accountId: world.accountId,
    stackName,
    stackId,
  });
  const conditions = evaluateConditions(template, parameters);
  const serverless = hasServerlessTransform(template);
  const declared = Object.values(template.Resources as Record<string, CfnResource>).map((r) => r.Type);
  if (!serverless && declared.some((t) => t.startsWith('AWS::Serverless::')))
    throw templateFormatError(
      `Unrecognized resource types: [${[...new Set(declared.filter((t) => t.startsWith('AWS::Serverless::')))].join(', ')}] (add Transform: AWS::Serverless-2016-10-31 to use SAM resources)`,
    );
  const transformed = serverless
    ? transformServerless({
        template,
        parameters,
        workspace: world.workspace,
        stackName,
        accountId: world.accountId,
        region: world.region,
      })
    : {
        resources: template.Resources as Record<string, CfnResource>,
        packaged: new Map<string, FileContent>(),
        notes: [] as string[],
      };
  // Logical ids are the learner's text: look them up as own keys only (`valueOf` is a valid id).
  const active: Record<string, CfnResource> = Object.create(null);
  for (const [id, r] of Object.entries(transformed.resources)) {
    if (r.Condition !== undefined) {
      if (typeof r.Condition !== 'string' || !Object.hasOwn(conditions, r.Condition))
        throw templateFormatError(
          `Unresolved dependencies [${r.Condition}]. Cannot reference resources in the Conditions block of the template`,
          id,
        );
      if (!conditions[r.Condition]) continue;
    }
    active[id] = r;
  }
  const unknownTypes = [
    ...new Set(
      Object.values(active)
        .map((r) => r.Type)
        .filter((t) => !Object.hasOwn(KINDS, t)),
    ),
  ];
  if (unknownTypes.length > 0)
    throw templateFormatError(
      `Unrecognized resource types: [${unknownTypes.join(', ')}] (this Lab models ${Object.keys(KINDS).join(', ')}${serverless ? ' and AWS::Serverless::Function' : ''})`,
    );

  // ---- plan: physical ids, properties with runtime values as placeholders, change set
  const physical = new Map<string, string>();
  // Every id reaching these lookups is a resource of the template (Ref and GetAtt targets pass
  // hasResource first, the rest come from its keys) and every type is one of KINDS (others are refused above).
  const resourceOf = (id: string): CfnResource => active[id]!;
  const planScope = scopeFor(world, parameters, conditions, template, active, {
    ref: (id) => (kindOf(resourceOf(id).Type).refIsRuntime ? runtimePlaceholder(id, 'Ref') : physicalIdOf(id)),
    attr: (id, attr, kind) => {
      const a = kind.attributes[attr];
      return a === 'runtime' ? runtimePlaceholder(id, attr) : a!(physicalIdOf(id), world);
    },
  });
  const naming = new Set<string>();
  function physicalIdOf(id: string): string {
    const known = physical.get(id);
    if (known !== undefined) return known;
    if (naming.has(id))
      throw templateFormatError(`Circular dependency between resources: [${[...naming].join(', ')}]`, id);
    naming.add(id);
    const r = resourceOf(id);
    const props = resolveValue(r.Properties ?? {}, planScope, id) as Record<string, unknown>;
    try {
      checkPropertyTypes(r.Type, props, { logicalId: id });
    } catch (e) {
      recordFailure(e, []);
      throw e;
    }
    const pid = kindOf(r.Type).physicalId(props, stackName, id, world);
    naming.delete(id);
    physical.set(id, pid);
    return pid;
  }
  const previous: Record<string, DeployedResource> = Object.assign(Object.create(null), existing?.resources);
  const order = creationOrder(active);
  const plans = new Map<string, PlannedResource>();
  const operation = existing ? 'UPDATE' : 'CREATE';
  /** The stack status and events CloudFormation shows once it has rolled a failed operation back. */
  const recordFailure = (error: unknown, done: readonly AppliedStep[], currentId?: string): void => {
    const failedId = (error instanceof SamDeployError ? error.logicalId : undefined) ?? currentId;
    const type = failedId !== undefined && Object.hasOwn(active, failedId) ? active[failedId]!.Type : undefined;
    const before = failedId !== undefined && Object.hasOwn(previous, failedId) ? previous[failedId] : undefined;
    const events = failureEvents({
      stackName,
      operation,
      done: done.filter((s) => s.logicalId !== failedId),
      failed: failedId !== undefined && type ? { logicalId: failedId, type, create: before?.type !== type } : undefined,
      reason: failureReason(error),
      time: world.clock.now(),
    });
    if (existing) {
      existing.status = 'UPDATE_ROLLBACK_COMPLETE';
      existing.events = events;
    } else
      stacks.set(stackName, {
        stackName,
        stackId,
        resources: Object.create(null),
        outputs: {},
        status: 'ROLLBACK_COMPLETE',
        events,
      });
  };
  for (const id of order) {
    const resource = resourceOf(id);
    const kind = kindOf(resource.Type);
    const planned = resolveValue(resource.Properties ?? {}, planScope, id) as Record<string, unknown>;
    const updatePolicy = resource.UpdatePolicy
      ? (resolveValue(resource.UpdatePolicy, planScope, id) as Record<string, unknown>)
      : undefined;
    plans.set(id, {
      logicalId: id,
      resource: { ...resource, UpdatePolicy: updatePolicy },
      kind,
      physicalId: physicalIdOf(id),
      planned,
    });
  }
  const outputsTemplate = isRecord(template.Outputs) ? template.Outputs : {};
  for (const [key, o] of Object.entries(outputsTemplate)) {
    if (!isRecord(o) || o.Value === undefined)
      throw templateFormatError(
        `Every Outputs member must contain a Value object, the Output ${key} is missing the Value object.`,
      );
    if (o.Condition !== undefined && typeof o.Condition === 'string' && !conditions[o.Condition]) continue;
    resolveValue(o.Value, planScope, `Outputs.${key}`);
  }

  const changeSet: SamChange[] = [];
  const modified = new Set<string>();
  for (const [id, p] of plans) {
    const before = previous[id];
    if (!before || before.type !== p.resource.Type) {
      changeSet.push({ action: 'Add', logicalId: id, type: p.resource.Type });
      if (before) changeSet.push({ action: 'Remove', logicalId: id, type: before.type });
      continue;
    }
    const changedKeys = diffKeys(before.plannedProperties, p.planned);
    const codeChanged =
      p.resource.Type === 'AWS::Lambda::Function' &&
      isRecord(p.planned.Code) &&
      isRecord(before.appliedProperties.Code) &&
      JSON.stringify(p.planned.Code) !== JSON.stringify(before.appliedProperties.Code);
    if (changedKeys.length === 0 && !codeChanged) continue;
    const replace =
      p.kind.replacement === 'all' || changedKeys.some((k) => (p.kind.replacement as readonly string[]).includes(k));
    changeSet.push({ action: 'Modify', logicalId: id, type: p.resource.Type, replacement: replace ? 'True' : 'False' });
    modified.add(id);
  }
  for (const [id, before] of Object.entries(previous))
    if (!plans.has(id)) changeSet.push({ action: 'Remove', logicalId: id, type: before.type });

  if (changeSet.length === 0) {
    return {
      stackName,
      changeSet,
      noChanges: true,
      operation,
      outputs: existing ? { ...existing.outputs } : {},
      notes: [],
    };
  }
  if (existing?.status === 'UPDATE_IN_PROGRESS')
    throw new SamDeployError(
      'stack',
      `Stack:${existing.stackId} is in UPDATE_IN_PROGRESS state and can not be updated.`,
    );

  // ---- check every resource that will be created or updated before anything changes
  const notes: string[] = [...transformed.notes];
  if (found && !existing)
    notes.push(`Stack ${stackName} was in ROLLBACK_COMPLETE after a failed create; it was deleted and created again.`);
  let deploymentId: string | undefined;
  const plannedPhysicalIds = (type: string) =>
    [...plans.values()].filter((p) => p.resource.Type === type).map((p) => p.physicalId);
  const handlerContext = (id: string, updatePolicy?: Record<string, unknown>): HandlerContext => ({
    world,
    stackName,
    stackId,
    logicalId: id,
    packaged: transformed.packaged,
    updatePolicy,
    plannedPhysicalIds,
    note: (m) => notes.push(m),
    deploymentStarted: (d) => {
      deploymentId = d;
    },
  });
  const toApply = changeSet.filter((c) => c.action !== 'Remove').map((c) => plans.get(c.logicalId)!);
  const logMark = world.log.lastSeq();
  const steps: AppliedStep[] = [];
  let current: PlannedResource | undefined;
  const outputs: Record<string, string> = {};
  const next: Record<string, DeployedResource> = Object.create(null);
  const replacedOld: DeployedResource[] = [];
  try {
    for (const p of toApply) {
      current = p;
      const before = previous[p.logicalId];
      checkPropertyTypes(p.resource.Type, p.planned, handlerContext(p.logicalId));
      p.kind.validate(
        p.planned,
        handlerContext(p.logicalId),
        before && before.type === p.resource.Type ? before : undefined,
      );
      checkNameClash(world, p, before, handlerContext(p.logicalId));
    }
    checkAliasDeployments(world, plans, previous, modified);
    const items = [...plans.values()].map((p) => ({
      logicalId: p.logicalId,
      type: p.resource.Type,
      physicalId: p.physicalId,
      planned: p.planned,
    }));
    checkUniqueNames(items);
    checkAccountConcurrency(
      world,
      items.filter((p) => p.type === 'AWS::Lambda::Function'),
      items.filter((p) => p.type === 'AWS::Lambda::Alias'),
      (p) => p,
    );
    checkAliasPcConflicts(
      world,
      toApply
        .filter((p) => p.resource.Type === 'AWS::Lambda::Alias')
        .map((p) => items.find((i) => i.logicalId === p.logicalId)!),
    );
    notes.push(...hookNameWarnings(plans, new Set(toApply.map((p) => p.logicalId))));
    current = undefined;

    // ---- apply, in dependency order
    const applyScope = scopeFor(world, parameters, conditions, template, active, {
      ref: (id) => next[id]?.attributes.Ref ?? next[id]?.physicalId ?? physicalIdOf(id),
      attr: (id, attr, kind) => {
        const known = next[id]?.attributes[attr];
        if (known !== undefined) return known;
        const a = kind.attributes[attr];
        if (a === 'runtime' || a === undefined) throw templateError(`the value of ${id}.${attr} is not known yet.`);
        return a(next[id]?.physicalId ?? physicalIdOf(id), world);
      },
    });
    for (const id of order) {
      const p = plans.get(id)!;
      current = p;
      // Undefined only for a resource the change set adds; unchanged and modified ones were deployed before.
      const before = previous[id];
      const change = changeSet.find((c) => c.logicalId === id && c.action !== 'Remove');
      if (!change) {
        next[id] = { ...before!, plannedProperties: p.planned };
        continue;
      }
      const props = resolveValue(p.resource.Properties ?? {}, applyScope, id) as Record<string, unknown>;
      const updatePolicy = p.resource.UpdatePolicy
        ? (resolveValue(resourceOf(id).UpdatePolicy, applyScope, id) as Record<string, unknown>)
        : undefined;
      const ctx = handlerContext(id, updatePolicy);
      const physicalId = p.kind.physicalId(props, stackName, id, world);
      let outcome: { attributes?: Record<string, string>; code?: FileContent };
      if (change.action === 'Add' || change.replacement === 'True') {
        if (change.action === 'Modify') replacedOld.push(before!);
        const step: AppliedStep = { op: 'create', logicalId: id, type: p.resource.Type, physicalId, props };
        steps.push(step);
        outcome = p.kind.create(props, physicalId, ctx);
        step.attributes = outcome.attributes;
      } else {
        // Neither added nor replaced: a Modify of a deployed resource.
        steps.push({ op: 'update', logicalId: id, type: p.resource.Type, before: before!, props });
        outcome = p.kind.update(props, before!, ctx);
      }
      next[id] = {
        logicalId: id,
        type: p.resource.Type,
        physicalId: outcome.attributes?.Ref ?? physicalId,
        attributes: {
          ...(change.action === 'Modify' && change.replacement === 'False' ? before!.attributes : {}),
          ...(outcome.attributes ?? {}),
        },
        plannedProperties: p.planned,
        appliedProperties: props,
        deletionPolicy: p.resource.DeletionPolicy,
        code: outcome.code ?? before?.code,
      };
    }
    current = undefined;
    for (const [key, o] of Object.entries(outputsTemplate)) {
      if (!isRecord(o) || (typeof o.Condition === 'string' && !conditions[o.Condition])) continue;
      const v = resolveValue(o.Value, applyScope, `Outputs.${key}`);
      outputs[key] = Array.isArray(v)
        ? v.join(',')
        : typeof v === 'object' && v !== null
          ? JSON.stringify(v)
          : String(v);
    }
  } catch (error) {
    // A resource failed: undo what was done, newest first, so the world is as it was, and record
    // the failure the way CloudFormation's stack events show it.
    const stuck = undoSteps(world, steps, KINDS, (id) => handlerContext(id));
    world.log.discardAfter(logMark);
    const intact = stuck.length === 0;
    recordFailure(error, steps, current?.logicalId);
    if (error instanceof SamDeployError && !intact)
      throw partialRollbackError(error, stuck.length > 0 ? stuck : steps.map((s) => s.logicalId));
    throw error;
  }
  // Old resources go last, newest dependents first (CloudFormation's cleanup phase). A cleanup
  // failure does not roll the update back: CloudFormation reports it and the update completes.
  const removed = [
    ...replacedOld,
    ...changeSet.filter((c) => c.action === 'Remove').map((c) => previous[c.logicalId]!), // only deployed resources are removed
  ].reverse();
  for (const r of removed) {
    try {
      kindOf(r.type).remove(r, handlerContext(r.logicalId));
    } catch (e) {
      if (!(e instanceof SamDeployError)) throw e;
      notes.push(`${r.logicalId} could not be deleted during cleanup (DELETE_FAILED): ${failureReason(e)}`);
    }
  }
  if (operation === 'CREATE' && [...plans.values()].some((p) => p.resource.UpdatePolicy))
    notes.push(
      'First deploy: the alias was created pointing at the new version. CodeDeploy shifts traffic only on later updates that publish a new version.',
    );
  const record: StackRecord = {
    stackName,
    stackId,
    resources: next,
    outputs,
    status: deploymentId ? 'UPDATE_IN_PROGRESS' : operation === 'CREATE' ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE',
    ...(deploymentId
      ? { deploymentId, beforeDeployment: { resources: previous, outputs: existing?.outputs ?? {} } }
      : {}),
  };
  stacks.set(stackName, record);
  world.log.add({
    service: 'world',
    type: 'stack.deployed',
    message: `Stack ${stackName}: ${changeSet.map((c) => `${c.action} ${c.logicalId}`).join(', ')}.${deploymentId ? ` CloudFormation started CodeDeploy deployment ${deploymentId} to move the alias.` : ''}`,
    severity: 'info',
    docUrl:
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html',
    ...(deploymentId ? { refs: { deploymentId } } : {}),
  });
  return {
    stackName,
    changeSet,
    ...(deploymentId ? { deploymentId } : {}),
    outputs,
    noChanges: false,
    operation,
    notes,
  };
}

function scopeFor(
  world: World,
  parameters: Record<string, string | string[]>,
  conditions: Record<string, boolean>,
  template: Record<string, unknown>,
  active: Record<string, CfnResource>,
  values: { ref(id: string): string; attr(id: string, attr: string, kind: ResourceKind): string },
): ResolveScope {
  return {
    parameters,
    conditions,
    mappings: isRecord(template.Mappings) ? template.Mappings : {},
    hasResource: (id) => Object.hasOwn(active, id),
    ref: (id) => values.ref(id),
    getAtt: (id, attr) => {
      const kind = kindOf(active[id]!.Type); // hasResource(id) was checked first
      if (!Object.hasOwn(kind.attributes, attr))
        throw templateError(`resource ${id} does not support attribute type ${attr} in Fn::GetAtt`, id);
      return values.attr(id, attr, kind);
    },
  };
}

/** Top-level property names whose planned values differ. */
function diffKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** A new function or application may not take a name something else already has. */
function checkNameClash(
  world: World,
  p: PlannedResource,
  before: DeployedResource | undefined,
  ctx: HandlerContext,
): void {
  if (before && before.physicalId === p.physicalId) return;
  const fail = (message: string, name: string) =>
    new SamDeployError(
      'resource',
      `Resource ${p.logicalId} (${p.resource.Type}) failed: Resource handler returned message: "${message}" (${name}). The stack rolled back; nothing was deployed.`,
      { logicalId: p.logicalId, awsErrorName: name },
    );
  if (p.resource.Type === 'AWS::Lambda::Function') {
    const exists = tryRead(() => world.lambda.getFunctionConfiguration({ FunctionName: p.physicalId }));
    if (exists) throw fail(`Function already exist: ${p.physicalId}`, 'ResourceConflictException');
  }
  if (
    p.resource.Type === 'AWS::CodeDeploy::Application' &&
    tryRead(() => world.codedeploy.getApplication({ applicationName: p.physicalId }))
  )
    throw fail(
      `The application ${p.physicalId} already exists with this IAM user or AWS account.`,
      'ApplicationAlreadyExistsException',
    );
  void ctx;
}

/**
 * An alias update that CloudFormation hands to CodeDeploy fails when the group already has a
 * deployment running (DeploymentLimitExceededException, https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeployment.html): check it before changing anything.
 */
function checkAliasDeployments(
  world: World,
  plans: Map<string, PlannedResource>,
  previous: Record<string, DeployedResource>,
  modified: Set<string>,
): void {
  for (const id of modified) {
    const p = plans.get(id)!;
    if (p.resource.Type !== 'AWS::Lambda::Alias' || !p.resource.UpdatePolicy) continue;
    if (JSON.stringify(p.planned.FunctionVersion) === JSON.stringify(previous[id]?.plannedProperties.FunctionVersion))
      continue;
    const policy = p.resource.UpdatePolicy.CodeDeployLambdaAliasUpdate;
    if (!isRecord(policy) || hasRuntimePlaceholder(policy)) continue;
    const app = String(policy.ApplicationName);
    const group = String(policy.DeploymentGroupName);
    const running = tryRead(() =>
      world.codedeploy.listDeployments({
        applicationName: app,
        deploymentGroupName: group,
        includeOnlyStatuses: ['Created', 'Queued', 'InProgress', 'Ready'],
      }),
    );
    const active = running?.deployments[0];
    if (active)
      throw new SamDeployError(
        'resource',
        `Resource ${id} (AWS::Lambda::Alias) failed: Resource handler returned message: "The Deployment Group '${group}' already has an active Deployment '${active}'" (DeploymentLimitExceededException). The stack rolled back; nothing was deployed.`,
        {
          logicalId: id,
          awsErrorName: 'DeploymentLimitExceededException',
        },
      );
  }
}

/**
 * The managed policy AWSCodeDeployRoleForLambda (on SAM's generated CodeDeployServiceRole) lets
 * CodeDeploy invoke only functions named CodeDeployHook_*; another hook name needs its own role
 * (https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda).
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForLambda.html
 */
function hookNameWarnings(plans: Map<string, PlannedResource>, changing: Set<string>): string[] {
  const out: string[] = [];
  for (const p of plans.values()) {
    const policy = p.resource.UpdatePolicy?.CodeDeployLambdaAliasUpdate;
    if (!changing.has(p.logicalId) || !isRecord(policy)) continue;
    const usesManagedRole = [...plans.values()].some(
      (g) =>
        g.resource.Type === 'AWS::CodeDeploy::DeploymentGroup' &&
        g.physicalId === policy.DeploymentGroupName &&
        /CodeDeployServiceRole/.test(JSON.stringify(g.resource.Properties?.ServiceRoleArn ?? '')),
    );
    for (const key of ['BeforeAllowTrafficHook', 'AfterAllowTrafficHook']) {
      const hook = policy[key];
      if (usesManagedRole && typeof hook === 'string' && !hook.startsWith('CodeDeployHook_'))
        out.push(
          `Hook ${hook} does not start with CodeDeployHook_: the AWSCodeDeployRoleForLambda policy on SAM's CodeDeployServiceRole only allows CodeDeploy to invoke functions named CodeDeployHook_*.`,
        );
    }
  }
  return out;
}

function tryRead<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** A stable UUID-shaped id (stack ids are random in AWS; here they follow the seed). */
function uuidFrom(text: string): string {
  const h = sha1Hex(text);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
