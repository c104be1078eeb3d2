import type { WorldContext } from '../core/context';
import type { Rng } from '../core/rng';
import type { AliasRecord, AliasRoute, FunctionRecord, VersionRecord } from './model';
import type { EnvironmentPool } from './environments';
import type { MetricsAccumulator, PcUse } from './metricsAccumulator';
import { MINUTE } from './metricsAccumulator';
import type { ThrottleReason } from './errors/messages';
import type { Narration } from '../core/eventLog';
import { INVOKER_SAYS } from './narration';

/**
 * The hot path shared by Invoke and the traffic generators: route one request, find it an
 * environment or throttle it, draw its outcome, count it. O(1) per request and no allocation, so
 * that a 1,000 rps deployment of an hour fast-forwards in well under a second.
 */
export const Outcome = { Ok: 0, FunctionError: 1, Throttled: 2, NotFound: 3 } as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];

/** Marks, in `runBatch`'s output, a request the alias's additional version ran. */
export const EXTRA = 4;

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
  /**
   * The time of the request being run, handed to #release and #start here rather than as an
   * argument: a time in epoch ms is not a small integer, so passing it to a call V8 does not inline
   * would allocate a heap number per request.
   */
  readonly #now = new Float64Array(1);
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
    if (t < this.#nextEnd[0]!) return;
    this.#now[0] = t;
    this.#release();
  }

  /**
   * Frees what ended by `#now`. Pools with nothing due are skipped: releasing them would change
   * nothing, and the order in which pools release does not matter (each only decrements counters
   * and appends to its own idle list).
   */
  #release(): void {
    const t = this.#now[0]!;
    const pools = this.#busyPools;
    let next = Infinity;
    for (let i = 0; i < pools.length;) {
      const p = pools[i]!; // i < pools.length
      if (p.due <= t) {
        p.release(this.#now);
        if (p.due === Infinity) {
          // Nothing busy: the earliest end of an empty pool is Infinity.
          p.listed = false;
          pools[i] = pools[pools.length - 1]!; // pools is not empty: it holds p
          pools.pop();
          continue;
        }
      }
      const e = p.due;
      if (e < next) next = e;
      i++;
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

  /**
   * Whether `run` would find the target. Nothing a request does deletes a function, version or
   * alias, so a traffic source that finds its target runs a whole batch with `runBatch`.
   */
  found(target: InvokeTarget): boolean {
    if (target.fn.deleted) return false;
    if (target.kind === 'alias') return !target.alias!.deleted;
    if (target.kind === 'version') return target.fn.versions.has(target.version!.version);
    return true;
  }

  /** Runs one request at simulated time `t` (never earlier than the previous request). */
  run(t: number, target: InvokeTarget): Outcome {
    const fn = target.fn;
    if (fn.deleted) return Outcome.NotFound;
    this.#now[0] = t;
    if (t >= this.#nextEnd[0]!) this.#release();
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
    return this.#start(fn, version, slot);
  }

  /**
   * The versions `runBatch` reports: [0] for requests marked 0, [1] for those marked EXTRA (an
   * alias's additional version).
   */
  readonly batchVersions: [string, string] = ['', ''];

  /**
   * Runs `n` requests of one traffic source at `times` (ascending, whole ms) on a target that
   * `found` accepted, writing each one's Outcome to `out`, plus EXTRA when the alias's additional
   * version ran it. Request for request the same as calling `run` n times — the same releases,
   * draws, counts and log entries in the same order — only without the per-request calls between
   * the traffic generator and Lambda.
   */
  runBatch(times: Float64Array, n: number, target: InvokeTarget, out: Uint8Array): void {
    const fn = target.fn;
    const nextEnd = this.#nextEnd;
    const now = this.#now;
    const rng = this.#rng;
    // A batch runs between two events, so the alias's routing (and $LATEST) cannot change during it.
    let primary = target.kind === 'version' ? target.version! : fn.latest;
    let primarySlot = target.kind === 'version' ? primary.slot : fn.slot;
    let extra: VersionRecord | undefined;
    let extraSlot = -1;
    let weight = 0;
    if (target.kind === 'alias') {
      const route = target.alias!.route ?? this.#route(fn, target.alias!);
      primary = route.primary ?? fn.latest;
      primarySlot = route.primarySlot;
      extra = route.extra;
      extraSlot = route.extraSlot;
      weight = route.weight;
    }
    this.batchVersions[0] = primary.version;
    this.batchVersions[1] = extra?.version ?? '';
    for (let i = 0; i < n; i++) {
      const t = times[i]!; // i < n ≤ times.length
      now[0] = t;
      if (t >= nextEnd[0]!) this.#release();
      // The same per-request draw as in `run`.
      if (extra !== undefined && rng.chance(weight)) out[i] = this.#start(fn, extra, extraSlot) | EXTRA;
      else out[i] = this.#start(fn, primary, primarySlot);
    }
  }

  /** Finds the request an environment (or throttles it), draws its outcome and counts it. */
  #start(fn: FunctionRecord, version: VersionRecord, slot: number): Outcome {
    const t = this.#now[0]!;
    const pool = version.pool;
    let pc: PcUse = 0;
    this.lastColdStart = false;
    // UnreservedConcurrentExecutions after this request, when the function has no reservation.
    let unreserved = -1;
    if (pool.hasFreeProvisioned()) {
      pool.runProvisioned(t, slot);
      pc = 1;
      if (fn.reserved === undefined) unreserved = this.unreservedInFlight();
    } else {
      let reason: ThrottleReason | undefined;
      if (fn.reserved !== undefined) reason = this.#reservedLimit(fn, fn.reserved);
      else {
        const n = this.unreservedInFlight();
        reason = this.#unreservedLimit(n);
        // Starting on an on-demand environment adds one to the account's count and to none of the
        // reserved functions' counts.
        unreserved = n + 1;
      }
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
    if (end < this.#nextEnd[0]!) this.#nextEnd[0] = end;
    const error = b.errorRate > 0 && this.#rng.chance(b.errorRate);
    const metrics = this.metrics;
    if (t >= metrics.minuteStart + MINUTE) metrics.rollTo(t);
    metrics.count(slot, error, b.durationMs, pc);
    if (unreserved >= 0) metrics.unreserved(unreserved);
    this.lastVersion = version.version;
    return error ? Outcome.FunctionError : Outcome.Ok;
  }

  /**
   * Reserved concurrency caps the function (on-demand plus provisioned); other functions share
   * what is left of the account limit after reservations and their provisioned concurrency.
   * https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
   */
  #reservedLimit(fn: FunctionRecord, reserved: number): ThrottleReason | undefined {
    let pcHeld = 0;
    for (const cfg of fn.pc.values()) if (cfg.status !== 'FAILED') pcHeld += cfg.requested;
    return fn.onDemandInFlight + pcHeld >= reserved ? 'ReservedFunctionConcurrentInvocationLimitExceeded' : undefined;
  }

  /** `inFlight`: the unreserved pool's requests in flight (see unreservedInFlight). */
  #unreservedLimit(inFlight: number): ThrottleReason | undefined {
    const pool = ACCOUNT_CONCURRENCY - this.account.reservedTotal - this.account.unreservedProvisioned;
    return inFlight >= pool ? 'ConcurrentInvocationLimitExceeded' : undefined;
  }

  #throttle(t: number, fn: FunctionRecord, slot: number, reason: ThrottleReason): Outcome {
    this.metrics.throttle(slot, t);
    this.lastThrottle = reason;
    const minute = Math.floor(t / MINUTE);
    if (this.#lastThrottleLogMinute.get(fn.name) !== minute) {
      this.#lastThrottleLogMinute.set(fn.name, minute);
      this.#log(INVOKER_SAYS.throttled(fn.name, reason), { functionName: fn.name });
    }
    return Outcome.Throttled;
  }

  #logColdStarts(t: number, fn: FunctionRecord, pool: EnvironmentPool): void {
    const minute = Math.floor(t / MINUTE);
    if (pool.lastColdLogMinute === minute) return;
    const first = pool.lastColdLogMinute < minute - 1;
    pool.lastColdLogMinute = minute;
    if (!first) return; // one entry when a burst of cold starts begins, not one per minute of it
    this.#log(INVOKER_SAYS.coldStarts(fn.name, pool.version, pool.behaviour.initDurationMs, pool.pcCapacity > 0), {
      functionName: fn.name,
      version: pool.version,
    });
  }

  #log(words: Narration, refs: Record<string, string>): void {
    const { type, message, rule, docUrl, severity } = words;
    this.ctx.log.add({ service: 'lambda', type, message, rule, docUrl, refs, severity });
  }
}
