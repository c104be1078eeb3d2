import type { MetricDatum, WorldContext } from '../core/context';
import type { RequestPort } from '../core/ports';
import type { AwsError } from '../core/errors';
import type { Narration } from '../core/eventLog';
import { sha256Base64, sha256Hex } from '../core/hash';
import {
  functionArn,
  isVersionNumber,
  parseFunctionRef,
  qualifiedArn,
  ROLE_ARN_PATTERN,
  ROLE_ARN_PATTERN_TEXT,
} from './arn';
import { aliasVersions, validateRouting, type RoutingInput } from './aliasRouting';
import { parseCodeDocument } from './codeDocument';
import { LAMBDA_SAYS } from './narration';
import { EnvironmentPool, ScalingBucket, type ConcurrencyOwner } from './environments';
import {
  ALIAS_NAME_PATTERN_TEXT,
  aliasAlreadyExists,
  aliasNotFound,
  aliasNotFoundOnUpdate,
  badAliasName,
  codeShaMismatch,
  functionPending,
  functionAlreadyExists,
  functionNotFound,
  invalidParameter,
  MSG,
  pcZero,
  revisionMismatch,
  throttled,
  lambdaError,
  updateInProgress,
  validation,
} from './errors/messages';
import { createActor } from 'xstate';
import { FUNCTION_STATE_TIMING, functionStateMachine } from './functionStateMachine';
import { withStatus } from './httpStatus';
import { Invoker, Outcome, ACCOUNT_CONCURRENCY, UNRESERVED_FLOOR, type InvokeTarget } from './invoker';
import { MetricsAccumulator, MINUTE, type SlotInfo } from './metricsAccumulator';
import type {
  AliasRecord,
  CodeState,
  FunctionLifecycle,
  FunctionRecord,
  FunctionSettings,
  VersionRecord,
} from './model';
import {
  applyProvisionedSplit,
  PC_INIT_FAILURE_REASON,
  provisionedTotal,
  startAllocation,
  type PcConfigRecord,
} from './provisionedConcurrency';
import { copySettings, fingerprint, lastModified, lastPublished, toConfiguration } from './versions';
import { buildSnapshot, type LambdaSnapshot } from './snapshot';

export type { LambdaSnapshot } from './snapshot';
export type { InvokeTarget } from './invoker';

type Zip = string | Uint8Array;

export interface CreateFunctionInput {
  FunctionName: string;
  Runtime?: string;
  Role?: string;
  Handler?: string;
  Code?: { ZipFile?: Zip };
  Description?: string;
  Timeout?: number;
  MemorySize?: number;
  Publish?: boolean;
  Environment?: { Variables?: Record<string, string> };
  DeadLetterConfig?: { TargetArn?: string };
  PackageType?: 'Zip';
}

export interface UpdateFunctionConfigurationInput {
  FunctionName: string;
  Role?: string;
  Handler?: string;
  Runtime?: string;
  Description?: string;
  Timeout?: number;
  MemorySize?: number;
  Environment?: { Variables?: Record<string, string> };
  DeadLetterConfig?: { TargetArn?: string };
  RevisionId?: string;
}

export interface InvokeInput {
  FunctionName: string;
  Qualifier?: string;
  InvocationType?: 'RequestResponse' | 'Event' | 'DryRun';
  Payload?: Zip;
}

export interface InvokeOutput {
  StatusCode: number;
  ExecutedVersion?: string;
  FunctionError?: 'Unhandled';
  Payload?: Uint8Array;
}

export interface AliasInput {
  FunctionName: string;
  Name: string;
  FunctionVersion?: string;
  Description?: string;
  RoutingConfig?: RoutingInput;
  RevisionId?: string;
}

/** Requests beyond this many are refused (keeps a hostile scenario from exhausting memory). */
const MAX_DESCRIPTION = 256;
const utf8 = new TextEncoder();

/**
 * The simulated AWS Lambda service: an AWS SDK v3-shaped API (PascalCase fields) over the model
 * in this folder. Every method validates fully before it changes anything, so a call that throws
 * leaves the world as it was. Results are fresh objects, never internal references.
 */
export class LambdaService {
  readonly #functions = new Map<string, FunctionRecord>();
  /** Next version number per function name; survives deletion and re-creation (https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html). */
  readonly #nextVersion = new Map<string, number>();
  readonly #metrics: MetricsAccumulator;
  readonly #invoker: Invoker;

  /** TrafficService runs its requests through this (src/sim/core/ports.ts). */
  readonly requestPort: RequestPort;

