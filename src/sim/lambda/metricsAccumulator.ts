import type { MetricDatum } from '../core/context';

/**
 * Per-minute aggregates of Lambda's standard metrics, one slot per dimension set.
 *
 * Lambda publishes AWS/Lambda metrics at one-minute granularity, timestamped by invocation time,
 * under {FunctionName}, {FunctionName, Resource} and {FunctionName, Resource, ExecutedVersion}
 * (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
 * Slots form a chain (alias+ExecutedVersion → alias → function → account) so one invocation is
 * counted once in each set it belongs to. Nothing per invocation is kept; counters are typed arrays
 * indexed by slot, grown when slots are added.
 *
 * The account slot has no dimensions: Lambda also publishes its metrics "aggregated across all
 * functions" in the Region, which the CloudWatch console lists as "Across All Functions" and which
 * ListMetrics returns with an empty Dimensions list.
 * https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
 */
export const MINUTE = 60_000;
/** Distinct durations kept per slot and minute; beyond it (not reachable with today's code documents) the minute has no percentile. */
const MAX_DURATION_VALUES = 64;

function addValue(values: number[], counts: number[], value: number, count: number): void {
  const k = values.indexOf(value);
  if (k >= 0)
    counts[k]! += count; // indexOf found k, and counts runs parallel to values
  else if (values.length < MAX_DURATION_VALUES) {
    values.push(value);
    counts.push(count);
  }
}

export interface SlotInfo {
  functionName: string;
  /** Resource qualifier (alias name or version), absent for the {FunctionName} set. */
  qualifier?: string;
  executedVersion?: string;
}

export type PcUse = 0 | 1 | 2; // 0 = no provisioned concurrency involved, 1 = served by PC, 2 = spillover

/** A copy of `a`, twice as long (new entries 0). */
function grown<A extends Float64Array | Int32Array>(a: A): A {
  const b = new (a.constructor as new (n: number) => A)(a.length * 2);
  b.set(a);
  return b;
}

export class MetricsAccumulator {
  readonly #keys = new Map<string, number>();
  readonly #info: SlotInfo[] = [];
  readonly #dims: { Name: string; Value: string }[][] = [];
  /** Slots in use; the typed arrays below hold at least this many entries. */
  #size = 0;
  #parent = new Int32Array(8);
  // Per-minute counters.
  #invocations = new Float64Array(8);
  #errors = new Float64Array(8);
  #throttles = new Float64Array(8);
  #durSum = new Float64Array(8);
  #durMin = new Float64Array(8);
  #durMax = new Float64Array(8);
  /**
   * Duration's per-minute distribution, for CloudWatch percentiles (p99 Duration), which need values
   * rather than a statistic set. A code document gives each version one duration, so a minute holds
   * as many distinct values as versions served: value/count pairs (PutMetricData's Values/Counts
   * shape) are exact and tiny. To keep invocations cheap, only the slot an invocation starts at
   * records it; the broader slots receive the counts when the minute is flushed.
   * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html
   */
  readonly #durValues: number[][] = [];
  readonly #durCounts: number[][] = [];
  #concMax = new Float64Array(8);
  #pcInv = new Float64Array(8);
  #pcSpill = new Float64Array(8);
  #pcConcMax = new Float64Array(8);
  // Live gauges.
  #inFlight = new Float64Array(8);
  #pcInFlight = new Float64Array(8);
  /**
   * The last finished invocation whose gauges are not decremented yet (-1: none), and whether it ran
   * on provisioned concurrency. Under steady traffic a request usually ends just as the next one
   * starts, often in the same slot; applying both at once walks only the slots where they differ
   * (see #applyPending). Every reader of the gauges applies it first.
   */
  #pendingSlot = -1;
  #pendingPc = false;
  #unreservedMax = 0;
  #unreservedActive = false;
  #minuteStart: number;

  constructor(
    now: number,
    private readonly sink: (d: MetricDatum) => void,
    /** Allocated provisioned concurrency behind a slot, for ProvisionedConcurrencyUtilization. */
    private readonly allocatedFor: (info: SlotInfo) => number,
  ) {
    this.#minuteStart = Math.floor(now / MINUTE) * MINUTE;
    this.#addSlot('\u0001account', { functionName: '' }, [], -1);
  }

  /** The dimensionless slot every function slot rolls up into. */
  static readonly ACCOUNT_SLOT = 0;

