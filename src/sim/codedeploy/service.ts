import type { WorldContext } from '../core/context';
import { sha256Hex } from '../core/hash';
import { parseLambdaAppSpec, rollbackAppSpecContent } from './appSpec';
import {
  DEFAULT_LAMBDA_CONFIG,
  predefinedConfigRecords,
  validateCreateDeploymentConfig,
  validateDeploymentConfigName,
  type CreateDeploymentConfigInput,
  type DeploymentConfigRecord,
} from './deploymentConfigs';
import { createDeploymentActor, type DeploymentActor } from './deploymentRunner';
import { DEPLOYMENT_FAILS, ROLLBACK_SAYS, SERVICE_SAYS, type Narration } from './narration';
import { codeDeployError } from './errors';
import {
  normaliseAlarmConfiguration,
  normaliseAutoRollback,
  normaliseDeploymentStyle,
  validateGroupName,
  validateServiceRole,
} from './groupValidation';
import { validateHookReport, type HookReportInput } from './hookExecution';
import {
  isActive,
  LIFECYCLE_ORDER,
  type ApplicationRecord,
  type CodeDeploySnapshot,
  type DeploymentGroupRecord,
  type DeploymentRecord,
} from './model';
import type { AlarmStateChange } from '../cloudwatch/types';
import type { StackDeploymentPort } from '../core/ports';
import { lambdaPort, type LambdaPort } from './ports';
import { hasSomethingToRollBack, rollbackEventOf, shouldRollBack } from './rollback';
import { trafficSchedule } from './trafficSchedule';
import type {
  AlarmConfiguration,
  AutoRollbackConfiguration,
  AutoRollbackEvent,
  ComputePlatform,
  DeploymentCreator,
  DeploymentStatus,
  DeploymentStyle,
  RevisionLocation,
} from './types';
import { targetIdOf, toDeploymentInfo, toLambdaTarget } from './views';

export type { CodeDeploySnapshot } from './model';

interface CreateDeploymentGroupInput {
  applicationName?: string;
  deploymentGroupName?: string;
  deploymentConfigName?: string;
  serviceRoleArn?: string;
  deploymentStyle?: DeploymentStyle;
  alarmConfiguration?: AlarmConfiguration;
  autoRollbackConfiguration?: AutoRollbackConfiguration;
}

interface UpdateDeploymentGroupInput extends Omit<CreateDeploymentGroupInput, 'deploymentGroupName'> {
  currentDeploymentGroupName?: string;
  newDeploymentGroupName?: string;
}

export interface CreateDeploymentInput {
  applicationName?: string;
  deploymentGroupName?: string;
  revision?: RevisionLocation;
  deploymentConfigName?: string;
  description?: string;
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  overrideAlarmConfiguration?: AlarmConfiguration;
}

const APP_NAME = /^[A-Za-z0-9._+=,@-]{1,100}$/;

/**
 * The simulated AWS CodeDeploy service for the Lambda compute platform. Every operation validates
 * its whole input before changing anything, so a call that throws leaves the world as it was.
 * Deployments run as xstate actors on the world clock (deploymentMachineDefinition.ts).
 */