  constructor(protected readonly ctx: WorldContext) {
    const sink = (d: MetricDatum) => ctx.ports.metrics.ingest(d);
    this.#metrics = new MetricsAccumulator(ctx.scheduler.now(), sink, (info) => this.#allocatedFor(info));
    this.#invoker = new Invoker(ctx, this.#metrics, {
      onDemandInFlight: 0,
      reservedTotal: 0,
      unreservedProvisioned: 0,
      reservedFunctions: [],
    });
    const invoker = this.#invoker;
    this.requestPort = {
      invokeAt: (t, target) => invoker.run(t, target),
      found: (target) => invoker.found(target),
      invokeBatch: (times, n, target) => invoker.runBatch(times, n, target),
      batchVersions: invoker.batchVersions,
      batchTally: invoker.batchTally,
      lastExecutedVersion: () => invoker.lastVersion,
      catchUp: (t) => this.#catchUp(t),
    };
    // Hand over a finished minute before anything else runs at the next minute's start (an alarm
    // evaluation scheduled for that instant must see it), and keep a tick for quiet periods.
    // Requests that arrived before t are processed first (traffic catch-up is idempotent).
    ctx.scheduler.beforeEachEvent((t) => {
      ctx.ports.traffic.catchUp(t);
      this.#metrics.rollTo(t);
    });
    this.#scheduleMetricsFlush();
  }

  // ---------------------------------------------------------------- functions

  createFunction(input: CreateFunctionInput): Record<string, unknown> {
    const ref = parseFunctionRef(input.FunctionName, this.ctx);
    if (ref.qualifier !== undefined) throw invalidParameter(MSG.qualifierMismatch);
    const name = ref.functionName;
    if (input.Role === undefined || input.Role === null) throw validation('null', 'role', 'Member must not be null');
    if (!ROLE_ARN_PATTERN.test(input.Role))
      throw validation(
        `'${input.Role}'`,
        'role',
        `Member must satisfy regular expression pattern: ${ROLE_ARN_PATTERN_TEXT}`,
      );
    const zip = input.Code?.ZipFile;
    if (zip === undefined || zip === null) throw invalidParameter('Please provide a source for function code.');
    if (!input.Runtime || !input.Handler) throw invalidParameter(MSG.runtimeHandlerRequired);
    this.#checkSettings(input);
    if (this.#functions.has(name)) throw functionAlreadyExists(name);

    const now = this.ctx.scheduler.now();
    const settings: FunctionSettings = {
      Runtime: input.Runtime,
      Handler: input.Handler,
      Role: input.Role,
      Description: input.Description ?? '',
      Timeout: input.Timeout ?? 3,
      MemorySize: input.MemorySize ?? 128,
    };
    if (input.Environment) settings.Environment = { Variables: { ...(input.Environment.Variables ?? {}) } };
    if (input.DeadLetterConfig?.TargetArn) settings.DeadLetterConfig = { TargetArn: input.DeadLetterConfig.TargetArn };
    const fnSlot = this.#metrics.slot({ functionName: name });
    // Built in three steps on one object: $LATEST's environments count in-flight requests on the
    // function itself, and the lifecycle machine reads $LATEST.
    const base: Omit<FunctionRecord, 'latest' | 'lifecycle'> = {
      name,
      deleted: false,
      versions: new Map(),
      aliases: new Map(),
      pc: new Map(),
      slot: fnSlot,
      bucket: new ScalingBucket(now),
      onDemandInFlight: 0,
      provisionedInFlight: 0,
    };
    const withLatest = Object.assign(base, {
      latest: this.#newVersionRecord(base, '$LATEST', settings, codeState(zip), now, fnSlot),
    });
    const fn: FunctionRecord = Object.assign(withLatest, { lifecycle: this.#startLifecycle(withLatest) });
    this.#functions.set(name, fn);
    if (!this.#nextVersion.has(name)) this.#nextVersion.set(name, 1);
    this.#log(LAMBDA_SAYS.functionCreated(name), { functionName: name });
    if (input.Publish) {
      // CreateFunction answers with the unqualified FunctionArn even when it publishes version 1
      // (recorded AWS response); Version says which version was published.
      const v = this.#publish(fn, undefined);
      return withStatus(toConfiguration(this.ctx, fn, v), 201);
    }
    return withStatus(toConfiguration(this.ctx, fn, fn.latest), 201);
  }

  getFunction(input: { FunctionName: string; Qualifier?: string }): Record<string, unknown> {
    const configuration = this.getFunctionConfiguration(input);
    const { fn } = this.#target(input.FunctionName, input.Qualifier, undefined, true);
    const out: Record<string, unknown> = {
      Configuration: configuration,
      Code: {
        RepositoryType: 'S3',
        // A stable, realistic-looking presigned location (no real bucket exists).
        Location: `https://awslambda-${this.ctx.region}-tasks.s3.${this.ctx.region}.amazonaws.com/snapshots/${this.ctx.accountId}/${fn.name}-${sha256Hex(String(configuration.CodeSha256)).slice(0, 36)}`,
      },
    };
    if (fn.reserved !== undefined) out.Concurrency = { ReservedConcurrentExecutions: fn.reserved };
    return out;
  }

  getFunctionConfiguration(input: { FunctionName: string; Qualifier?: string }): Record<string, unknown> {
    const { fn, qualifier } = this.#target(input.FunctionName, input.Qualifier, undefined, true);
    if (qualifier === undefined) return toConfiguration(this.ctx, fn, fn.latest);
    const v = this.#resolveQualifier(fn, qualifier);
    // Through an alias: the resolved version's configuration, but the ARN keeps the alias (https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html).
    return toConfiguration(this.ctx, fn, v, qualifier);
  }

  updateFunctionCode(input: {
    FunctionName: string;
    ZipFile?: Zip;
    Publish?: boolean;
    RevisionId?: string;
  }): Record<string, unknown> {
    const fn = this.#unqualified(input.FunctionName);
    if (input.ZipFile === undefined || input.ZipFile === null)
      throw invalidParameter('Please provide a source for function code.');
    if (input.RevisionId !== undefined && input.RevisionId !== fn.latest.revisionId) throw revisionMismatch();
    this.#assertNoUpdateRunning(fn);
    const now = this.ctx.scheduler.now();
    this.#replaceLatest(fn, copySettings(fn.latest.settings), codeState(input.ZipFile), now);
    this.#log(LAMBDA_SAYS.codeUpdated(fn.name, fn.latest.code.CodeSha256), { functionName: fn.name });
    // Publish=true publishes the new code within this call; then the update runs its course.
    const published = input.Publish ? this.#publish(fn, undefined) : undefined;
    fn.lifecycle.send({ type: 'UPDATE' });
    if (published) return toConfiguration(this.ctx, fn, published, published.version);
    return toConfiguration(this.ctx, fn, fn.latest);
  }

  updateFunctionConfiguration(input: UpdateFunctionConfigurationInput): Record<string, unknown> {
    const fn = this.#unqualified(input.FunctionName);
    if (input.Role !== undefined && !ROLE_ARN_PATTERN.test(input.Role)) {
      throw validation(
        `'${input.Role}'`,
        'role',
        `Member must satisfy regular expression pattern: ${ROLE_ARN_PATTERN_TEXT}`,
      );
    }
    this.#checkSettings(input);
    if (input.RevisionId !== undefined && input.RevisionId !== fn.latest.revisionId) throw revisionMismatch();
    this.#assertNoUpdateRunning(fn);
    const s = copySettings(fn.latest.settings);
    if (input.Role !== undefined) s.Role = input.Role;
    if (input.Handler !== undefined) s.Handler = input.Handler;
    if (input.Runtime !== undefined) s.Runtime = input.Runtime;
    if (input.Description !== undefined) s.Description = input.Description;
    if (input.Timeout !== undefined) s.Timeout = input.Timeout;
    if (input.MemorySize !== undefined) s.MemorySize = input.MemorySize;
    if (input.Environment !== undefined) s.Environment = { Variables: { ...(input.Environment.Variables ?? {}) } };
    if (input.DeadLetterConfig !== undefined) {
      if (input.DeadLetterConfig.TargetArn) s.DeadLetterConfig = { TargetArn: input.DeadLetterConfig.TargetArn };
      else delete s.DeadLetterConfig;
    }
    this.#replaceLatest(fn, s, fn.latest.code, this.ctx.scheduler.now());
    this.#log(LAMBDA_SAYS.configurationUpdated(fn.name), { functionName: fn.name });
    fn.lifecycle.send({ type: 'UPDATE' });
    return toConfiguration(this.ctx, fn, fn.latest);
  }

  deleteFunction(input: { FunctionName: string; Qualifier?: string }): Record<string, never> {
    // A missing function is named by its unqualified ARN even when a qualifier was given (recorded AWS response).
    const ref = parseFunctionRef(input.FunctionName, this.ctx, input.Qualifier);
    if (!this.#functions.has(ref.functionName)) throw functionNotFound(functionArn(this.ctx, ref.functionName));
    const { fn, qualifier } = this.#target(input.FunctionName, input.Qualifier);
    if (qualifier === undefined) {
      // Whole function: $LATEST, every version and alias go (https://docs.aws.amazon.com/lambda/latest/api/API_DeleteFunction.html). The version
      // counter stays, so a re-created function never reuses a number (§1.2).
      fn.deleted = true;
      fn.lifecycle.stop();
      for (const a of fn.aliases.values()) a.deleted = true;
      for (const cfg of fn.pc.values()) cfg.actor?.stop();
      for (const v of [fn.latest, ...fn.versions.values()]) v.pool.discardIdle();
      this.#functions.delete(fn.name);
      this.#recomputeAccount();
      this.#log(LAMBDA_SAYS.functionDeleted(fn.name), { functionName: fn.name });
      return {};
    }
    if (qualifier === '$LATEST') throw invalidParameter(MSG.deleteLatest);
    if (!isVersionNumber(qualifier)) throw invalidParameter(MSG.deleteAlias);
    const v = fn.versions.get(qualifier);
    if (!v) return {}; // live AWS answers 204 for a version that does not exist (recorded AWS behaviour)
    // A weighted additional version counts as referenced too (our reading; AWS does not say).
    const referencing = [...fn.aliases.values()].filter((a) => aliasVersions(a).includes(qualifier)).map((a) => a.name);
    if (referencing.length > 0) {
      throw lambdaError(
        'ResourceConflictException',
        `Unable to delete version because the following aliases reference it: [${referencing.join(', ')}]`,
      );
    }
    const cfg = fn.pc.get(qualifier);
    cfg?.actor?.stop();
    fn.pc.delete(qualifier);
    v.pool.discardIdle();
    fn.versions.delete(qualifier);
    applyProvisionedSplit(fn);
    this.#recomputeAccount();
    this.#log(LAMBDA_SAYS.versionDeleted(fn.name, qualifier), { functionName: fn.name, version: qualifier });
    return {};
  }

  // ---------------------------------------------------------------- versions

  publishVersion(input: {
    FunctionName: string;
    CodeSha256?: string;
    Description?: string;
    RevisionId?: string;
  }): Record<string, unknown> {
    const fn = this.#unqualified(input.FunctionName);
    if (input.Description !== undefined) this.#checkDescription(input.Description);
    if (input.CodeSha256 !== undefined && input.CodeSha256 !== fn.latest.code.CodeSha256)
      throw codeShaMismatch(input.CodeSha256, fn.latest.code.CodeSha256);
    if (input.RevisionId !== undefined && input.RevisionId !== fn.latest.revisionId) throw revisionMismatch();
    this.#assertNoUpdateRunning(fn);
    const v = this.#publish(fn, input.Description);
    return withStatus(toConfiguration(this.ctx, fn, v, v.version), 201);
  }

  listVersionsByFunction(input: { FunctionName: string }): { Versions: Record<string, unknown>[] } {
    const fn = this.#unqualified(input.FunctionName);
    // $LATEST first, with its qualified ARN, then 1..N (https://docs.aws.amazon.com/lambda/latest/api/API_ListVersionsByFunction.html).
    const versions = [toConfiguration(this.ctx, fn, fn.latest, '$LATEST')];
    const published = [...fn.versions.values()].sort((a, b) => Number(a.version) - Number(b.version));
    for (const v of published) versions.push(toConfiguration(this.ctx, fn, v, v.version));
    return { Versions: versions };
  }

  // ---------------------------------------------------------------- aliases

  createAlias(input: AliasInput): Record<string, unknown> {
    const fnName = parseFunctionRef(input.FunctionName, this.ctx).functionName;
    checkAliasName(input.Name);
    const primary = input.FunctionVersion;
    if (primary === undefined || primary === null)
      throw validation('null', 'functionVersion', 'Member must not be null');
    checkFunctionVersion(primary);
    if (input.Description !== undefined) this.#checkDescription(input.Description);
    const fn = this.#functions.get(fnName);
    if (!fn) throw functionNotFound(qualifiedArn(this.ctx, fnName, primary));
    if (fn.aliases.has(input.Name)) throw aliasAlreadyExists(qualifiedArn(this.ctx, fn.name, input.Name));
    const routing = validateRouting(fn, primary, input.RoutingConfig, (v) =>
      functionNotFound(qualifiedArn(this.ctx, fn.name, v)),
    );
    if (primary !== '$LATEST' && !fn.versions.has(primary))
      throw functionNotFound(qualifiedArn(this.ctx, fn.name, primary));

    const alias: AliasRecord = {
      name: input.Name,
      functionVersion: primary,
      description: input.Description ?? '',
      revisionId: this.ctx.ids.uuid(),
      deleted: false,
      slot: this.#metrics.slot({ functionName: fn.name, qualifier: input.Name }, fn.slot),
      evSlots: new Map(),
    };
    if (routing.additional) alias.additional = { ...routing.additional };
    fn.aliases.set(alias.name, alias);
    this.#log(LAMBDA_SAYS.aliasCreated(fn.name, alias.name, describeRouting(alias)), {
      functionName: fn.name,
      alias: alias.name,
    });
    return withStatus(this.#aliasOut(fn, alias), 201);
  }

  getAlias(input: { FunctionName: string; Name: string }): Record<string, unknown> {
    const { fn, alias } = this.#alias(input.FunctionName, input.Name);
    return this.#aliasOut(fn, alias);
  }

  updateAlias(input: AliasInput): Record<string, unknown> {
    const { fn, alias } = this.#alias(input.FunctionName, input.Name, aliasNotFoundOnUpdate);
    if (input.RevisionId !== undefined && input.RevisionId !== alias.revisionId) throw revisionMismatch();
    if (input.FunctionVersion !== undefined) checkFunctionVersion(input.FunctionVersion);
    if (input.Description !== undefined) this.#checkDescription(input.Description);
    const primary = input.FunctionVersion ?? alias.functionVersion;
    const notFound = (v: string) => functionNotFound(qualifiedArn(this.ctx, fn.name, v));
    // Omitting RoutingConfig keeps the current weights, which must still fit the new primary (https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html).
    const routingInput: RoutingInput | undefined =
      input.RoutingConfig !== undefined
        ? input.RoutingConfig
        : alias.additional
          ? { AdditionalVersionWeights: { [alias.additional.version]: alias.additional.weight } }
          : undefined;
    const routing = validateRouting(fn, primary, routingInput, notFound);
    if (primary !== '$LATEST' && !fn.versions.has(primary)) throw notFound(primary);

    const before = { version: alias.functionVersion, additional: alias.additional };
    delete alias.route;
    alias.functionVersion = primary;
    if (routing.additional) alias.additional = { ...routing.additional };
    else delete alias.additional;
    if (input.Description !== undefined) alias.description = input.Description;
    alias.revisionId = this.ctx.ids.uuid(); // changes on every UpdateAlias, even a no-op (recorded AWS responses)
    this.#log(LAMBDA_SAYS.aliasUpdated(fn.name, alias.name, describeRouting(alias)), {
      functionName: fn.name,
      alias: alias.name,
    });
    const cfg = fn.pc.get(alias.name);
    if (cfg && before.version !== primary) this.#reallocateAliasPc(fn, alias, cfg, before.version);
    else if (
      cfg &&
      (before.additional?.version !== alias.additional?.version ||
        before.additional?.weight !== alias.additional?.weight)
    )
      applyProvisionedSplit(fn);
    return this.#aliasOut(fn, alias);
  }

  deleteAlias(input: { FunctionName: string; Name: string }): Record<string, never> {
    const fnName = parseFunctionRef(input.FunctionName, this.ctx).functionName;
    const fn = this.#functions.get(fnName);
    if (!fn) throw functionNotFound(functionArn(this.ctx, fnName));
    const alias = fn.aliases.get(input.Name);
    if (!alias) return {};
    alias.deleted = true;
    fn.aliases.delete(alias.name);
    // Deleting an alias also deletes its provisioned-concurrency config (https://docs.aws.amazon.com/lambda/latest/api/API_DeleteAlias.html).
    const cfg = fn.pc.get(alias.name);
    if (cfg) {
      cfg.actor?.stop();
      fn.pc.delete(alias.name);
      applyProvisionedSplit(fn);
      this.#recomputeAccount();
    }
    this.#log(LAMBDA_SAYS.aliasDeleted(fn.name, alias.name), { functionName: fn.name, alias: alias.name });
    return {};
  }

  listAliases(input: { FunctionName: string; FunctionVersion?: string }): { Aliases: Record<string, unknown>[] } {
    const fn = this.#unqualified(input.FunctionName);
    const aliases = [...fn.aliases.values()]
      .filter((a) => input.FunctionVersion === undefined || a.functionVersion === input.FunctionVersion)
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((a) => this.#aliasOut(fn, a));
    return { Aliases: aliases };
  }

  // ---------------------------------------------------------------- invoke

  invoke(input: InvokeInput): InvokeOutput {
    const type = input.InvocationType ?? 'RequestResponse';
    if (type !== 'RequestResponse' && type !== 'Event' && type !== 'DryRun') {
      throw validation(
        `'${String(type)}'`,
        'invocationType',
        'Member must satisfy enum value set: [Event, RequestResponse, DryRun]',
      );
    }
    const target = this.resolveInvokeTarget(input.FunctionName, input.Qualifier);
    // "Lambda does not invoke a function during pending state." (functions-states.html)
    if (target.fn.lifecycle.getSnapshot().value === 'Pending') throw functionPending();
    if (type === 'DryRun') return withStatus({ StatusCode: 204 }, 204);
    const now = this.ctx.scheduler.now();
    const outcome = this.#invoker.run(now, target);
    if (outcome === Outcome.Throttled) {
      // Asynchronous requests are queued by Lambda and retried, not refused; the simulator counts
      // the throttle and drops the request (retries of the async queue are not modelled).
      if (type === 'Event') return withStatus({ StatusCode: 202 }, 202);
      throw throttled(this.#invoker.lastThrottle);
    }
    const executed = this.#invoker.lastVersion;
    const version = executed === '$LATEST' ? target.fn.latest : target.fn.versions.get(executed)!;
    if (type === 'Event') {
      this.#maybeScheduleHook(target.fn, version, input.Payload);
      return withStatus({ StatusCode: 202, ExecutedVersion: executed }, 202);
    }
    if (outcome === Outcome.FunctionError) {
      const body = {
        errorMessage: `Simulated failure: version ${executed} fails ${Math.round(version.code.parsed.behaviour.errorRate * 100)}% of requests`,
        errorType: 'Error',
      };
      return withStatus({
        StatusCode: 200,
        ExecutedVersion: executed,
        FunctionError: 'Unhandled',
        Payload: utf8.encode(JSON.stringify(body)),
      });
    }
    return withStatus({
      StatusCode: 200,
      ExecutedVersion: executed,
      Payload: utf8.encode(JSON.stringify({ statusCode: 200, executedVersion: executed })),
    });
  }

  /**
   * Resolves what an invoker is wired to (for Invoke and the traffic generators), throwing the
   * same ResourceNotFoundException Invoke gives for a missing function, version or alias.
   */
  resolveInvokeTarget(functionName: string, qualifierParam?: string): InvokeTarget {
    // Invoke without a qualifier runs $LATEST, and its not-found message names it (recorded AWS response).
    const { fn, qualifier } = this.#target(functionName, qualifierParam, '$LATEST', true);
    if (qualifier === undefined || qualifier === '$LATEST') return { fn, kind: 'LATEST' };
    if (isVersionNumber(qualifier)) {
      const version = fn.versions.get(qualifier);
      if (!version) throw functionNotFound(qualifiedArn(this.ctx, fn.name, qualifier));
      return { fn, kind: 'version', version };
    }
    const alias = fn.aliases.get(qualifier);
    if (!alias) throw functionNotFound(qualifiedArn(this.ctx, fn.name, qualifier));
    return { fn, kind: 'alias', alias };
  }

  /** Brings metric aggregation and execution environments up to time `t`. */
  #catchUp(t: number): void {
    this.#invoker.releaseUntil(t);
    this.#metrics.rollTo(t);
  }

  // ---------------------------------------------------------------- concurrency

  putFunctionConcurrency(input: { FunctionName: string; ReservedConcurrentExecutions: number }): {
    ReservedConcurrentExecutions: number;
  } {
    const ref = parseFunctionRef(input.FunctionName, this.ctx);
    const n = input.ReservedConcurrentExecutions;
    if (typeof n !== 'number' || !Number.isInteger(n))
      throw validation('null', 'reservedConcurrentExecutions', 'Member must not be null');
    if (n < 0)
      throw validation(`'${n}'`, 'reservedConcurrentExecutions', 'Member must have value greater than or equal to 0');
    if (ref.qualifier !== undefined) throw invalidParameter(MSG.functionLevelOnly);
    const fn = this.#functions.get(ref.functionName);
    // Named with :$LATEST, as AWS's recorded response does.
    if (!fn) throw functionNotFound(qualifiedArn(this.ctx, ref.functionName, '$LATEST'));
    const provisioned = provisionedTotal(fn);
    if (n < provisioned) throw invalidParameter(MSG.reservedBelowProvisioned(n, provisioned));
    const others = this.#invoker.account.reservedTotal - (fn.reserved ?? 0);
    // You may reserve up to the unreserved pool minus the 100 that stay for other functions (§4.6).
    if (ACCOUNT_CONCURRENCY - others - n < UNRESERVED_FLOOR)
      throw invalidParameter(MSG.reservedBelowUnreservedFloor(UNRESERVED_FLOOR));
    fn.reserved = n;
    this.#recomputeAccount();
    this.#log(LAMBDA_SAYS.reservedConcurrency(fn.name, n), { functionName: fn.name });
    return { ReservedConcurrentExecutions: n };
  }

  getFunctionConcurrency(input: { FunctionName: string }): { ReservedConcurrentExecutions?: number } {
    const fn = this.#unqualified(input.FunctionName);
    return fn.reserved === undefined ? {} : { ReservedConcurrentExecutions: fn.reserved };
  }

  deleteFunctionConcurrency(input: { FunctionName: string }): Record<string, never> {
    const ref = parseFunctionRef(input.FunctionName, this.ctx);
    if (ref.qualifier !== undefined) throw invalidParameter(MSG.functionLevelOnly);
    const fn = this.#functions.get(ref.functionName);
    if (!fn) throw functionNotFound(functionArn(this.ctx, ref.functionName));
    delete fn.reserved;
    this.#recomputeAccount();
    return {};
  }

  getAccountSettings(): Record<string, unknown> {
    let codeSize = 0;
    for (const fn of this.#functions.values())
      for (const v of [fn.latest, ...fn.versions.values()]) codeSize += v.code.CodeSize;
    return {
      AccountLimit: {
        TotalCodeSize: 80_530_636_800,
        CodeSizeUnzipped: 262_144_000,
        CodeSizeZipped: 52_428_800,
        ConcurrentExecutions: ACCOUNT_CONCURRENCY,
        UnreservedConcurrentExecutions: ACCOUNT_CONCURRENCY - this.#invoker.account.reservedTotal,
      },
      AccountUsage: { TotalCodeSize: codeSize, FunctionCount: this.#functions.size },
    };
  }

  // ---------------------------------------------------------------- provisioned concurrency

  putProvisionedConcurrencyConfig(input: {
    FunctionName: string;
    Qualifier?: string;
    ProvisionedConcurrentExecutions: number;
  }): Record<string, unknown> {
    const n = input.ProvisionedConcurrentExecutions;
    if (typeof n !== 'number' || !Number.isInteger(n))
      throw validation('null', 'provisionedConcurrentExecutions', 'Member must not be null');
    if (n < 1) throw pcZero(n);
    const { fn, qualifier, version, alias } = this.#pcTarget(input, MSG.pcOnLatest);
    if (alias && alias.functionVersion === '$LATEST') throw invalidParameter(MSG.pcOnLatest); // text as AWS most likely words it (not recorded)
    if (alias?.additional) throw invalidParameter(MSG.pcOnWeightedAlias);
    // One configuration per version, directly or through an alias (https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html).
    if (alias) {
      const covered = aliasVersions(alias);
      const clash = [...fn.pc.values()].some(
        (c) =>
          c.qualifier !== alias.name &&
          (c.kind === 'version'
            ? covered.includes(c.qualifier)
            : aliasVersions(fn.aliases.get(c.qualifier)!).some((v) => covered.includes(v))),
      );
      if (clash) throw lambdaError('ResourceConflictException', MSG.pcAliasOnProvisionedVersion);
    } else {
      const underAlias = [...fn.pc.values()].some(
        (c) => c.kind === 'alias' && aliasVersions(fn.aliases.get(c.qualifier)!).includes(version!.version),
      );
      if (underAlias) throw lambdaError('ResourceConflictException', MSG.pcVersionUnderAlias);
    }
    const others = provisionedTotal(fn, qualifier);
    if (fn.reserved !== undefined) {
      if (others + n > fn.reserved) throw invalidParameter(MSG.pcAboveReserved);
    } else {
      const account = this.#invoker.account;
      const unreserved = ACCOUNT_CONCURRENCY - account.reservedTotal;
      if (n > unreserved) throw invalidParameter(MSG.pcAboveUnreserved(unreserved));
      const unreservedAfter =
        ACCOUNT_CONCURRENCY -
        account.reservedTotal -
        (account.unreservedProvisioned - provisionedTotal(fn) + others) -
        n;
      if (unreservedAfter < UNRESERVED_FLOOR) throw invalidParameter(MSG.pcBelowUnreservedFloor(UNRESERVED_FLOOR));
    }

    const existing = fn.pc.get(qualifier);
    existing?.actor?.stop();
    const cfg: PcConfigRecord = {
      qualifier,
      kind: alias ? 'alias' : 'version',
      requested: n,
      allocated: 0,
      status: 'IN_PROGRESS',
      lastModified: lastModified(this.ctx.scheduler.now()),
    };
    fn.pc.set(qualifier, cfg);
    this.#recomputeAccount();
    const target = alias ? fn.versions.get(alias.functionVersion)! : version!;
    if (alias) cfg.allocatedFor = alias.functionVersion;
    applyProvisionedSplit(fn);
    this.#allocate(fn, cfg, target);
    this.#log(LAMBDA_SAYS.pcAllocationStarted(fn.name, qualifier, n), {
      functionName: fn.name,
      ...(alias ? { alias: alias.name } : { version: qualifier }),
    });
    return withStatus(pcOut(cfg), 202);
  }

  getProvisionedConcurrencyConfig(input: { FunctionName: string; Qualifier?: string }): Record<string, unknown> {
    const { fn, qualifier } = this.#pcTarget(input, MSG.pcGetLatest);
    const cfg = fn.pc.get(qualifier);
    if (!cfg) throw lambdaError('ProvisionedConcurrencyConfigNotFoundException', MSG.pcNotFound);
    return pcOut(cfg);
  }

  deleteProvisionedConcurrencyConfig(input: { FunctionName: string; Qualifier?: string }): Record<string, never> {
    const { fn, qualifier, alias } = this.#pcTarget(input, MSG.pcGetLatest);
    if (alias?.additional) throw invalidParameter(MSG.pcOnWeightedAlias);
    const cfg = fn.pc.get(qualifier);
    if (!cfg) return {}; // idempotent (recorded AWS behaviour)
    cfg.actor?.stop();
    fn.pc.delete(qualifier);
    applyProvisionedSplit(fn);
    this.#recomputeAccount();
    this.#log(LAMBDA_SAYS.pcDeleted(fn.name, qualifier), { functionName: fn.name });
    return {};
  }

  listProvisionedConcurrencyConfigs(input: { FunctionName: string }): {
    ProvisionedConcurrencyConfigs: Record<string, unknown>[];
  } {
    const fn = this.#unqualified(input.FunctionName);
    return {
      ProvisionedConcurrencyConfigs: [...fn.pc.values()].map((cfg) => ({
        FunctionArn: qualifiedArn(this.ctx, fn.name, cfg.qualifier),
        ...pcOut(cfg),
      })),
    };
  }

  // ---------------------------------------------------------------- snapshot

  snapshot(): LambdaSnapshot {
    const now = this.ctx.scheduler.now();
    this.#invoker.releaseUntil(now);
    return buildSnapshot(now, this.#functions, this.#invoker);
  }

  // ---------------------------------------------------------------- internals

  #newVersionRecord(
    fn: ConcurrencyOwner,
    version: string,
    settings: FunctionSettings,
    code: CodeState,
    now: number,
    slot: number,
  ): VersionRecord {
    const pool = new EnvironmentPool(version, code.parsed.behaviour, fn, this.#invoker.account, this.#metrics);
    return { version, settings, code, revisionId: this.ctx.ids.uuid(), lastModified: lastModified(now), pool, slot };
  }

  /**
   * The function's State / LastUpdateStatus machine on the simulated clock. Completion of creation
   * or of an update gives $LATEST a new RevisionId (recorded AWS responses: the Pending → Active
   * transition changes it again).
   */
  #startLifecycle(fn: Pick<FunctionRecord, 'name' | 'deleted' | 'latest'>): FunctionLifecycle {
    const completed = (words: Narration) => {
      if (fn.deleted) return;
      fn.latest.revisionId = this.ctx.ids.uuid();
      this.#log(words, { functionName: fn.name });
      this.ctx.changed();
    };
    const actor = createActor(
      functionStateMachine.provide({
        actions: {
          becameActive: () => completed(LAMBDA_SAYS.functionActive(fn.name)),
          updateCompleted: () => completed(LAMBDA_SAYS.updateCompleted(fn.name)),
        },
      }),
      { clock: this.ctx.scheduler, input: FUNCTION_STATE_TIMING },
    );
    actor.start();
    return actor;
  }

  /** While the function is Pending or an update is InProgress, changes and PublishVersion are refused. */
  #assertNoUpdateRunning(fn: FunctionRecord): void {
    const snap = fn.lifecycle.getSnapshot();
    if (snap.can({ type: 'UPDATE' })) return;
    if (snap.value === 'Pending') throw functionPending();
    throw updateInProgress(functionArn(this.ctx, fn.name));
  }

  /** New $LATEST code or settings: its warm environments are discarded; running ones finish. */
  #replaceLatest(fn: FunctionRecord, settings: FunctionSettings, code: CodeState, now: number): void {
    const old = fn.latest;
    old.pool.discardIdle();
    // The old pool keeps draining (it stays in the invoker's busy list until its requests end).
    fn.latest = this.#newVersionRecord(fn, '$LATEST', settings, code, now, fn.slot);
  }

  #publish(fn: FunctionRecord, description: string | undefined): VersionRecord {
    const last = lastPublished(fn);
    if (last && fingerprint(last) === fingerprint(fn.latest)) {
      this.#log(LAMBDA_SAYS.versionUnchanged(fn.name, last.version), {
        functionName: fn.name,
        version: last.version,
      });
      return last;
    }
    const number = this.#nextVersion.get(fn.name) ?? 1;
    this.#nextVersion.set(fn.name, number + 1);
    const now = this.ctx.scheduler.now();
    const key = String(number);
    const settings = copySettings(fn.latest.settings);
    if (description !== undefined) settings.Description = description;
    const slot = this.#metrics.slot({ functionName: fn.name, qualifier: key }, fn.slot);
    const v = this.#newVersionRecord(fn, key, settings, fn.latest.code, now, slot);
    fn.versions.set(key, v);
    fn.latest.revisionId = this.ctx.ids.uuid(); // publishing changes $LATEST's RevisionId (recorded AWS responses)
    this.#log(LAMBDA_SAYS.versionPublished(fn.name, key), { functionName: fn.name, version: key });
    return v;
  }

  #allocate(fn: FunctionRecord, cfg: PcConfigRecord, target: VersionRecord): void {
    startAllocation(cfg, target, this.ctx.scheduler, this.ctx.rng, (status) => {
      if (fn.pc.get(cfg.qualifier) !== cfg) return;
      cfg.status = status;
      cfg.lastModified = lastModified(this.ctx.scheduler.now());
      if (status === 'READY') {
        cfg.allocated = cfg.requested;
        applyProvisionedSplit(fn);
        this.#log(LAMBDA_SAYS.pcReady(fn.name, cfg.qualifier, cfg.requested), { functionName: fn.name });
      } else {
        cfg.statusReason = PC_INIT_FAILURE_REASON;
        this.#recomputeAccount();
        this.#log(LAMBDA_SAYS.pcFailed(fn.name, cfg.qualifier), { functionName: fn.name });
      }
      this.ctx.changed();
    });
  }

  /** Alias moved to another version: PC is deallocated from the old one and allocated anew (https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html). */
  #reallocateAliasPc(fn: FunctionRecord, alias: AliasRecord, cfg: PcConfigRecord, oldVersion: string): void {
    cfg.allocatedFor = alias.functionVersion;
    cfg.lastModified = lastModified(this.ctx.scheduler.now());
    const target = alias.functionVersion === '$LATEST' ? fn.latest : fn.versions.get(alias.functionVersion)!;
    this.#allocate(fn, cfg, target);
    applyProvisionedSplit(fn);
    this.#log(LAMBDA_SAYS.pcReallocating(alias.name, oldVersion, alias.functionVersion), {
      functionName: fn.name,
      alias: alias.name,
    });
  }

  #recomputeAccount(): void {
    const account = this.#invoker.account;
    account.reservedTotal = 0;
    account.unreservedProvisioned = 0;
    account.reservedFunctions = [];
    for (const fn of this.#functions.values()) {
      if (fn.reserved !== undefined) {
        account.reservedTotal += fn.reserved;
        account.reservedFunctions.push(fn);
      } else account.unreservedProvisioned += provisionedTotal(fn);
    }
  }

  #allocatedFor(info: SlotInfo): number {
    const fn = this.#functions.get(info.functionName);
    if (!fn) return 0;
    if (info.qualifier === undefined) {
      let n = 0;
      for (const c of fn.pc.values()) n += c.allocated;
      return n;
    }
    if (info.executedVersion !== undefined) return fn.versions.get(info.executedVersion)?.pool.pcCapacity ?? 0;
    const cfg = fn.pc.get(info.qualifier);
    if (cfg) return cfg.allocated;
    return fn.versions.get(info.qualifier)?.pool.pcCapacity ?? 0;
  }

  #scheduleMetricsFlush(): void {
    const next = (Math.floor(this.ctx.scheduler.now() / MINUTE) + 1) * MINUTE;
    this.ctx.scheduler.at(
      next,
      () => {
        this.#catchUp(this.ctx.scheduler.now());
        this.#scheduleMetricsFlush();
      },
      'metrics-lambda',
    );
  }

  /**
   * CodeDeploy invokes a hook function asynchronously with DeploymentId and
   * LifecycleEventHookExecutionId; our simulated hook code reports back after `afterMs`
   * (https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda).
   */
  #maybeScheduleHook(fn: FunctionRecord, version: VersionRecord, payload: Zip | undefined): void {
    const hook = version.code.parsed.behaviour.hook;
    if (!hook || payload === undefined) return;
    let body: unknown;
    try {
      body = JSON.parse(typeof payload === 'string' ? payload : new TextDecoder().decode(payload));
    } catch {
      return;
    }
    const b = body as { DeploymentId?: unknown; LifecycleEventHookExecutionId?: unknown };
    if (typeof b?.DeploymentId !== 'string' || typeof b.LifecycleEventHookExecutionId !== 'string') return;
    const deploymentId = b.DeploymentId;
    const lifecycleEventHookExecutionId = b.LifecycleEventHookExecutionId;
    if (hook.reports === 'nothing') {
      this.#log(LAMBDA_SAYS.hookSilent(fn.name, deploymentId), { functionName: fn.name, deploymentId });
      return;
    }
    const status = hook.reports;
    this.ctx.scheduler.after(
      hook.afterMs,
      () => {
        const cd = this.ctx.services.codedeploy;
        const report = (e: unknown) =>
          this.#log(LAMBDA_SAYS.hookReportFailed(fn.name, deploymentId, status, e), {
            functionName: fn.name,
            deploymentId,
          });
        try {
          cd.putLifecycleEventHookExecutionStatus({ deploymentId, lifecycleEventHookExecutionId, status });
        } catch (e) {
          report(e);
        }
        this.ctx.changed();
      },
      'hook-report',
    );
  }

  /** `missingQualifier` is the qualifier a not-found message names when the call gave none. */
  #target(
    functionName: string,
    qualifierParam?: string,
    missingQualifier?: string,
    namespaced = false,
  ): { fn: FunctionRecord; qualifier?: string } {
    const ref = parseFunctionRef(functionName, this.ctx, qualifierParam, { namespaced });
    const fn = this.#functions.get(ref.functionName);
    const named = ref.qualifier ?? missingQualifier;
    if (!fn)
      throw functionNotFound(
        named === undefined ? functionArn(this.ctx, ref.functionName) : qualifiedArn(this.ctx, ref.functionName, named),
      );
    return ref.qualifier === undefined ? { fn } : { fn, qualifier: ref.qualifier };
  }

  #unqualified(functionName: string): FunctionRecord {
    const ref = parseFunctionRef(functionName, this.ctx);
    const fn = this.#functions.get(ref.functionName);
    if (!fn) throw functionNotFound(functionArn(this.ctx, ref.functionName));
    return fn;
  }

  #resolveQualifier(fn: FunctionRecord, qualifier: string): VersionRecord {
    if (qualifier === '$LATEST') return fn.latest;
    const direct = fn.versions.get(qualifier);
    if (direct) return direct;
    const alias = fn.aliases.get(qualifier);
    if (alias) return alias.functionVersion === '$LATEST' ? fn.latest : fn.versions.get(alias.functionVersion)!;
    throw functionNotFound(qualifiedArn(this.ctx, fn.name, qualifier));
  }

  #alias(
    functionName: string,
    name: string,
    notFound: (arn: string) => AwsError = aliasNotFound,
  ): { fn: FunctionRecord; alias: AliasRecord } {
    const fnName = parseFunctionRef(functionName, this.ctx).functionName;
    const fn = this.#functions.get(fnName);
    if (!fn) throw functionNotFound(functionArn(this.ctx, fnName));
    const alias = fn.aliases.get(name);
    if (!alias) throw notFound(qualifiedArn(this.ctx, fn.name, name));
    return { fn, alias };
  }

  #pcTarget(
    input: { FunctionName: string; Qualifier?: string },
    latestMessage: string,
  ): { fn: FunctionRecord; qualifier: string; version?: VersionRecord; alias?: AliasRecord } {
    const ref = parseFunctionRef(input.FunctionName, this.ctx, input.Qualifier);
    const q = ref.qualifier;
    if (q === undefined) throw validation('null', 'qualifier', 'Member must not be null');
    if (q === '$LATEST') throw invalidParameter(latestMessage);
    const fn = this.#functions.get(ref.functionName);
    if (isVersionNumber(q)) {
      const version = fn?.versions.get(q);
      if (!fn || !version) throw functionNotFound(qualifiedArn(this.ctx, ref.functionName, q));
      return { fn, qualifier: q, version };
    }
    const alias = fn?.aliases.get(q);
    if (!fn || !alias) throw aliasNotFound(qualifiedArn(this.ctx, ref.functionName, q));
    return { fn, qualifier: q, alias };
  }

  #aliasOut(fn: FunctionRecord, a: AliasRecord): Record<string, unknown> {
    const out: Record<string, unknown> = {
      AliasArn: qualifiedArn(this.ctx, fn.name, a.name),
      Name: a.name,
      FunctionVersion: a.functionVersion,
      Description: a.description,
      RevisionId: a.revisionId,
    };
    // RoutingConfig is absent when there is no weighting (https://docs.aws.amazon.com/lambda/latest/api/API_GetAlias.html).
    if (a.additional) out.RoutingConfig = { AdditionalVersionWeights: { [a.additional.version]: a.additional.weight } };
    return out;
  }

  #checkSettings(input: { Timeout?: number; MemorySize?: number; Description?: string }): void {
    if (input.Timeout !== undefined) {
      if (!(input.Timeout >= 1))
        throw validation(`'${input.Timeout}'`, 'timeout', 'Member must have value greater than or equal to 1');
      if (input.Timeout > 900)
        throw validation(`'${input.Timeout}'`, 'timeout', 'Member must have value less than or equal to 900');
    }
    if (input.MemorySize !== undefined) {
      if (!(input.MemorySize >= 128))
        throw validation(`'${input.MemorySize}'`, 'memorySize', 'Member must have value greater than or equal to 128');
      if (input.MemorySize > 10240)
        throw validation(`'${input.MemorySize}'`, 'memorySize', 'Member must have value less than or equal to 10240');
    }
    if (input.Description !== undefined) this.#checkDescription(input.Description);
  }

  #checkDescription(d: string): void {
    if (d.length > MAX_DESCRIPTION)
      throw validation(`'${d}'`, 'description', `Member must have length less than or equal to ${MAX_DESCRIPTION}`);
  }

  #log(words: Narration, refs: Record<string, string>): void {
    const { type, message, severity = 'info', docUrl } = words;
    this.ctx.log.add({ service: 'lambda', type, message, refs, severity, ...(docUrl ? { docUrl } : {}) });
  }
}

