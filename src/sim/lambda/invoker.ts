import type { WorldContext } from '../core/context';
import type { Rng } from '../core/rng';
import type { AliasRecord, AliasRoute, FunctionRecord, VersionRecord } from './model';
import type { EnvironmentPool } from './environments';
import type { MetricsAccumulator, PcUse } from './metricsAccumulator';
import { MINUTE } from './metricsAccumulator';
import type { ThrottleReason } from './errors/messages';

/**
 * The hot path shared by Invoke and the traffic generators: route one request, find it an
 * environment or throttle it, draw its outcome, count it. O(1) per request and no allocation, so
 * that a 1,000 rps deployment of an hour fast-forwards in well under a second.
 */
export const Outcome = { Ok: 0, FunctionError: 1, Throttled: 2, NotFound: 3 } as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];

export type TargetKind = 'LATEST' | 'version' | 'alias';

/** A resolved invocation target: what an API Gateway integration or event source points at. */
export interface InvokeTarget {
  fn: FunctionRecord;
  kind: TargetKind;
  version?: VersionRecord;
  alias?: AliasRecord;
}

/** Account concurrency: 1,000 per Region by default (https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html). */
export const ACCOUNT_CONCURRENCY = 1000;
/** At least 100 stays unreserved for functions without a reservation (https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html). */
export const UNRESERVED_FLOOR = 100;

export interface AccountState {
  onDemandInFlight: number;
  /** Sum of reserved concurrency over all functions. */
  reservedTotal: number;
  /** Provisioned concurrency held by functions without a reservation (taken from the unreserved pool). */
  unreservedProvisioned: number;
  /** Functions with a reservation (usually none, so the unreserved check stays cheap). */
  reservedFunctions: FunctionRecord[];
}

export class Invoker {
  /** ExecutedVersion of the last request (valid after Ok / FunctionError). */
  lastVersion = '';
  lastThrottle: ThrottleReason = 'ConcurrentInvocationLimitExceeded';
  lastColdStart = false;
  readonly #busyPools: EnvironmentPool[] = [];
  /**
   * Earliest end among busy environments: below it there is nothing to release. Kept in a typed
   * array because it changes on nearly every request and a double field would be re-boxed each time.
   */
  readonly #nextEnd = new Float64Array([Infinity]);
  #lastThrottleLogMinute = new Map<string, number>();

  readonly #rng: Rng;

  constructor(
    private readonly ctx: WorldContext,
    private readonly metrics: MetricsAccumulator,
    readonly account: AccountState,
  ) {
    this.#rng = ctx.rng;
  }

  /** Frees every environment whose request ended at or before `t`, in every function. */
  releaseUntil(t: number): void {
    if (t < this.#nextEnd[0]) return;
    const pools = this.#busyPools;
    let next = Infinity;
    for (let i = 0; i < pools.length;) {
      const p = pools[i];
      p.release(t);
      if (p.busy === 0) {
        p.listed = false;
        pools[i] = pools[pools.length - 1];
        pools.pop();
      } else {
        const e = p.nextEnd();
        if (e < next) next = e;
        i++;
      }
    }
    this.#nextEnd[0] = next;
  }

  #list(pool: EnvironmentPool): void {
    if (!pool.listed) {
      pool.listed = true;
      this.#busyPools.push(pool);
    }
  }

