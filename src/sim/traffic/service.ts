import type { WorldContext } from '../core/context';
import type { TrafficCatchUpPort } from '../core/ports';
import { trafficError, TRAFFIC_SAYS } from './messages';
import type { InvokeTarget } from '../lambda/invoker';
import { Outcome } from '../lambda/invoker';
import { MINUTE } from '../lambda/metricsAccumulator';

/**
 * Load generators (simulator-only, not an AWS API): an API Gateway integration, an event
 * source or a client wired to a function name, `name:alias`, `name:version` or an ARN.
 *
 * Performance: no event per request. Arrivals are processed lazily in time order, in batches,
 * right before any scheduled event or public API call (scheduler.beforeEachEvent), plus a routine
 * one-second tick so they keep flowing when nothing else is scheduled.
 *
 * Decision: arrivals are evenly spaced at 1/rate. Randomness that matters to a learner (which
 * version serves a request, whether it fails) is decided by Lambda for each request (failures by a
 * countdown with the same distribution, see invoker.ts); even spacing keeps the concurrency picture
 * steady and the runs easy to reason about.
 */
export type TrafficSourceKind = 'ApiGateway' | 'EventBridge' | 'S3' | 'SNS' | 'SQS' | 'Client';
const SOURCES: readonly TrafficSourceKind[] = ['ApiGateway', 'EventBridge', 'S3', 'SNS', 'SQS', 'Client'];

export interface StartTrafficInput {
  source: TrafficSourceKind;
  target: string;
  ratePerSecond: number;
}

export interface TrafficCounts {
  invocations: number;
  errors: number;
  throttles: number;
  /** Requests that found no function, version or alias (e.g. the alias was deleted). */
  notFound: number;
  /** Requests per executed version. */
  byVersion: Record<string, number>;
}

export interface TrafficSourceView {
  id: string;
  source: TrafficSourceKind;
  target: string;
  /** What the target resolves to: a bare name runs $LATEST. */
  targetKind: 'LATEST' | 'alias' | 'version';
  ratePerSecond: number;
  total: TrafficCounts;
  /** Counts of the last finished simulated minute. */
  lastMinute: TrafficCounts;
}

export interface TrafficSnapshot {
  sources: TrafficSourceView[];
}

interface Source {
  id: string;
  source: TrafficSourceKind;
  target: string;
  resolved: InvokeTarget;
  rate: number;
  /** Time of the next arrival (epoch ms, fractional) = origin + k·1000/rate, computed without drift. */
  next: number;
  origin: number;
  k: number;
  /** End of the minute `current` counts (epoch ms). */
  minuteEnd: number;
  total: Counts;
  current: Counts;
  lastMinute: Counts;
  /** Requests per executed version: [total, current minute, last minute]. */
  versions: Map<string, Float64Array>;
  lastVersion: string;
  lastVersionCounts: Float64Array | undefined;
  /** After a not-found, when to look the target up again (it may have been re-created). */
  retryResolveAt: number;
}

interface Counts {
  invocations: number;
  errors: number;
  throttles: number;
  notFound: number;
}