  get minuteStart(): number {
    return this.#minuteStart;
  }

  /** The slot for a dimension set, created on first use; `parent` is the next broader set. */
  slot(info: SlotInfo, parent: number = MetricsAccumulator.ACCOUNT_SLOT): number {
    const key = `${info.functionName}\u0000${info.qualifier ?? ''}\u0000${info.executedVersion ?? ''}`;
    const existing = this.#keys.get(key);
    if (existing !== undefined) return existing;
    const dims = [{ Name: 'FunctionName', Value: info.functionName }];
    if (info.qualifier !== undefined) dims.push({ Name: 'Resource', Value: `${info.functionName}:${info.qualifier}` });
    if (info.executedVersion !== undefined) dims.push({ Name: 'ExecutedVersion', Value: info.executedVersion });
    dims.sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
    return this.#addSlot(key, info, dims, parent);
  }

  #addSlot(key: string, info: SlotInfo, dims: { Name: string; Value: string }[], parent: number): number {
    const id = this.#size++;
    if (id === this.#parent.length) {
      this.#parent = grown(this.#parent);
      this.#invocations = grown(this.#invocations);
      this.#errors = grown(this.#errors);
      this.#throttles = grown(this.#throttles);
      this.#durSum = grown(this.#durSum);
      this.#durMin = grown(this.#durMin);
      this.#durMax = grown(this.#durMax);
      this.#concMax = grown(this.#concMax);
      this.#pcInv = grown(this.#pcInv);
      this.#pcSpill = grown(this.#pcSpill);
      this.#pcConcMax = grown(this.#pcConcMax);
      this.#inFlight = grown(this.#inFlight);
      this.#pcInFlight = grown(this.#pcInFlight);
    }
    this.#keys.set(key, id);
    this.#info.push({ ...info });
    this.#dims.push(dims);
    this.#parent[id] = parent;
    this.#durMin[id] = Infinity;
    this.#durValues.push([]);
    this.#durCounts.push([]);
    return id;
  }

  /** Flushes every finished minute before `t`, so a count always lands in its own minute. */
  rollTo(t: number): void {
    if (t < this.#minuteStart + MINUTE) return;
    this.#flush();
    this.#minuteStart = Math.floor(t / MINUTE) * MINUTE;
  }

  /**
   * Counts one invocation. Sums, minimums and maximums are kept only in the slot the invocation
   * starts at and rolled up the chain when the minute is flushed; only the concurrency gauges, whose
   * per-minute maximum depends on the order of events, are walked up the chain here.
   * Slot indexes below come from `slot()` or the parent chain, so they are all in range.
   */
  invocation(slot: number, t: number, error: boolean, durationMs: number, pc: PcUse): void {
    if (t >= this.#minuteStart + MINUTE) this.rollTo(t);
    this.count(slot, error, durationMs, pc);
  }

  /**
   * `invocation` for a caller that already rolled to the invocation's minute (the invoker's hot
   * path, which thus does not hand over the time: a double argument costs a heap number per call).
   */
  count(slot: number, error: boolean, durationMs: number, pc: PcUse): void {
    this.tally(slot, 1, error ? 1 : 0, durationMs, pc === 1 ? 1 : 0, pc === 2 ? 1 : 0);
    this.started(slot, pc);
  }

  /**
   * Adds `invocations` invocations of one duration to `slot`'s sums for the current minute, of which
   * `errors` failed, `provisioned` ran on provisioned concurrency and `spillover` spilled over to
   * on-demand environments. Sums do not depend on the order of requests within a minute, so a
   * batch of requests is counted in one call; the in-flight gauges are not (see `started`).
   */
  tally(
    slot: number,
    invocations: number,
    errors: number,
    durationMs: number,
    provisioned: number,
    spillover: number,
  ): void {
    if (invocations === 0) return;
    const values = this.#durValues[slot]!;
    const counts = this.#durCounts[slot]!;
    if (values[0] === durationMs) counts[0]! += invocations;
    else addValue(values, counts, durationMs, invocations);
    this.#invocations[slot]! += invocations;
    this.#errors[slot]! += errors;
    this.#durSum[slot]! += durationMs * invocations;
    if (durationMs < this.#durMin[slot]!) this.#durMin[slot] = durationMs;
    if (durationMs > this.#durMax[slot]!) this.#durMax[slot] = durationMs;
    this.#pcSpill[slot]! += spillover;
    this.#pcInv[slot]! += provisioned;
  }

  /**
   * One invocation started in `slot` (on a provisioned environment when `pc` is 1): raises the
   * in-flight gauges, whose per-minute maxima depend on the order of starts and ends, so this is
   * called once per request, in time order.
   */
  started(slot: number, pc: PcUse): void {
    const pending = this.#pendingSlot;
    if (pending < 0) {
      this.#up(slot, this.#inFlight, this.#concMax);
      if (pc === 1) this.#up(slot, this.#pcInFlight, this.#pcConcMax);
      return;
    }
    this.#pendingSlot = -1;
    this.#move(pending, slot, this.#inFlight, this.#concMax);
    if (this.#pendingPc) {
      if (pc === 1) this.#move(pending, slot, this.#pcInFlight, this.#pcConcMax);
      else this.#down(pending, this.#pcInFlight);
    } else if (pc === 1) this.#up(slot, this.#pcInFlight, this.#pcConcMax);
  }

  /** The invocation counted in `slot` has finished (its environment is free again). */
  finished(slot: number, provisioned: boolean): void {
    this.#applyPending();
    this.#pendingSlot = slot;
    this.#pendingPc = provisioned;
  }

  /** Decrements the gauges of a pending finished invocation (before anything reads them). */
  #applyPending(): void {
    const s = this.#pendingSlot;
    if (s < 0) return;
    this.#pendingSlot = -1;
    this.#down(s, this.#inFlight);
    if (this.#pendingPc) this.#down(s, this.#pcInFlight);
  }

  /** One more in flight in `slot` and every broader set, raising their per-minute maxima. */
  #up(slot: number, gauge: Float64Array, max: Float64Array): void {
    for (let s = slot; s >= 0; s = this.#parent[s]!) {
      const f = ++gauge[s]!;
      if (f > max[s]!) max[s] = f;
    }
  }

  #down(slot: number, gauge: Float64Array): void {
    for (let s = slot; s >= 0; s = this.#parent[s]!) gauge[s]!--;
  }

  /**
   * `#down(from)` then `#up(to)`, walking only below their first common set: a parent's id is
   * smaller than its children's, so stepping up from the larger id meets the common set first.
   * Above it the gauge goes down and back up, and its maximum cannot change, because a maximum is
   * never below its gauge.
   */
  #move(from: number, to: number, gauge: Float64Array, max: Float64Array): void {
    const parent = this.#parent;
    let a = from;
    let b = to;
    while (a !== b) {
      if (a > b) {
        gauge[a]!--;
        a = parent[a]!;
      } else {
        const f = ++gauge[b]!;
        if (f > max[b]!) max[b] = f;
        b = parent[b]!;
      }
    }
  }

  throttle(slot: number, t: number): void {
    if (t >= this.#minuteStart + MINUTE) this.rollTo(t);
    this.#throttles[slot]!++;
  }

  /** Region-wide UnreservedConcurrentExecutions (no dimensions), sampled on each invocation. */
  unreserved(n: number): void {
    this.#unreservedActive = true;
    if (n > this.#unreservedMax) this.#unreservedMax = n;
  }

  inFlight(slot: number): number {
    this.#applyPending();
    return slot < this.#size ? this.#inFlight[slot]! : 0;
  }

  slots(): readonly SlotInfo[] {
    return this.#info;
  }

  #emit(
    name: string,
    slot: number | -1,
    sampleCount: number,
    sum: number,
    min: number,
    max: number,
    unit: string,
    dist?: { Values: number[]; Counts: number[] },
  ): void {
    this.sink({
      Namespace: 'AWS/Lambda',
      MetricName: name,
      Dimensions: slot < 0 ? [] : this.#dims[slot]!.map((d) => ({ ...d })),
      Timestamp: this.#minuteStart,
      StorageResolution: 60,
      SampleCount: sampleCount,
      Sum: sum,
      Minimum: min,
      Maximum: max,
      Unit: unit,
      ...dist,
    });
  }

  #flush(): void {
    this.#applyPending();
    const size = this.#size;
    const parent = this.#parent;
    const invocations = this.#invocations;
    const errors = this.#errors;
    const throttles = this.#throttles;
    const durSum = this.#durSum;
    const durMin = this.#durMin;
    const durMax = this.#durMax;
    const pcInv = this.#pcInv;
    const pcSpill = this.#pcSpill;
    // Every index below is a slot (< size, the typed arrays' minimum length) or a slot's parent.
    // Roll each slot's counts up its chain, so every set counts each invocation once: a parent
    // always has a smaller id than its children, so a descending pass carries leaves to the root.
    for (let s = size - 1; s > 0; s--) {
      const p = parent[s]!;
      if (p < 0) continue;
      throttles[p]! += throttles[s]!;
      if (invocations[s] === 0) continue;
      invocations[p]! += invocations[s]!;
      errors[p]! += errors[s]!;
      durSum[p]! += durSum[s]!;
      if (durMin[s]! < durMin[p]!) durMin[p] = durMin[s]!;
      if (durMax[s]! > durMax[p]!) durMax[p] = durMax[s]!;
      pcInv[p]! += pcInv[s]!;
      pcSpill[p]! += pcSpill[s]!;
      const values = this.#durValues[s]!;
      const counts = this.#durCounts[s]!;
      for (let k = 0; k < values.length; k++)
        addValue(this.#durValues[p]!, this.#durCounts[p]!, values[k]!, counts[k]!); // k < values.length = counts.length
    }
    for (let s = 0; s < size; s++) {
      const n = invocations[s]!;
      const th = throttles[s]!;
      if (n > 0 || th > 0) {
        if (n > 0) {
          const e = errors[s]!;
          this.#emit('Invocations', s, n, n, 1, 1, 'Count');
          // Errors is 0 or 1 per invocation, so Average = error rate
          // (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
          this.#emit('Errors', s, n, e, e === n ? 1 : 0, e > 0 ? 1 : 0, 'Count');
          const counts = this.#durCounts[s]!;
          // Only a complete distribution is handed over; without one, percentiles have no datapoint.
          const complete = counts.reduce((a, c) => a + c, 0) === n;
          this.#emit(
            'Duration',
            s,
            n,
            durSum[s]!,
            durMin[s]!,
            durMax[s]!,
            'Milliseconds',
            complete ? { Values: this.#durValues[s]!, Counts: counts } : undefined,
          );
          const c = this.#concMax[s]!;
          this.#emit('ConcurrentExecutions', s, 1, c, c, c, 'Count');
          const pcI = pcInv[s]!;
          const pcS = pcSpill[s]!;
          if (pcI + pcS > 0) {
            this.#emit('ProvisionedConcurrencyInvocations', s, pcI + pcS, pcI, 0, pcI > 0 ? 1 : 0, 'Count');
            this.#emit('ProvisionedConcurrencySpilloverInvocations', s, pcI + pcS, pcS, 0, pcS > 0 ? 1 : 0, 'Count');
            const pc = this.#pcConcMax[s]!;
            this.#emit('ProvisionedConcurrentExecutions', s, 1, pc, pc, pc, 'Count');
            const allocated = this.allocatedFor(this.#info[s]!);
            // Only emitted while provisioned concurrency is allocated
            // (https://docs.aws.amazon.com/autoscaling/application/userguide/cloudwatch-alarm-notifications.html).
            if (allocated > 0) {
              const u = pc / allocated;
              this.#emit('ProvisionedConcurrencyUtilization', s, 1, u, u, u, 'None');
            }
          }
        }
        if (th > 0) this.#emit('Throttles', s, th, th, 1, 1, 'Count');
      }
      invocations[s] = 0;
      errors[s] = 0;
      throttles[s] = 0;
      durSum[s] = 0;
      durMin[s] = Infinity;
      durMax[s] = 0;
      // Fresh arrays: the ones just emitted now belong to the receiver.
      if (this.#durValues[s]!.length > 0) {
        this.#durValues[s] = [];
        this.#durCounts[s] = [];
      }
      this.#concMax[s] = this.#inFlight[s]!;
      pcInv[s] = 0;
      pcSpill[s] = 0;
      this.#pcConcMax[s] = this.#pcInFlight[s]!;
    }
    if (this.#unreservedActive) {
      const u = this.#unreservedMax;
      this.#emit('UnreservedConcurrentExecutions', -1, 1, u, u, u, 'Count');
    }
    this.#unreservedActive = false;
    this.#unreservedMax = 0;
  }
}
