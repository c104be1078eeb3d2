import { RingDeque } from './ringDeque';
import type { CodeBehaviour } from './codeDocument';

/**
 * Execution environments of one version (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html).
 *
 * An environment serves one request at a time; after it the environment stays warm for a while
 * and a later request may reuse it; otherwise a new one is created and the request pays the init
 * time (cold start). https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
 *
 * Because a version's code is immutable its durations are constant, so busy-until times pushed in
 * arrival order stay sorted: plain FIFO deques replace a priority queue (O(1) per invocation).
 * In-flight invocations stay in the pool of the version they started on, which is how they finish
 * on that version even if an alias moves meanwhile (https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html).
 */

/**
 * How long an idle environment stays warm. AWS says it is non-deterministic
 * (https://docs.aws.amazon.com/lambda/latest/operatorguide/execution-environments.html); observers
 * report roughly 5–15 minutes. We pick 10 minutes, a fixed value so runs are reproducible.
 */
const KEEP_WARM_MS = 10 * 60_000;

/** Counters shared by every pool of one function (for reserved and account concurrency). */
export interface ConcurrencyOwner {
  onDemandInFlight: number;
  provisionedInFlight: number;
}

/** Told when a request ends (the metrics' in-flight gauges): an object, called directly on the hot path. */
export interface FinishListener {
  finished(slot: number, provisioned: boolean): void;
}

export class EnvironmentPool {
  /** Busy-until times of requests on reused (warm) environments; tag = metric slot. */
  readonly #warm = new RingDeque();
  /** Busy-until times of requests that started a new environment (init + run). */
  readonly #cold = new RingDeque();
  /** Busy-until times of requests on provisioned environments. */
  readonly #provisioned = new RingDeque();
  /** Idle-since times of warm on-demand environments, oldest first. */
  readonly #idle = new RingDeque();
  /** Provisioned environments ready to serve this version (see provisionedConcurrency.ts). */
  pcCapacity = 0;
  coldStarts = 0;
  provisionedServed = 0;
  spillover = 0;
  /** Listed among the pools with requests in flight (see invoker.ts). */
  listed = false;
  /**
   * Earliest time a busy environment frees up (Infinity when none is busy), kept up to date by
   * every start and release so the invoker can skip pools with nothing due.
   */
  due = Infinity;
  /** Minute of the last "cold starts" log entry, to log at most once per minute. */
  lastColdLogMinute = -1;
  /**
   * Requests this version will still run without a function error before the next one fails, or -1
   * before the first is drawn (see Invoker#start). The version's error rate never changes (its code
   * is immutable), so one countdown serves all its requests.
   */
  untilError = -1;

  constructor(
    readonly version: string,
    readonly behaviour: CodeBehaviour,
    private readonly owner: ConcurrencyOwner,
    /** Account-wide on-demand counter (reserved and unreserved pools are derived from it). */
    private readonly account: { onDemandInFlight: number },
    private readonly onFinish: FinishListener,
  ) {}

  get busy(): number {
    return this.#warm.length + this.#cold.length + this.#provisioned.length;
  }

  get onDemandBusy(): number {
    return this.#warm.length + this.#cold.length;
  }

  get provisionedBusy(): number {
    return this.#provisioned.length;
  }