  #evSlot(fn: FunctionRecord, alias: AliasRecord, v: string): number {
    let ev = alias.evSlots.get(v);
    if (ev === undefined) {
      ev = this.metrics.slot({ functionName: fn.name, qualifier: alias.name, executedVersion: v }, alias.slot);
      alias.evSlots.set(v, ev);
    }
    return ev;
  }

  #route(fn: FunctionRecord, alias: AliasRecord): AliasRoute {
    const p = alias.functionVersion;
    const route: AliasRoute = {
      primary: p === '$LATEST' ? null : fn.versions.get(p)!,
      primarySlot: this.#evSlot(fn, alias, p),
      extraSlot: -1,
      weight: 0,
    };
    if (alias.additional) {
      route.extra = fn.versions.get(alias.additional.version)!;
      route.extraSlot = this.#evSlot(fn, alias, alias.additional.version);
      route.weight = alias.additional.weight;
    }
    alias.route = route;
    return route;
  }

  unreservedInFlight(): number {
    const reserved = this.account.reservedFunctions;
    let n = this.account.onDemandInFlight;
    for (let i = 0; i < reserved.length; i++) n -= reserved[i]!.onDemandInFlight; // i < length
    return n;
  }

  /** Runs one request at simulated time `t` (never earlier than the previous request). */
  run(t: number, target: InvokeTarget): Outcome {
    const fn = target.fn;
    if (fn.deleted) return Outcome.NotFound;
    if (t >= this.#nextEnd[0]) this.releaseUntil(t);
    let version: VersionRecord | undefined;
    let slot: number;
    if (target.kind === 'alias') {
      const alias = target.alias!;
      if (alias.deleted) return Outcome.NotFound;
      const route = alias.route ?? this.#route(fn, alias);
      // Per-request random draw (https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html).
      if (route.extra !== undefined && this.#rng.chance(route.weight)) {
        version = route.extra;
        slot = route.extraSlot;
      } else {
        version = route.primary ?? fn.latest;
        slot = route.primarySlot;
      }
    } else if (target.kind === 'version') {
      version = target.version;
      slot = version!.slot;
      if (!fn.versions.has(version!.version)) return Outcome.NotFound;
    } else {
      version = fn.latest;
      slot = fn.slot;
    }
    if (!version) return Outcome.NotFound;
    const pool = version.pool;
    let pc: PcUse = 0;
    this.lastColdStart = false;
    if (pool.hasFreeProvisioned()) {
      pool.runProvisioned(t, slot);
      pc = 1;
    } else {
      const reason = this.#concurrencyLimit(fn);
      if (reason !== undefined) return this.#throttle(t, fn, slot, reason);
      if (pool.hasWarm(t)) pool.runWarm(t, slot);
      else if (fn.bucket.take(t)) {
        pool.runCold(t, slot);
        this.lastColdStart = true;
        this.#logColdStarts(t, fn, pool);
      } else {
        // INF: the Invoke API lists FunctionInvocationRateLimitExceeded among the reasons; we use it
        // for the scaling-rate limit (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html).
        return this.#throttle(t, fn, slot, 'FunctionInvocationRateLimitExceeded');
      }
      if (pool.pcCapacity > 0) {
        pc = 2;
        pool.spillover++;
      }
    }
    this.#list(pool);
    const b = pool.behaviour;
    const end = t + b.durationMs; // a cold start ends later, never earlier
    if (end < this.#nextEnd[0]) this.#nextEnd[0] = end;
    const error = b.errorRate > 0 && this.#rng.chance(b.errorRate);
    this.metrics.invocation(slot, t, error, b.durationMs, pc);
    if (fn.reserved === undefined) this.metrics.unreserved(this.unreservedInFlight());
    this.lastVersion = version.version;
    return error ? Outcome.FunctionError : Outcome.Ok;
  }

  /**
   * Reserved concurrency caps the function (on-demand plus provisioned); other functions share
   * what is left of the account limit after reservations and their provisioned concurrency.
   * https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
   */
  #concurrencyLimit(fn: FunctionRecord): ThrottleReason | undefined {
    if (fn.reserved !== undefined) {
      let pcHeld = 0;
      for (const cfg of fn.pc.values()) if (cfg.status !== 'FAILED') pcHeld += cfg.requested;
      return fn.onDemandInFlight + pcHeld >= fn.reserved
        ? 'ReservedFunctionConcurrentInvocationLimitExceeded'
        : undefined;
    }
    const pool = ACCOUNT_CONCURRENCY - this.account.reservedTotal - this.account.unreservedProvisioned;
    return this.unreservedInFlight() >= pool ? 'ConcurrentInvocationLimitExceeded' : undefined;
  }

  #throttle(t: number, fn: FunctionRecord, slot: number, reason: ThrottleReason): Outcome {
    this.metrics.throttle(slot, t);
    this.lastThrottle = reason;
    const minute = Math.floor(t / MINUTE);
    if (this.#lastThrottleLogMinute.get(fn.name) !== minute) {
      this.#lastThrottleLogMinute.set(fn.name, minute);
      this.ctx.log.add({
        service: 'lambda',
        type: 'invoke.throttled',
        message: `Requests to ${fn.name} are being throttled (${reason}): no concurrency was left for them, so they got HTTP 429 and did not run.`,
        rule: 'Throttled requests count in Throttles, not in Invocations or Errors.',
        docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html',
        refs: { functionName: fn.name },
        severity: 'warn',
      });
    }
    return Outcome.Throttled;
  }

  #logColdStarts(t: number, fn: FunctionRecord, pool: EnvironmentPool): void {
    const minute = Math.floor(t / MINUTE);
    if (pool.lastColdLogMinute === minute) return;
    const first = pool.lastColdLogMinute < minute - 1;
    pool.lastColdLogMinute = minute;
    if (!first) return; // one entry when a burst of cold starts begins, not one per minute of it
    const spill =
      pool.pcCapacity > 0
        ? ' Its provisioned environments are all busy, so these requests spill over to on-demand ones.'
        : '';
    this.ctx.log.add({
      service: 'lambda',
      type: 'environment.coldStarts',
      message: `Version ${pool.version} of ${fn.name} is starting new execution environments: those requests wait ${pool.behaviour.initDurationMs} ms for init (cold start).${spill}`,
      rule: 'A request that finds no free warm environment of its version gets a new one and pays the init time.',
      docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html',
      refs: { functionName: fn.name, version: pool.version },
      severity: 'info',
    });
  }
}
