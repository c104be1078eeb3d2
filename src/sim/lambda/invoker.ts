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

  /**
   * #release when every busy pool is `a` or `b`. A pool left with nothing busy stays listed until
   * #delistIdle (its due time, Infinity, changes nothing meanwhile).
   */
  #releasePair(a: EnvironmentPool, b: EnvironmentPool | undefined): void {
    const t = this.#now[0]!;
    if (a.due <= t) a.release(this.#now);
    let next = a.due;
    if (b !== undefined) {
      if (b.due <= t) b.release(this.#now);
      if (b.due < next) next = b.due;
    }
    this.#nextEnd[0] = next;
  }

  /** Whether every pool with requests in flight is `a` or `b`. */
  #onlyBusy(a: EnvironmentPool, b: EnvironmentPool | undefined): boolean {
    const pools = this.#busyPools;
    for (let i = 0; i < pools.length; i++) if (pools[i] !== a && pools[i] !== b) return false;
    return true;
  }

  #delistIdle(): void {
    const pools = this.#busyPools;
    for (let i = 0; i < pools.length;) {
      const p = pools[i]!; // i < pools.length
      if (p.due === Infinity) {
        p.listed = false;
        pools[i] = pools[pools.length - 1]!;
        pools.pop();
      } else i++;
    }
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
    const outcome = this.#start(fn, version, slot, 8);
    this.#tallyTo(8, slot, version);
    this.lastVersion = version.version;
    return outcome;
  }

  /**
   * The versions `runBatch` reports: [0] the target's primary version, [1] the alias's additional
   * version (empty when it has none).
   */
  readonly batchVersions: [string, string] = ['', ''];

  /**
   * What `runBatch` counted: requests run by batchVersions[0] and how many of them failed, the same
   * for batchVersions[1], then requests throttled.
   */
  readonly batchTally = new Float64Array(5);

  /**
   * Per-version sums of the requests started since the last `#tallyTo`: for lane 0 (the batch's
   * primary version), lane 4 (its additional version) and lane 8 (a single `run`), in that order
   * runs, function errors, runs on provisioned concurrency and spillovers; [12] is the highest
   * UnreservedConcurrentExecutions seen (-1 when not sampled).
   */
  readonly #acc = new Float64Array(13).fill(-1, 12);

  /**
   * Runs `n` requests of one traffic source at `times` (ascending, whole ms, all in one minute) on a
   * target that `found` accepted, and counts them in `batchTally`. Request for request it does what
   * `run` does — the same releases, routing draws, environments, gauges and log entries in the same
   * order — and adds the minute's sums to CloudWatch once per version at the end, as they do not
   * depend on order.
   */
  runBatch(times: Float64Array, n: number, target: InvokeTarget): void {
    const tally = this.batchTally;
    tally.fill(0);
    if (n === 0) return;
    if (Math.floor(times[0]! / MINUTE) !== Math.floor(times[n - 1]! / MINUTE))
      throw new Error('runBatch: a batch must not span a minute boundary');
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
    // What decides whether a request may take the environment that ends as it arrives (#recycled)
    // cannot change within a batch either.
    const account = this.account;
    const limit = this.#unreservedPool();
    const recycling = fn.reserved === undefined && account.reservedFunctions.length === 0;
    const primaryRecycles = recycling && primary.pool.pcCapacity === 0;
    const extraRecycles = recycling && extra !== undefined && extra.pool.pcCapacity === 0;
    // Usually the only environments busy are the batch's own versions': then releasing needs no
    // walk over the busy list (a pool the batch starts on stays one of them).
    const a = primary.pool;
    const b = extra?.pool;
    const pair = a !== b && this.#onlyBusy(a, b);
    let throttled = 0;
    for (let i = 0; i < n; i++) {
      const t = times[i]!; // i < n ≤ times.length
      now[0] = t;
      // The same per-request draw as in `run`, made before releasing (which draws nothing).
      const toExtra = extra !== undefined && rng.chance(weight);
      const version = toExtra ? extra! : primary; // toExtra implies an additional version
      const slot = toExtra ? extraSlot : primarySlot;
      const lane = toExtra ? 4 : 0;
      if (t >= nextEnd[0]!) {
        const finished =
          (toExtra ? extraRecycles : primaryRecycles) &&
          // Releasing frees at least this pool's environment; a room check before any release is
          // stricter than #start's, so it never lets through a request #start would throttle.
          account.onDemandInFlight - 1 < limit
            ? version.pool.recycle(now, slot)
            : -1;
        if (pair) this.#releasePair(a, b);
        else this.#release();
        if (finished >= 0) {
          this.#recycled(version.pool, slot, lane, finished);
          continue;
        }
      }
      if (this.#start(fn, version, slot, lane) === Outcome.Throttled) throttled++;
    }
    if (pair) this.#delistIdle();
    const acc = this.#acc;
    tally[0] = acc[0]!;
    tally[1] = acc[1]!;
    tally[2] = acc[4]!;
    tally[3] = acc[5]!;
    tally[4] = throttled;
    this.#tallyTo(0, primarySlot, primary);
    if (extra !== undefined) this.#tallyTo(4, extraSlot, extra);
  }

  /** Hands the sums of `lane` (see #acc) to CloudWatch's current minute and clears them. */
  #tallyTo(lane: number, slot: number, version: VersionRecord): void {
    const acc = this.#acc;
    this.metrics.tally(
      slot,
      acc[lane]!,
      acc[lane + 1]!,
      version.pool.behaviour.durationMs,
      acc[lane + 2]!,
      acc[lane + 3]!,
    );
    acc.fill(0, lane, lane + 4);
    if (acc[12]! >= 0) {
      this.metrics.unreserved(acc[12]!);
      acc[12] = -1;
    }
  }

  /**
   * Finds the request an environment (or throttles it), draws its outcome and counts it: the
   * in-flight gauges at once, the sums in lane `lane` of #acc (handed over by #tallyTo). The usual
   * case — no provisioned or reserved concurrency anywhere, room in the account, a warm environment
   * free — is decided here, small enough for V8 to inline into the batch loop; #startOther decides
   * everything else, by the same rules.
   */
  #start(fn: FunctionRecord, version: VersionRecord, slot: number, lane: number): Outcome {
    const pool = version.pool;
    const account = this.account;
    if (pool.pcCapacity === 0 && fn.reserved === undefined && account.reservedFunctions.length === 0) {
      const inFlight = account.onDemandInFlight;
      if (inFlight < this.#unreservedPool() && pool.hasWarm(this.#now)) {
        pool.runWarm(this.#now, slot);
        return this.#ran(pool, slot, lane, 0, inFlight + 1);
      }
    }
    return this.#startOther(fn, pool, slot, lane);
  }

  /**
   * Counts the request at `#now` that took the environment of `pool` finishing at that moment
   * (EnvironmentPool.recycle, whose request was counted in slot `finished`), as releasing and then
   * starting would have: the usual case of #start (no provisioned or reserved concurrency, room in
   * the account), which the batch loop checked, with the same gauges, sums and draws.
   */
  #recycled(pool: EnvironmentPool, slot: number, lane: number, finished: number): void {
    const error = this.#fails(pool);
    const metrics = this.metrics;
    // The request that ended there is counted as ended before the new one starts. In the same slot
    // the gauges would go down and up again, which can move no maximum.
    if (finished !== slot) metrics.finished(finished, false);
    if (this.#now[0]! >= metrics.minuteStart + MINUTE) metrics.rollTo(this.#now[0]!);
    if (finished !== slot) metrics.started(slot, 0);
    const acc = this.#acc;
    acc[lane]!++;
    if (error) acc[lane + 1]!++;
    const unreserved = this.account.onDemandInFlight;
    if (unreserved > acc[12]!) acc[12] = unreserved;
  }

  /**
   * Whether the request just started on `pool` fails. Each request fails independently with the
   * version's error rate. A countdown of the requests left before the next failure gives the same
   * distribution with one draw per failure instead of one per request (see Rng.trialsBefore);
   * tests/unit/sim/lambda/errorDraws.test.ts checks it.
   */
  #fails(pool: EnvironmentPool): boolean {
    if (pool.behaviour.errorRate <= 0) return false;
    let left = pool.untilError;
    if (left < 0) left = this.#untilNextError(pool);
    const error = left === 0;
    pool.untilError = error ? this.#untilNextError(pool) : left - 1;
    return error;
  }

  /**
   * A fresh countdown for `pool`. It reads the rate itself so that #fails, inlined into the batch
   * loop, hands no double (which V8 boxes for a call it does not inline) to a rarely taken call.
   */
  #untilNextError(pool: EnvironmentPool): number {
    return this.#rng.trialsBefore(pool.behaviour.errorRate);
  }

  #startOther(fn: FunctionRecord, pool: EnvironmentPool, slot: number, lane: number): Outcome {
    const t = this.#now[0]!;
    let pc: PcUse = 0;
    // UnreservedConcurrentExecutions after this request, when the function has no reservation.
    let unreserved = -1;
    if (pool.hasFreeProvisioned()) {
      pool.runProvisioned(this.#now, slot);
      pc = 1;
      if (fn.reserved === undefined) unreserved = this.unreservedInFlight();
    } else {
      let reason: ThrottleReason | undefined;
      if (fn.reserved !== undefined) reason = this.#reservedLimit(fn, fn.reserved);
      else {
        const n = this.unreservedInFlight();
        if (n >= this.#unreservedPool()) reason = 'ConcurrentInvocationLimitExceeded';
        // Starting on an on-demand environment adds one to the account's count and to none of the
        // reserved functions' counts.
        unreserved = n + 1;
      }
      if (reason !== undefined) return this.#throttle(t, fn, slot, reason);
      if (pool.hasWarm(this.#now)) pool.runWarm(this.#now, slot);
      else if (fn.bucket.take(t)) {
        pool.runCold(this.#now, slot);
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
    return this.#ran(pool, slot, lane, pc, unreserved);
  }

  /**
   * A request started on `pool`: draws whether it fails, raises the gauges and adds it to lane
   * `lane`. `unreserved` is UnreservedConcurrentExecutions after it (-1 when not sampled).
   */
  #ran(pool: EnvironmentPool, slot: number, lane: number, pc: PcUse, unreserved: number): Outcome {
    const t = this.#now[0]!;
    this.#list(pool);
    const b = pool.behaviour;
    const end = t + b.durationMs; // a cold start ends later, never earlier
    if (end < this.#nextEnd[0]!) this.#nextEnd[0] = end;
    const error = this.#fails(pool);
    const metrics = this.metrics;
    if (t >= metrics.minuteStart + MINUTE) metrics.rollTo(t);
    metrics.started(slot, pc);
    const acc = this.#acc;
    acc[lane]!++;
    if (error) acc[lane + 1]!++;
    if (pc === 1) acc[lane + 2]!++;
    else if (pc === 2) acc[lane + 3]!++;
    if (unreserved > acc[12]!) acc[12] = unreserved;
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

  /** Concurrency left for functions without a reservation: the account limit less reservations and their provisioned concurrency. */
  #unreservedPool(): number {
    return ACCOUNT_CONCURRENCY - this.account.reservedTotal - this.account.unreservedProvisioned;
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