export class CodeDeployService {
  readonly #applications = new Map<string, ApplicationRecord>();
  readonly #configs = new Map<string, DeploymentConfigRecord>(
    predefinedConfigRecords().map((c) => [c.deploymentConfigName, c]),
  );
  readonly #groups = new Map<string, DeploymentGroupRecord>();
  readonly #deployments = new Map<string, DeploymentRecord>();
  readonly #actors = new Map<string, DeploymentActor>();
  /** StopDeployment's autoRollbackEnabled, per stopped deployment. */
  readonly #stopRollback = new Map<string, boolean | undefined>();
  #alarmSubscription: (() => void) | undefined;
  /** The Lambda calls CodeDeploy makes (./ports.ts), one adapter for every deployment. */
  readonly #lambda: LambdaPort;

  constructor(protected readonly ctx: WorldContext) {
    this.#lambda = lambdaPort(ctx);
  }

  // ───────────────────────── applications ─────────────────────────

  createApplication(input: { applicationName?: string; computePlatform?: ComputePlatform }): { applicationId: string } {
    const name = input.applicationName;
    if (!name)
      throw codeDeployError(
        'ApplicationNameRequiredException',
        'The minimum number of required application names was not specified.',
      );
    if (!APP_NAME.test(name))
      throw codeDeployError('InvalidApplicationNameException', `The application name '${name}' is invalid.`);
    if (this.#applications.has(name))
      throw codeDeployError(
        'ApplicationAlreadyExistsException',
        `The application ${name} already exists with this IAM user or AWS account.`,
      );
    // AWS defaults computePlatform to Server; this lab models only Lambda, so say so instead of
    // creating an application whose deployments could never run here.
    const platform = input.computePlatform ?? 'Server';
    if (platform !== 'Lambda')
      throw codeDeployError(
        'InvalidComputePlatformException',
        `Compute platform '${platform}' is not modelled in this simulator (AWS uses Server when none is given): pass computePlatform Lambda.`,
      );
    const record: ApplicationRecord = {
      applicationId: this.ctx.ids.uuid(),
      applicationName: name,
      computePlatform: 'Lambda',
      createTime: this.ctx.scheduler.now(),
    };
    this.#applications.set(name, record);
    this.#log(SERVICE_SAYS.applicationCreated(name), { applicationName: name });
    return { applicationId: record.applicationId };
  }

  getApplication(input: { applicationName?: string }) {
    const app = this.#app(input.applicationName);
    return {
      application: {
        applicationId: app.applicationId,
        applicationName: app.applicationName,
        createTime: new Date(app.createTime),
        linkedToGitHub: false,
        computePlatform: app.computePlatform,
      },
    };
  }

  listApplications() {
    return { applications: [...this.#applications.keys()].sort() };
  }

  /**
   * Deletes an application and its deployment groups (CloudFormation calls it when it rolls back a
   * stack that created the application). Deleting one that does not exist succeeds (Lab choice: the
   * API reference does not list a not-found error for it).
   * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeleteApplication.html
   */
  deleteApplication(input: { applicationName?: string }): Record<string, never> {
    const name = input.applicationName;
    if (!name)
      throw codeDeployError(
        'ApplicationNameRequiredException',
        'The minimum number of required application names was not specified.',
      );
    if (!this.#applications.has(name)) return {};
    for (const [key, g] of this.#groups) if (g.applicationName === name) this.#groups.delete(key);
    this.#applications.delete(name);
    this.#log(SERVICE_SAYS.applicationDeleted(name), { applicationName: name });
    return {};
  }

  // ───────────────────────── deployment configs ─────────────────────────

  createDeploymentConfig(input: CreateDeploymentConfigInput): { deploymentConfigId: string } {
    const routing = validateCreateDeploymentConfig(input, this.#configs);
    const record: DeploymentConfigRecord = {
      deploymentConfigId: this.ctx.ids.uuid(),
      deploymentConfigName: input.deploymentConfigName!,
      computePlatform: 'Lambda',
      trafficRoutingConfig: routing,
      createTime: this.ctx.scheduler.now(),
      predefined: false,
    };
    this.#configs.set(record.deploymentConfigName, record);
    this.#log(SERVICE_SAYS.configCreated(record.deploymentConfigName));
    return { deploymentConfigId: record.deploymentConfigId };
  }

  getDeploymentConfig(input: { deploymentConfigName?: string }) {
    const c = this.#config(input.deploymentConfigName);
    return {
      deploymentConfigInfo: {
        deploymentConfigId: c.deploymentConfigId,
        deploymentConfigName: c.deploymentConfigName,
        createTime: new Date(c.createTime),
        computePlatform: c.computePlatform,
        trafficRoutingConfig: structuredClone(c.trafficRoutingConfig),
      },
    };
  }

  /** Lists the nine predefined Lambda configs and custom ones; EC2/ECS predefined configs are not modelled. */
  listDeploymentConfigs() {
    return { deploymentConfigsList: [...this.#configs.keys()] };
  }

  deleteDeploymentConfig(input: { deploymentConfigName?: string }): Record<string, never> {
    validateDeploymentConfigName(input.deploymentConfigName);
    const c = this.#configs.get(input.deploymentConfigName);
    if (c?.predefined)
      throw codeDeployError('InvalidOperationException', 'Predefined configurations cannot be deleted.');
    if (!c) return {};
    const user = [...this.#groups.values()].find((g) => g.deploymentConfigName === c.deploymentConfigName);
    if (user)
      throw codeDeployError(
        'DeploymentConfigInUseException',
        `The deployment configuration ${c.deploymentConfigName} is in use by deployment group ${user.deploymentGroupName}.`,
      );
    this.#configs.delete(c.deploymentConfigName);
    return {};
  }

  // ───────────────────────── deployment groups ─────────────────────────

  createDeploymentGroup(input: CreateDeploymentGroupInput): { deploymentGroupId: string } {
    const app = this.#app(input.applicationName);
    validateGroupName(input.deploymentGroupName);
    if (this.#groups.has(this.#groupKey(app.applicationName, input.deploymentGroupName)))
      throw codeDeployError(
        'DeploymentGroupAlreadyExistsException',
        `A deployment group named ${input.deploymentGroupName} already exists for application ${app.applicationName}.`,
      );
    if (input.deploymentConfigName !== undefined) this.#lambdaConfig(input.deploymentConfigName);
    validateServiceRole(input.serviceRoleArn);
    const record: DeploymentGroupRecord = {
      applicationName: app.applicationName,
      deploymentGroupId: '',
      deploymentGroupName: input.deploymentGroupName,
      deploymentConfigName: input.deploymentConfigName,
      serviceRoleArn: input.serviceRoleArn,
      deploymentStyle: normaliseDeploymentStyle(input.deploymentStyle),
      alarmConfiguration: normaliseAlarmConfiguration(input.alarmConfiguration),
      autoRollbackConfiguration: normaliseAutoRollback(input.autoRollbackConfiguration),
    };
    record.deploymentGroupId = this.ctx.ids.uuid();
    this.#groups.set(this.#groupKey(app.applicationName, record.deploymentGroupName), record);
    this.#log(
      SERVICE_SAYS.groupCreated(record.deploymentGroupName, app.applicationName, this.#groupConfigName(record)),
      {
        applicationName: app.applicationName,
        deploymentGroupName: record.deploymentGroupName,
      },
    );
    return { deploymentGroupId: record.deploymentGroupId };
  }

  /** https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeleteDeploymentGroup.html */
  deleteDeploymentGroup(input: { applicationName?: string; deploymentGroupName?: string }): {
    hooksNotCleanedUp: never[];
  } {
    const app = this.#app(input.applicationName);
    validateGroupName(input.deploymentGroupName);
    const key = this.#groupKey(app.applicationName, input.deploymentGroupName);
    if (this.#groups.delete(key))
      this.#log(SERVICE_SAYS.groupDeleted(input.deploymentGroupName, app.applicationName), {
        applicationName: app.applicationName,
        deploymentGroupName: input.deploymentGroupName,
      });
    return { hooksNotCleanedUp: [] };
  }

  updateDeploymentGroup(input: UpdateDeploymentGroupInput): { hooksNotCleanedUp: never[] } {
    const current = this.#group(input.applicationName, input.currentDeploymentGroupName);
    const next: DeploymentGroupRecord = structuredClone(current);
    if (input.newDeploymentGroupName !== undefined && input.newDeploymentGroupName !== current.deploymentGroupName) {
      validateGroupName(input.newDeploymentGroupName);
      if (this.#groups.has(this.#groupKey(current.applicationName, input.newDeploymentGroupName)))
        throw codeDeployError(
          'DeploymentGroupAlreadyExistsException',
          `A deployment group named ${input.newDeploymentGroupName} already exists for application ${current.applicationName}.`,
        );
      next.deploymentGroupName = input.newDeploymentGroupName;
    }
    if (input.deploymentConfigName !== undefined) {
      this.#lambdaConfig(input.deploymentConfigName);
      next.deploymentConfigName = input.deploymentConfigName;
    }
    if (input.serviceRoleArn !== undefined) {
      validateServiceRole(input.serviceRoleArn);
      next.serviceRoleArn = input.serviceRoleArn;
    }
    if (input.deploymentStyle !== undefined) next.deploymentStyle = normaliseDeploymentStyle(input.deploymentStyle);
    if (input.alarmConfiguration !== undefined)
      next.alarmConfiguration = normaliseAlarmConfiguration(input.alarmConfiguration);
    if (input.autoRollbackConfiguration !== undefined)
      next.autoRollbackConfiguration = normaliseAutoRollback(input.autoRollbackConfiguration);
    this.#groups.delete(this.#groupKey(current.applicationName, current.deploymentGroupName));
    this.#groups.set(this.#groupKey(next.applicationName, next.deploymentGroupName), next);
    // Deployments remember their group by name, as AWS's DeploymentInfo does.
    if (next.deploymentGroupName !== current.deploymentGroupName)
      for (const d of this.#deployments.values())
        if (d.applicationName === current.applicationName && d.deploymentGroupName === current.deploymentGroupName)
          d.deploymentGroupName = next.deploymentGroupName;
    this.#log(SERVICE_SAYS.groupUpdated(next.deploymentGroupName), {
      applicationName: next.applicationName,
      deploymentGroupName: next.deploymentGroupName,
    });
    return { hooksNotCleanedUp: [] };
  }

  getDeploymentGroup(input: { applicationName?: string; deploymentGroupName?: string }) {
    const g = this.#group(input.applicationName, input.deploymentGroupName);
    const last = (id: string | undefined) => {
      const d = id ? this.#deployments.get(id) : undefined;
      return d
        ? {
            deploymentId: d.deploymentId,
            status: d.status,
            endTime: d.completeTime === undefined ? undefined : new Date(d.completeTime),
            createTime: new Date(d.createTime),
          }
        : undefined;
    };
    return {
      deploymentGroupInfo: {
        applicationName: g.applicationName,
        deploymentGroupId: g.deploymentGroupId,
        deploymentGroupName: g.deploymentGroupName,
        deploymentConfigName: this.#groupConfigName(g),
        serviceRoleArn: g.serviceRoleArn,
        deploymentStyle: { ...g.deploymentStyle },
        alarmConfiguration: structuredClone(g.alarmConfiguration),
        autoRollbackConfiguration: structuredClone(g.autoRollbackConfiguration),
        triggerConfigurations: [],
        lastAttemptedDeployment: last(g.lastAttemptedDeploymentId),
        lastSuccessfulDeployment: last(g.lastSuccessfulDeploymentId),
        computePlatform: 'Lambda' as const,
      },
    };
  }

  listDeploymentGroups(input: { applicationName?: string }) {
    const app = this.#app(input.applicationName);
    return {
      applicationName: app.applicationName,
      deploymentGroups: [...this.#groups.values()]
        .filter((g) => g.applicationName === app.applicationName)
        .map((g) => g.deploymentGroupName),
    };
  }

  // ───────────────────────── deployments ─────────────────────────

  createDeployment(input: CreateDeploymentInput): { deploymentId: string } {
    return this.#createDeployment(input, 'user');
  }

  /**
   * For the SAM/CloudFormation model (CodeDeployLambdaAliasUpdate): see StackDeploymentPort in
   * src/sim/core/ports.ts.
   */
  readonly stackDeploymentPort: StackDeploymentPort = {
    createDeployment: (input, stackId) => this.#createDeployment(input, 'CloudFormation', stackId),
  };

  #createDeployment(
    input: CreateDeploymentInput,
    creator: DeploymentCreator,
    externalId?: string,
  ): { deploymentId: string } {
    const app = this.#app(input.applicationName);
    if (!input.deploymentGroupName)
      throw codeDeployError('DeploymentGroupNameRequiredException', 'The deployment group name was not specified.');
    const group = this.#group(app.applicationName, input.deploymentGroupName);
    const content = this.#revisionContent(input.revision);
    const appSpec = parseLambdaAppSpec(content);
    const configName = input.deploymentConfigName ?? this.#groupConfigName(group);
    const config = this.#lambdaConfig(configName);
    const autoRollback =
      input.autoRollbackConfiguration !== undefined
        ? normaliseAutoRollback(input.autoRollbackConfiguration)
        : structuredClone(group.autoRollbackConfiguration);
    const alarms =
      input.overrideAlarmConfiguration !== undefined
        ? normaliseAlarmConfiguration(input.overrideAlarmConfiguration)
        : structuredClone(group.alarmConfiguration);
    if (input.description !== undefined && input.description.length > 1024)
      throw codeDeployError('DescriptionTooLongException', 'The description is too long: at most 1,024 characters.');
    // "Concurrent deployments per deployment group: 1" — a second one is refused, not queued.
    const active = [...this.#deployments.values()].find(
      (d) =>
        isActive(d) && d.applicationName === app.applicationName && d.deploymentGroupName === group.deploymentGroupName,
    );
    if (active)
      throw codeDeployError(
        'DeploymentLimitExceededException',
        `The Deployment Group '${group.deploymentGroupName}' already has an active Deployment '${active.deploymentId}'`,
      );

    const d = this.#newDeployment({
      applicationName: app.applicationName,
      deploymentGroupName: group.deploymentGroupName,
      deploymentConfigName: config.deploymentConfigName,
      trafficRoutingConfig: structuredClone(config.trafficRoutingConfig),
      creator,
      description: input.description,
      revision: structuredClone(input.revision!),
      appSpec,
      alarmConfiguration: alarms,
      autoRollbackConfiguration: autoRollback,
      overrideAlarmConfiguration: input.overrideAlarmConfiguration
        ? structuredClone(input.overrideAlarmConfiguration)
        : undefined,
    });
    if (externalId !== undefined) d.externalId = externalId;
    group.lastAttemptedDeploymentId = d.deploymentId;
    this.#log(SERVICE_SAYS.deploymentCreated(d), {
      deploymentId: d.deploymentId,
      functionName: appSpec.functionName,
      alias: appSpec.alias,
    });
    this.#ensureAlarmSubscription();
    const actor = createDeploymentActor(
      { ctx: this.ctx, lambda: this.#lambda, onSettled: (rec) => this.#onSettled(rec) },
      d,
    );
    this.#actors.set(d.deploymentId, actor);
    actor.start();
    actor.send({ type: 'START' });
    this.ctx.changed();
    return { deploymentId: d.deploymentId };
  }

  getDeployment(input: { deploymentId?: string }) {
    return { deploymentInfo: toDeploymentInfo(this.#deployment(input.deploymentId)) };
  }

  batchGetDeployments(input: { deploymentIds?: string[] }) {
    return {
      deploymentsInfo: (input.deploymentIds ?? []).flatMap((id) =>
        this.#deployments.has(id) ? [toDeploymentInfo(this.#deployments.get(id)!)] : [],
      ),
    };
  }

  /** Newest first. */
  listDeployments(
    input: { applicationName?: string; deploymentGroupName?: string; includeOnlyStatuses?: DeploymentStatus[] } = {},
  ) {
    if (input.applicationName !== undefined) this.#app(input.applicationName);
    if (input.deploymentGroupName !== undefined) {
      if (input.applicationName === undefined)
        throw codeDeployError(
          'ApplicationNameRequiredException',
          'An application name is required when a deployment group name is given.',
        );
      this.#group(input.applicationName, input.deploymentGroupName);
    }
    const ids = [...this.#deployments.values()]
      .filter((d) => input.applicationName === undefined || d.applicationName === input.applicationName)
      .filter((d) => input.deploymentGroupName === undefined || d.deploymentGroupName === input.deploymentGroupName)
      .filter((d) => !input.includeOnlyStatuses || input.includeOnlyStatuses.includes(d.status))
      .map((d) => d.deploymentId)
      .reverse();
    return { deployments: ids };
  }

  listDeploymentTargets(input: { deploymentId?: string }) {
    return { targetIds: [targetIdOf(this.#deployment(input.deploymentId))] };
  }

  getDeploymentTarget(input: { deploymentId?: string; targetId?: string }) {
    const d = this.#deployment(input.deploymentId);
    if (!input.targetId)
      throw codeDeployError('DeploymentTargetIdRequiredException', 'A deployment target ID was not provided.');
    if (input.targetId !== targetIdOf(d))
      throw codeDeployError(
        'DeploymentTargetDoesNotExistException',
        `The provided target ID '${input.targetId}' does not belong to deployment ${d.deploymentId}.`,
      );
    return {
      deploymentTarget: {
        deploymentTargetType: 'LambdaTarget' as const,
        lambdaTarget: toLambdaTarget(d, this.ctx.region, this.ctx.accountId),
      },
    };
  }

  /**
   * Stops a running deployment: status Stopped, error code MANUAL_STOP (INF from the enum name).
   * Without a rollback the alias keeps whatever split it had (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-stop.html).
   * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_StopDeployment.html
   */
  stopDeployment(input: { deploymentId?: string; autoRollbackEnabled?: boolean }): {
    status: 'Pending' | 'Succeeded';
    statusMessage: string;
  } {
    const d = this.#deployment(input.deploymentId);
    if (!isActive(d))
      throw codeDeployError(
        'DeploymentAlreadyCompletedException',
        `The deployment ${d.deploymentId} has already completed.`,
      );
    this.#stopRollback.set(d.deploymentId, input.autoRollbackEnabled);
    this.#log(SERVICE_SAYS.stopRequested(d.deploymentId, input.autoRollbackEnabled), { deploymentId: d.deploymentId });
    this.#actors.get(d.deploymentId)?.send({ type: 'STOP' });
    this.ctx.changed();
    return { status: 'Succeeded', statusMessage: ROLLBACK_SAYS.stopped(d.deploymentId) };
  }

  putLifecycleEventHookExecutionStatus(input: HookReportInput): { lifecycleEventHookExecutionId: string } {
    const { deployment, execution, status } = validateHookReport(input, (id) => this.#deployments.get(id));
    execution.status = status;
    execution.reportedAt = this.ctx.scheduler.now();
    this.#log(
      SERVICE_SAYS.hookReported(execution.functionName, execution.lifecycleEventName, deployment.deploymentId, status),
      { deploymentId: deployment.deploymentId, functionName: execution.functionName },
    );
    this.#actors.get(deployment.deploymentId)?.send({ type: 'HOOK_REPORTED', status });
    this.ctx.changed();
    return { lifecycleEventHookExecutionId: execution.lifecycleEventHookExecutionId };
  }

  // ───────────────────────── snapshot ─────────────────────────

  snapshot(): CodeDeploySnapshot {
    return {
      applications: [...this.#applications.values()].map((a) => ({ ...a })),
      groups: [...this.#groups.values()].map((g) => structuredClone(g)),
      configs: [...this.#configs.values()].map((c) => ({
        deploymentConfigName: c.deploymentConfigName,
        predefined: c.predefined,
        trafficRoutingConfig: structuredClone(c.trafficRoutingConfig),
        schedule: trafficSchedule(c.trafficRoutingConfig),
      })),
      deployments: [...this.#deployments.values()].map((d) => {
        const actor = this.#actors.get(d.deploymentId);
        const machineState = actor ? JSON.stringify(actor.getSnapshot().value) : undefined;
        return { ...structuredClone(d), machineState };
      }),
    };
  }

  // ───────────────────────── internals ─────────────────────────

  #onSettled(d: DeploymentRecord): void {
    const group = this.#groups.get(this.#groupKey(d.applicationName, d.deploymentGroupName));
    if (d.status === 'Succeeded' && group) group.lastSuccessfulDeploymentId = d.deploymentId;
    const stopChoice = this.#stopRollback.get(d.deploymentId);
    const event = rollbackEventOf(d);
    if (!event) return;
    if (!shouldRollBack(d, stopChoice)) {
      d.rollbackInfo = { rollbackMessage: ROLLBACK_SAYS.notEnabled(event) };
      if (d.status === 'Stopped' && d.targetVersionWeight > 0 && d.targetVersionWeight < 1)
        this.#log(SERVICE_SAYS.leftSplit(d), { deploymentId: d.deploymentId, alias: d.appSpec.alias });
      return;
    }
    if (!hasSomethingToRollBack(d)) {
      d.rollbackInfo = { rollbackMessage: ROLLBACK_SAYS.nothingToUndo };
      return;
    }
    this.#rollBack(d, event);
  }

  /**
   * A rollback is a NEW deployment (new id, creator codeDeployRollback) that puts the alias back to
   * exactly what it was before the failed deployment, at once rather than gradually (our reading of https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html).
   * Its hooks are not run and alarms are not polled: the point is to restore the known-good
   * version while the alarm that caused it may still be firing (INF).
   * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html
   */
  #rollBack(failed: DeploymentRecord, event: AutoRollbackEvent): void {
    const before = failed.aliasBefore!;
    const { functionName, alias } = failed.appSpec;
    // Every field of the rollback says what it does: it redeploys the last known good version
    // (failed target → version before), all at once. Its revision is that AppSpec, not a copy of the
    // failed one (which says the opposite direction). The config name is our choice for "in one
    // step" (INF: AWS does not document which config a Lambda rollback reports).
    // https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html
    const appSpec = {
      ...failed.appSpec,
      hooks: {},
      currentVersion: failed.appSpec.targetVersion,
      targetVersion: before.FunctionVersion,
    };
    const content = rollbackAppSpecContent(appSpec);
    const r = this.#newDeployment({
      applicationName: failed.applicationName,
      deploymentGroupName: failed.deploymentGroupName,
      deploymentConfigName: DEFAULT_LAMBDA_CONFIG,
      trafficRoutingConfig: { type: 'AllAtOnce' },
      creator: 'codeDeployRollback',
      description: ROLLBACK_SAYS.description(failed.deploymentId),
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content, sha256: sha256Hex(content) } },
      appSpec,
      alarmConfiguration: { enabled: false, ignorePollAlarmFailure: false, alarms: [] },
      autoRollbackConfiguration: { enabled: false, events: [] },
    });
    failed.rollbackInfo = {
      rollbackDeploymentId: r.deploymentId,
      rollbackMessage: ROLLBACK_SAYS.started(r.deploymentId, event),
    };
    r.rollbackInfo = { rollbackTriggeringDeploymentId: failed.deploymentId };
    const now = this.ctx.scheduler.now();
    r.status = 'InProgress';
    r.startTime = now;
    r.aliasBefore = structuredClone(before);
    try {
      this.#lambda.updateAlias({
        FunctionName: functionName,
        Name: alias,
        FunctionVersion: before.FunctionVersion,
        RoutingConfig: { AdditionalVersionWeights: { ...before.AdditionalVersionWeights } },
      });
      r.status = 'Succeeded';
      r.targetStatus = 'Succeeded';
      r.targetVersionWeight = 1;
      r.weightHistory.push({ time: now, weight: 1 });
      r.plannedSchedule = [{ atMs: 0, weight: 1 }];
      failed.rollbackInfo.rollbackMessage = ROLLBACK_SAYS.done(r.deploymentId, alias, before.FunctionVersion);
      for (const e of r.lifecycleEvents)
        Object.assign(
          e,
          e.lifecycleEventName.endsWith('AllowTraffic') && e.lifecycleEventName !== 'AllowTraffic'
            ? { status: 'Skipped' }
            : { status: 'Succeeded', startTime: now, endTime: now },
        );
      this.#log(SERVICE_SAYS.rolledBack(failed, r.deploymentId, alias, before.FunctionVersion), {
        deploymentId: r.deploymentId,
        functionName,
        alias,
      });
    } catch (e) {
      r.status = 'Failed';
      r.targetStatus = 'Failed';
      r.errorInformation = DEPLOYMENT_FAILS.rollbackAliasUpdate(alias, e);
      failed.rollbackInfo.rollbackMessage = ROLLBACK_SAYS.failed(r.deploymentId);
      this.#log(SERVICE_SAYS.rollbackFailed(r.deploymentId, r.errorInformation.message), {
        deploymentId: r.deploymentId,
      });
    }
    r.completeTime = now;
  }

  #newDeployment(
    fields: Pick<
      DeploymentRecord,
      | 'applicationName'
      | 'deploymentGroupName'
      | 'deploymentConfigName'
      | 'trafficRoutingConfig'
      | 'creator'
      | 'description'
      | 'revision'
      | 'appSpec'
      | 'alarmConfiguration'
      | 'autoRollbackConfiguration'
      | 'overrideAlarmConfiguration'
    >,
  ): DeploymentRecord {
    let id = this.ctx.ids.deploymentId();
    while (this.#deployments.has(id)) id = this.ctx.ids.deploymentId();
    const d: DeploymentRecord = {
      deploymentId: id,
      ...fields,
      status: 'Created',
      createTime: this.ctx.scheduler.now(),
      plannedSchedule: trafficSchedule(fields.trafficRoutingConfig),
      weightHistory: [],
      targetVersionWeight: 0,
      targetStatus: 'Pending',
      lifecycleEvents: LIFECYCLE_ORDER.map((name) => ({ lifecycleEventName: name, status: 'Pending' })),
      hookExecutions: [],
      alarmChecks: [],
      deploymentStatusMessages: [],
    };
    if (d.description === undefined) delete d.description;
    if (d.overrideAlarmConfiguration === undefined) delete d.overrideAlarmConfiguration;
    this.#deployments.set(id, d);
    return d;
  }

  /** One subscription for all deployments; CloudWatch exists before CodeDeploy in a world. */
  #ensureAlarmSubscription(): void {
    if (this.#alarmSubscription) return;
    this.#alarmSubscription = this.ctx.ports.alarms.onChange((change) => this.#onAlarmChange(change));
  }

  #onAlarmChange(change: AlarmStateChange): void {
    if (change.newState !== 'ALARM') return;
    for (const d of this.#deployments.values()) {
      if (d.status !== 'InProgress' || !d.alarmConfiguration.enabled) continue;
      if (!d.alarmConfiguration.alarms.some((a) => a.name === change.alarmName)) continue;
      d.alarmChecks.push({
        time: this.ctx.scheduler.now(),
        trigger: 'state-change',
        results: [{ alarmName: change.alarmName, state: 'ALARM' }],
        outcome: 'stop',
      });
      this.#actors.get(d.deploymentId)?.send({ type: 'ALARM', alarmName: change.alarmName, reason: 'ALARM' });
      this.ctx.changed();
    }
  }

  #revisionContent(revision: RevisionLocation | undefined): string {
    if (!revision) throw codeDeployError('RevisionRequiredException', 'The revision ID was not specified.');
    const holder =
      revision.revisionType === 'AppSpecContent'
        ? revision.appSpecContent
        : revision.revisionType === 'String'
          ? revision.string
          : undefined;
    if (revision.revisionType !== 'AppSpecContent' && revision.revisionType !== 'String')
      throw codeDeployError(
        'InvalidRevisionException',
        `Revision type '${String(revision.revisionType)}' is not modelled here: use AppSpecContent or String for a Lambda deployment.`,
      );
    const content = holder?.content;
    if (content === undefined || content === '')
      throw codeDeployError('InvalidRevisionException', `The ${revision.revisionType} revision has no content.`);
    if (holder?.sha256 !== undefined && holder.sha256.toLowerCase() !== sha256Hex(content))
      throw codeDeployError(
        'InvalidRevisionException',
        'The sha256 of the AppSpec content does not match the content.',
      );
    return content;
  }

  #app(name: string | undefined): ApplicationRecord {
    if (!name)
      throw codeDeployError(
        'ApplicationNameRequiredException',
        'The minimum number of required application names was not specified.',
      );
    const app = this.#applications.get(name);
    if (!app) throw codeDeployError('ApplicationDoesNotExistException', `No application found for name: ${name}`);
    return app;
  }

  #group(applicationName: string | undefined, groupName: string | undefined): DeploymentGroupRecord {
    const app = this.#app(applicationName);
    if (!groupName)
      throw codeDeployError('DeploymentGroupNameRequiredException', 'The deployment group name was not specified.');
    const g = this.#groups.get(this.#groupKey(app.applicationName, groupName));
    if (!g)
      throw codeDeployError('DeploymentGroupDoesNotExistException', `No Deployment Group found for name: ${groupName}`);
    return g;
  }

  #config(name: string | undefined): DeploymentConfigRecord {
    validateDeploymentConfigName(name);
    const c = this.#configs.get(name);
    if (!c)
      throw codeDeployError(
        'DeploymentConfigDoesNotExistException',
        `No deployment configuration found for name: ${name}`,
      );
    return c;
  }

  #lambdaConfig(name: string): DeploymentConfigRecord {
    const c = this.#config(name);
    if (c.computePlatform !== 'Lambda')
      throw codeDeployError(
        'InvalidDeploymentConfigNameException',
        `Deployment config ${name} is not a Lambda config.`,
      );
    return c;
  }

  #deployment(id: string | undefined): DeploymentRecord {
    if (!id) throw codeDeployError('DeploymentIdRequiredException', 'At least one deployment ID must be specified.');
    if (!/^d-[A-Z0-9]{9}$/.test(id))
      throw codeDeployError('InvalidDeploymentIdException', `The deployment ID '${id}' is not valid.`);
    const d = this.#deployments.get(id);
    if (!d) throw codeDeployError('DeploymentDoesNotExistException', `The deployment ${id} could not be found.`);
    return d;
  }

  #groupConfigName(g: DeploymentGroupRecord): string {
    return g.deploymentConfigName ?? DEFAULT_LAMBDA_CONFIG;
  }

  #groupKey(app: string, group: string): string {
    return `${app}\u0000${group}`;
  }

  /** The service's own entries are 'info' unless the catalogue says otherwise. */
  #log(words: Narration, refs: Record<string, string> = {}): void {
    const { type, message, ...rest } = words;
    this.ctx.log.add({ service: 'codedeploy', type, message, refs, ...rest, severity: words.severity ?? 'info' });
  }
}