function codeState(zip: Zip): CodeState {
  const copy = typeof zip === 'string' ? zip : new Uint8Array(zip);
  return {
    zip: copy,
    CodeSha256: sha256Base64(copy),
    CodeSize: typeof copy === 'string' ? utf8.encode(copy).byteLength : copy.byteLength,
    parsed: parseCodeDocument(copy),
  };
}

function checkAliasName(name: unknown): void {
  if (typeof name !== 'string') throw validation('null', 'name', 'Member must not be null');
  if (name.length > 128) throw validation(`'${name}'`, 'name', 'Member must have length less than or equal to 128');
  if (!new RegExp(`^${ALIAS_NAME_PATTERN_TEXT}$`).test(name)) throw badAliasName(name);
}

function checkFunctionVersion(v: string): void {
  if (!/^(\$LATEST|[0-9]+)$/.test(v) || v.length > 1024) {
    throw validation(`'${v}'`, 'functionVersion', 'Member must satisfy regular expression pattern: (\\$LATEST|[0-9]+)');
  }
}

function describeRouting(a: AliasRecord): string {
  if (!a.additional) return `every request to version ${a.functionVersion}`;
  const pct = (x: number) => `${+(x * 100).toFixed(2)}%`;
  return `${pct(1 - a.additional.weight)} of requests to version ${a.functionVersion} and ${pct(a.additional.weight)} to version ${a.additional.version} (each request drawn at random)`;
}

function pcOut(cfg: PcConfigRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    RequestedProvisionedConcurrentExecutions: cfg.requested,
    AvailableProvisionedConcurrentExecutions: cfg.allocated,
    AllocatedProvisionedConcurrentExecutions: cfg.allocated,
    Status: cfg.status,
    LastModified: cfg.lastModified,
  };
  if (cfg.statusReason) out.StatusReason = cfg.statusReason;
  return out;
}
