import type { MetricDatum } from '../core/context';

/**
 * Per-minute aggregates of Lambda's standard metrics, one slot per dimension set.
 *
 * Lambda publishes AWS/Lambda metrics at one-minute granularity, timestamped by invocation time,
 * under {FunctionName}, {FunctionName, Resource} and {FunctionName, Resource, ExecutedVersion}
 * (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
 * Slots form a chain (alias+ExecutedVersion → alias → function → account) so one invocation is
 * counted once in each set it belongs to. Nothing per invocation is kept; counters are plain number arrays.
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
  if (k >= 0) counts[k] += count;
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

export class MetricsAccumulator {
  readonly #keys = new Map<string, number>();
  readonly #info: SlotInfo[] = [];
  readonly #dims: { Name: string; Value: string }[][] = [];
  readonly #parent: number[] = [];
  // Per-minute counters.
  readonly #invocations: number[] = [];
  readonly #errors: number[] = [];
  readonly #throttles: number[] = [];
  readonly #durSum: number[] = [];
  readonly #durMin: number[] = [];
  readonly #durMax: number[] = [];
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
  readonly #concMax: number[] = [];
  readonly #pcInv: number[] = [];
  readonly #pcSpill: number[] = [];
  readonly #pcConcMax: number[] = [];
  // Live gauges.
  readonly #inFlight: number[] = [];
  readonly #pcInFlight: number[] = [];
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
    const id = this.#info.length;
    this.#keys.set(key, id);
    this.#info.push({ ...info });
    this.#dims.push(dims);
    this.#parent.push(parent);
    for (const arr of [
      this.#invocations,
      this.#errors,
      this.#throttles,
      this.#durSum,
      this.#durMax,
      this.#concMax,
      this.#pcInv,
      this.#pcSpill,
      this.#pcConcMax,
      this.#inFlight,
      this.#pcInFlight,
    ])
      arr.push(0);
    this.#durMin.push(Infinity);
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
   */
  invocation(slot: number, t: number, error: boolean, durationMs: number, pc: PcUse): void {
    if (t >= this.#minuteStart + MINUTE) this.rollTo(t);
    const values = this.#durValues[slot];
    if (values[0] === durationMs) this.#durCounts[slot][0]++;
    else addValue(values, this.#durCounts[slot], durationMs, 1);
    this.#invocations[slot]++;
    if (error) this.#errors[slot]++;
    this.#durSum[slot] += durationMs;
    if (durationMs < this.#durMin[slot]) this.#durMin[slot] = durationMs;
    if (durationMs > this.#durMax[slot]) this.#durMax[slot] = durationMs;
    if (pc === 2) this.#pcSpill[slot]++;
    else if (pc === 1) {
      this.#pcInv[slot]++;
      for (let s = slot; s >= 0; s = this.#parent[s]) {
        const p = ++this.#pcInFlight[s];
        if (p > this.#pcConcMax[s]) this.#pcConcMax[s] = p;
      }
    }
    for (let s = slot; s >= 0; s = this.#parent[s]) {
      const f = ++this.#inFlight[s];
      if (f > this.#concMax[s]) this.#concMax[s] = f;
    }
  }

  /** The invocation counted in `slot` has finished (its environment is free again). */
  finished(slot: number, provisioned: boolean): void {
    for (let s = slot; s >= 0; s = this.#parent[s]) {
      this.#inFlight[s]--;
      if (provisioned) this.#pcInFlight[s]--;
    }
  }

  throttle(slot: number, t: number): void {
    if (t >= this.#minuteStart + MINUTE) this.rollTo(t);
    this.#throttles[slot]++;
  }

  /** Region-wide UnreservedConcurrentExecutions (no dimensions), sampled on each invocation. */
  unreserved(n: number): void {
    this.#unreservedActive = true;
    if (n > this.#unreservedMax) this.#unreservedMax = n;
  }

  inFlight(slot: number): number {
    return this.#inFlight[slot] ?? 0;
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
      Dimensions: slot < 0 ? [] : this.#dims[slot].map((d) => ({ ...d })),
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
    // Roll each slot's counts up its chain, so every set counts each invocation once: a parent
    // always has a smaller id than its children, so a descending pass carries leaves to the root.
    for (let s = this.#info.length - 1; s > 0; s--) {
      const p = this.#parent[s];
      if (p < 0) continue;
      this.#throttles[p] += this.#throttles[s];
      if (this.#invocations[s] === 0) continue;
      this.#invocations[p] += this.#invocations[s];
      this.#errors[p] += this.#errors[s];
      this.#durSum[p] += this.#durSum[s];
      if (this.#durMin[s] < this.#durMin[p]) this.#durMin[p] = this.#durMin[s];
      if (this.#durMax[s] > this.#durMax[p]) this.#durMax[p] = this.#durMax[s];
      this.#pcInv[p] += this.#pcInv[s];
      this.#pcSpill[p] += this.#pcSpill[s];
      const values = this.#durValues[s];
      for (let k = 0; k < values.length; k++)
        addValue(this.#durValues[p], this.#durCounts[p], values[k], this.#durCounts[s][k]);
    }
    for (let s = 0; s < this.#info.length; s++) {
      const n = this.#invocations[s];
      const th = this.#throttles[s];
      if (n > 0 || th > 0) {
        if (n > 0) {
          const e = this.#errors[s];
          this.#emit('Invocations', s, n, n, 1, 1, 'Count');
          // Errors is 0 or 1 per invocation, so Average = error rate
          // (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
          this.#emit('Errors', s, n, e, e === n ? 1 : 0, e > 0 ? 1 : 0, 'Count');
          const counts = this.#durCounts[s];
          // Only a complete distribution is handed over; without one, percentiles have no datapoint.
          const complete = counts.reduce((a, c) => a + c, 0) === n;
          this.#emit(
            'Duration',
            s,
            n,
            this.#durSum[s],
            this.#durMin[s],
            this.#durMax[s],
            'Milliseconds',
            complete ? { Values: this.#durValues[s], Counts: counts } : undefined,
          );
          const c = this.#concMax[s];
          this.#emit('ConcurrentExecutions', s, 1, c, c, c, 'Count');
          const pcI = this.#pcInv[s];
          const pcS = this.#pcSpill[s];
          if (pcI + pcS > 0) {
            this.#emit('ProvisionedConcurrencyInvocations', s, pcI + pcS, pcI, 0, pcI > 0 ? 1 : 0, 'Count');
            this.#emit('ProvisionedConcurrencySpilloverInvocations', s, pcI + pcS, pcS, 0, pcS > 0 ? 1 : 0, 'Count');
            const pc = this.#pcConcMax[s];
            this.#emit('ProvisionedConcurrentExecutions', s, 1, pc, pc, pc, 'Count');
            const allocated = this.allocatedFor(this.#info[s]);
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
      this.#invocations[s] = 0;
      this.#errors[s] = 0;
      this.#throttles[s] = 0;
      this.#durSum[s] = 0;
      this.#durMin[s] = Infinity;
      this.#durMax[s] = 0;
      // Fresh arrays: the ones just emitted now belong to the receiver.
      if (this.#durValues[s].length > 0) {
        this.#durValues[s] = [];
        this.#durCounts[s] = [];
      }
      this.#concMax[s] = this.#inFlight[s];
      this.#pcInv[s] = 0;
      this.#pcSpill[s] = 0;
      this.#pcConcMax[s] = this.#pcInFlight[s];
    }
    if (this.#unreservedActive) {
      const u = this.#unreservedMax;
      this.#emit('UnreservedConcurrentExecutions', -1, 1, u, u, u, 'Count');
    }
    this.#unreservedActive = false;
    this.#unreservedMax = 0;
  }
}