  /**
   * Frees every environment whose request ended at or before `now[0]`. The time comes in a typed
   * array, as the invoker keeps it, rather than as a number: an epoch-ms time is no small integer,
   * so passing it to a call V8 does not inline would allocate a heap number each time.
   */
  release(now: Float64Array): void {
    const t = now[0]!;
    const warm = this.#warm;
    const cold = this.#cold;
    // Both fronts are read on every pass, in the same place: a read that only a rare branch makes
    // has no type feedback, and V8 then keeps the time boxed (a heap number per request).
    for (;;) {
      const w = warm.frontTime();
      const c = cold.frontTime();
      if (w <= c) {
        if (w > t) break;
        this.onFinish.finished(warm.moveFrontTo(this.#idle), false);
      } else {
        if (c > t) break;
        this.onFinish.finished(cold.moveFrontTo(this.#idle), false);
      }
      this.owner.onDemandInFlight--;
      this.account.onDemandInFlight--;
    }
    const p = this.#provisioned;
    while (p.frontTime() <= t) {
      const slot = p.frontTag();
      p.popFront();
      this.owner.provisionedInFlight--;
      this.onFinish.finished(slot, true);
    }
    const w = warm.frontTime();
    const c = cold.frontTime();
    const f = p.frontTime();
    this.due = w < c ? (w < f ? w : f) : c < f ? c : f;
  }

  /** Environments idle for longer than the keep-warm time are reclaimed. */
  expireIdle(t: number): void {
    const idle = this.#idle;
    while (idle.frontTime() + KEEP_WARM_MS <= t) idle.popFront(); // an empty deque's front is Infinity
  }

  get idleCount(): number {
    return this.#idle.length;
  }

  /** True when a provisioned environment is free. */
  hasFreeProvisioned(): boolean {
    return this.#provisioned.length < this.pcCapacity;
  }

  /** `now[0]` is the request's time (a typed array, as in `release`, so that no call boxes it). */
  runProvisioned(now: Float64Array, slot: number): void {
    const end = now[0]! + this.behaviour.durationMs;
    this.#provisioned.pushAfter(now, this.behaviour.durationMs, slot);
    if (end < this.due) this.due = end;
    this.owner.provisionedInFlight++;
    this.provisionedServed++;
  }

  /** True when a warm on-demand environment can take the request at `now[0]` without a cold start. */
  hasWarm(now: Float64Array): boolean {
    const idle = this.#idle;
    const t = now[0]!;
    while (idle.frontTime() + KEEP_WARM_MS <= t) idle.popFront(); // an empty deque's front is Infinity
    return idle.length > 0;
  }

  /** Runs on the most recently used warm environment (caller checked hasWarm). */
  runWarm(now: Float64Array, slot: number): void {
    this.#idle.popBack();
    const end = now[0]! + this.behaviour.durationMs;
    this.#warm.pushAfter(now, this.behaviour.durationMs, slot);
    if (end < this.due) this.due = end;
    this.owner.onDemandInFlight++;
    this.account.onDemandInFlight++;
  }

  /**
   * Under steady traffic the request at `now[0]` usually arrives just as exactly one on-demand
   * environment of this pool finishes, and `release` then `hasWarm`/`runWarm` would park that
   * environment and take it straight back: it is the newest idle one, and the LIFO reuse picks it.
   * This does the same in one step when that is what would happen — one on-demand environment due
   * (nothing else in the pool, provisioned ones included), still within its keep-warm time — and
   * returns the slot of the request that finished there, or -1 (nothing changed) otherwise. Idle
   * environments past their keep-warm time are reclaimed as `hasWarm` would. The in-flight counters
   * stay as they are: one request ends and one starts.
   */
  recycle(now: Float64Array, slot: number): number {
    const t = now[0]!;
    const warm = this.#warm;
    const cold = this.#cold;
    const w = warm.frontTime();
    const c = cold.frontTime();
    const fromWarm = w <= c;
    const ended = fromWarm ? w : c;
    if (ended > t || ended + KEEP_WARM_MS <= t) return -1;
    // The earliest end left once it is gone: nothing else may be due.
    // Both read, though one is used (see release); an empty deque's secondTime is never used.
    const warmSecond = warm.secondTime();
    const coldSecond = cold.secondTime();
    let next = fromWarm ? warmSecond : coldSecond;
    const other = fromWarm ? c : w;
    if (other < next) next = other;
    const f = this.#provisioned.frontTime();
    if (next <= t || f <= t) return -1;
    const end = t + this.behaviour.durationMs;
    let finished: number;
    if (fromWarm) {
      finished = warm.frontTag();
      warm.cycleAfter(now, this.behaviour.durationMs, slot);
    } else {
      finished = cold.frontTag();
      cold.popFront();
      warm.pushAfter(now, this.behaviour.durationMs, slot);
    }
    const idle = this.#idle;
    while (idle.frontTime() + KEEP_WARM_MS <= t) idle.popFront(); // an empty deque's front is Infinity
    if (end < next) next = end;
    this.due = next < f ? next : f;
    return finished;
  }

  /** Creates a new environment: init, then the request. */
  runCold(now: Float64Array, slot: number): void {
    const end = now[0]! + this.behaviour.initDurationMs + this.behaviour.durationMs;
    this.#cold.pushAfter(now, this.behaviour.initDurationMs + this.behaviour.durationMs, slot);
    if (end < this.due) this.due = end;
    this.owner.onDemandInFlight++;
    this.account.onDemandInFlight++;
    this.coldStarts++;
  }

  /** Environments still in their init phase at `t` (for snapshots only: scans the cold deque). */
  initialising(t: number): number {
    let n = 0;
    const d = this.behaviour.durationMs;
    for (let i = 0; i < this.#cold.length; i++) if (this.#cold.timeAt(i) - d > t) n++;
    return n;
  }

  /** Code changed or the version was deleted: warm environments are discarded, busy ones finish. */
  discardIdle(): void {
    this.#idle.clear();
  }
}

/**
 * Scaling rate: up to 1,000 new environments every 10 s per function, refilled continuously,
 * unused capacity not accumulating beyond that
 * (https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html).
 */
export class ScalingBucket {
  static readonly CAPACITY = 1000;
  static readonly REFILL_PER_MS = 1000 / 10_000;
  #tokens = ScalingBucket.CAPACITY;
  #last: number;

  constructor(now: number) {
    this.#last = now;
  }

  take(t: number): boolean {
    if (t > this.#last) {
      this.#tokens = Math.min(ScalingBucket.CAPACITY, this.#tokens + (t - this.#last) * ScalingBucket.REFILL_PER_MS);
      this.#last = t;
    }
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