const TICK_MS = 1000;
/** Arrivals run per call into Lambda (a second at 1,000 requests per second). */
const BATCH = 1024;
const emptyCounts = (): Counts => ({ invocations: 0, errors: 0, throttles: 0, notFound: 0 });
const countsView = (c: Counts, versions: Map<string, Float64Array>, column: number): TrafficCounts => ({
  invocations: c.invocations,
  errors: c.errors,
  throttles: c.throttles,
  notFound: c.notFound,
  byVersion: Object.fromEntries(
    [...versions.entries()]
      .map(([v, n]) => [v, n[column] ?? 0] as const) // column is 0, 1 or 2 of a 3-entry row
      .filter(([, c]) => c > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  ),
});

export class TrafficService {
  readonly #sources = new Map<string, Source>();
  #seq = 0;
  #tickScheduled = false;
  /** Arrival times of one batch (see #arriveMany). */
  readonly #times = new Float64Array(BATCH);

  /** Lambda asks for every arrival up to `t` before it hands over a finished minute (src/sim/core/ports.ts). */
  readonly catchUpPort: TrafficCatchUpPort = { catchUp: (t) => this.#catchUp(t) };

  constructor(protected readonly ctx: WorldContext) {
    ctx.scheduler.beforeEachEvent((t) => this.#catchUp(t));
  }

  start(input: StartTrafficInput): string {
    if (!SOURCES.includes(input?.source))
      throw trafficError('ValidationException', `source must be one of ${SOURCES.join(', ')}`);
    checkRate(input.ratePerSecond);
    // The same ResourceNotFoundException Invoke would give, at wiring time.
    const resolved = this.ctx.services.lambda.resolveInvokeTarget(input.target);
    const now = this.ctx.scheduler.now();
    const id = `traffic-${++this.#seq}`;
    this.#sources.set(id, {
      id,
      source: input.source,
      target: input.target,
      resolved,
      rate: input.ratePerSecond,
      next: input.ratePerSecond > 0 ? now + 1000 / input.ratePerSecond : Infinity,
      origin: now,
      k: 1,
      minuteEnd: (Math.floor(now / MINUTE) + 1) * MINUTE,
      total: emptyCounts(),
      current: emptyCounts(),
      lastMinute: emptyCounts(),
      versions: new Map(),
      lastVersion: '',
      lastVersionCounts: undefined,
      retryResolveAt: 0,
    });
    const { type, message, severity } = TRAFFIC_SAYS.started(
      input.source,
      input.ratePerSecond,
      input.target,
      resolved.kind === 'LATEST',
    );
    this.ctx.log.add({ service: 'traffic', type, message, refs: { functionName: resolved.fn.name }, severity });
    this.#ensureTick();
    return id;
  }

  stop(id: string): void {
    const s = this.#get(id);
    this.#sources.delete(id);
    const { type, message, severity } = TRAFFIC_SAYS.stopped(s.source, s.target);
    this.ctx.log.add({ service: 'traffic', type, message, refs: { functionName: s.resolved.fn.name }, severity });
  }

  setRate(id: string, ratePerSecond: number): void {
    const s = this.#get(id);
    checkRate(ratePerSecond);
    const now = this.ctx.scheduler.now();
    s.rate = ratePerSecond;
    s.origin = now;
    s.k = 1;
    s.next = ratePerSecond > 0 ? now + 1000 / ratePerSecond : Infinity;
    this.#ensureTick();
  }

  list(): TrafficSourceView[] {
    return this.snapshot().sources;
  }

  snapshot(): TrafficSnapshot {
    return {
      sources: [...this.#sources.values()].map((s) => ({
        id: s.id,
        source: s.source,
        target: s.target,
        targetKind: s.resolved.kind,
        ratePerSecond: s.rate,
        total: countsView(s.total, s.versions, 0),
        lastMinute:
          this.ctx.scheduler.now() >= s.minuteEnd
            ? this.ctx.scheduler.now() < s.minuteEnd + MINUTE
              ? countsView(s.current, s.versions, 1)
              : countsView(emptyCounts(), new Map(), 0)
            : countsView(s.lastMinute, s.versions, 2),
      })),
    };
  }

  #get(id: string): Source {
    const s = this.#sources.get(id);
    if (!s) throw trafficError('ResourceNotFoundException', `No traffic source with id ${id}`);
    return s;
  }

  #ensureTick(): void {
    if (this.#tickScheduled || this.#sources.size === 0) return;
    this.#tickScheduled = true;
    this.ctx.scheduler.after(
      TICK_MS,
      () => {
        this.#tickScheduled = false;
        this.#ensureTick();
      },
      'traffic-tick',
    );
  }

  /** Processes every arrival up to and including `t`, across sources, in time order. */
  #catchUp(t: number): void {
    const n = this.#sources.size;
    if (n === 0) return;
    const lambda = this.ctx.services.lambda;
    if (n === 1) {
      const s = this.#sources.values().next().value!;
      while (s.next <= t) this.#arriveMany(s, t, Infinity, Infinity, lambda);
      return;
    }
    const list = [...this.#sources.values()];
    for (;;) {
      let first: Source | undefined;
      for (const s of list) if (s.next <= t && (!first || s.next < first.next)) first = s;
      if (!first) return;
      // `first` keeps being the earliest while its next arrival is before every source listed ahead
      // of it and not after any listed behind it (ties go to the source listed first).
      let before = Infinity;
      let after = Infinity;
      let behind = false;
      for (const s of list) {
        if (s === first) behind = true;
        else if (behind) after = Math.min(after, s.next);
        else before = Math.min(before, s.next);
      }
      this.#arriveMany(first, t, before, after, lambda);
    }
  }

  /**
   * Runs the arrivals of `s` up to `t` that come before `before` and not after `after`, in batches
   * that stay within one minute: the arrival times first, then Lambda runs them in one call and
   * counts them — the same as `#arrive` one by one, because running a request never reads the
   * generator's counters and nothing a request does can make its target disappear. A target that is
   * not found takes the one-by-one path, which looks it up again.
   */
  #arriveMany(s: Source, t: number, before: number, after: number, lambda: WorldContext['services']['lambda']): void {
    const requests = this.ctx.ports.requests;
    if (!requests.found(s.resolved)) {
      this.#arrive(s, lambda);
      return;
    }
    // Lambda's own clock resolution is the millisecond (whole ms also decide the same minute).
    if (Math.floor(s.next) >= s.minuteEnd) this.#rollMinute(s, Math.floor(s.next));
    const times = this.#times;
    const minuteEnd = s.minuteEnd;
    let n = 0;
    let next = s.next;
    let k = s.k;
    const origin = s.origin;
    const rate = s.rate;
    while (n < BATCH && next <= t && next < before && next <= after && next < minuteEnd) {
      times[n++] = Math.floor(next);
      next = origin + (++k * 1000) / rate;
    }
    s.next = next;
    s.k = k;
    requests.invokeBatch(times, n, s.resolved);
    const tally = requests.batchTally; // 5 entries (see RequestPort)
    const ran0 = tally[0]!;
    const ran1 = tally[2]!;
    this.#add(s, ran0 + ran1, tally[1]! + tally[3]!, tally[4]!);
    const versions = requests.batchVersions;
    if (ran0 > 0) this.#addToVersion(s, versions[0], ran0);
    if (ran1 > 0) this.#addToVersion(s, versions[1], ran1);
  }

  #addToVersion(s: Source, v: string, ran: number): void {
    const counts = this.#versionCounts(s, v);
    counts[0]! += ran; // counts has 3 entries
    counts[1]! += ran;
  }

  #add(s: Source, invocations: number, errors: number, throttles: number): void {
    const c = s.current;
    const tot = s.total;
    c.invocations += invocations;
    tot.invocations += invocations;
    c.errors += errors;
    tot.errors += errors;
    c.throttles += throttles;
    tot.throttles += throttles;
  }

  /** A source's counters for version `v` ([total, current minute, last minute]), created on first use. */
  #versionCounts(s: Source, v: string): Float64Array {
    let counts = s.versions.get(v);
    if (counts === undefined) {
      counts = new Float64Array(3);
      s.versions.set(v, counts);
    }
    s.lastVersion = v;
    s.lastVersionCounts = counts;
    return counts;
  }

  #arrive(s: Source, lambda: WorldContext['services']['lambda']): void {
    const t = s.next;
    s.next = s.origin + (++s.k * 1000) / s.rate;
    if (t >= s.minuteEnd) this.#rollMinute(s, t);
    const requests = this.ctx.ports.requests;
    // Lambda's own clock resolution is the millisecond.
    const outcome = requests.invokeAt(Math.floor(t), s.resolved);
    const c = s.current;
    const tot = s.total;
    if (outcome === Outcome.Throttled) {
      c.throttles++;
      tot.throttles++;
      return;
    }
    if (outcome === Outcome.NotFound) {
      c.notFound++;
      tot.notFound++;
      // An integration names its target; if a function or alias of that name exists again, later
      // requests reach it. Looked up at most once per simulated second.
      if (t >= s.retryResolveAt) {
        s.retryResolveAt = t + 1000;
        try {
          s.resolved = lambda.resolveInvokeTarget(s.target);
        } catch {
          // still missing
        }
      }
      return;
    }
    this.#count(s, outcome, requests.lastExecutedVersion());
  }

  /** Counts a request that ran (Ok or FunctionError) on version `v`. */
  #count(s: Source, outcome: number, v: string): void {
    const c = s.current;
    const tot = s.total;
    c.invocations++;
    tot.invocations++;
    if (outcome === Outcome.FunctionError) {
      c.errors++;
      tot.errors++;
    }
    let counts = s.lastVersionCounts;
    if (v !== s.lastVersion || counts === undefined) counts = this.#versionCounts(s, v);
    counts[0]!++; // counts has 3 entries
    counts[1]!++;
  }

  #rollMinute(s: Source, t: number): void {
    const adjacent = t < s.minuteEnd + MINUTE;
    const old = s.lastMinute;
    s.lastMinute = adjacent ? s.current : emptyCounts();
    s.current = old;
    old.invocations = old.errors = old.throttles = old.notFound = 0;
    for (const n of s.versions.values()) {
      n[2] = adjacent ? n[1]! : 0; // each row has 3 entries
      n[1] = 0;
    }
    s.minuteEnd = (Math.floor(t / MINUTE) + 1) * MINUTE;
  }
}

function checkRate(r: unknown): void {
  if (typeof r !== 'number' || !Number.isFinite(r) || r < 0 || r > 100_000) {
    throw trafficError('ValidationException', 'ratePerSecond must be a number between 0 and 100000');
  }
}
