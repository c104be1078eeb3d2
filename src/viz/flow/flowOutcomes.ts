import type { WorldSnapshot } from '../../sim';
import type { FlowModel, InvokerNode, Outcome } from './flowModel';

/**
 * Outcome mixes for the particles, from the snapshot's counts (never one particle per request).
 * The simulator counts errors per invoker, not per version, and cold starts and provisioned-
 * concurrency invocations per version, not per invoker; these functions combine the two and say
 * where they estimate.
 */
export type OutcomeMix = Record<Outcome, number>;

export interface VersionService {
  /** Share of the version's invocations in the interval that started a new environment. */
  coldStart: number;
  /** Share served by provisioned-concurrency environments. */
  provisioned: number;
}

type Counts = Pick<WorldSnapshot, 'lambda' | 'traffic'>;

function versionTotals(s: Counts): Map<string, { coldStarts: number; provisioned: number }> {
  const out = new Map<string, { coldStarts: number; provisioned: number }>();
  for (const fn of s.lambda.functions) {
    for (const v of [fn.latest, ...fn.versions]) {
      const id = `${fn.FunctionName}:${v.Version}`;
      out.set(id, {
        coldStarts: v.environments.coldStartsTotal,
        provisioned: v.environments.provisionedInvocationsTotal,
      });
    }
  }
  return out;
}

/**
 * Cold-start and provisioned shares per version (`fn:version`) between two snapshots. Invocations per
 * version come from the traffic sources' byVersion totals. Without an earlier snapshot (or with no
 * requests in between) the shares are taken since the start of the run.
 */
export function versionService(prev: Counts | undefined, cur: Counts, model: FlowModel): Map<string, VersionService> {
  const now = versionTotals(cur);
  const before = prev ? versionTotals(prev) : undefined;
  const invocations = (s: Counts) => {
    const m = new Map<string, number>();
    const targetOf = new Map(model.invokers.map((i) => [i.id, i.functionName]));
    for (const src of s.traffic.sources) {
      const fn = targetOf.get(src.id);
      if (!fn) continue;
      for (const [v, n] of Object.entries(src.total.byVersion)) m.set(`${fn}:${v}`, (m.get(`${fn}:${v}`) ?? 0) + n);
    }
    return m;
  };
  const invNow = invocations(cur);
  const invBefore = prev ? invocations(prev) : new Map<string, number>();
  const out = new Map<string, VersionService>();
  for (const [id, t] of now) {
    const b = before?.get(id);
    let inv = (invNow.get(id) ?? 0) - (invBefore.get(id) ?? 0);
    let cold = t.coldStarts - (b?.coldStarts ?? 0);
    let pc = t.provisioned - (b?.provisioned ?? 0);
    if (inv <= 0) {
      inv = invNow.get(id) ?? 0;
      cold = t.coldStarts;
      pc = t.provisioned;
    }
    out.set(
      id,
      inv > 0 ? { coldStart: clamp01(cold / inv), provisioned: clamp01(pc / inv) } : { coldStart: 0, provisioned: 0 },
    );
  }
  return out;
}

/**
 * Share of one invoker's requests that failed on each version. Estimate: the invoker's errors of
 * the last minute are split over the versions in proportion to requests × the version's configured
 * error rate (the counts say how many failed, the code documents say which version fails).
 */
export function errorShareByVersion(invoker: InvokerNode, errorRates: Record<string, number>): Record<string, number> {
  const by = invoker.lastMinute.byVersion;
  const expected = Object.entries(by).map(([v, n]) => [v, n * (errorRates[v] ?? 0)] as const);
  const expectedTotal = expected.reduce((s, [, e]) => s + e, 0);
  const out: Record<string, number> = {};
  for (const [v, e] of expected) {
    const n = by[v] ?? 0; // v comes from Object.entries(by)
    out[v] = expectedTotal > 0 && n > 0 ? clamp01((invoker.lastMinute.errors * (e / expectedTotal)) / n) : 0;
  }
  return out;
}

/**
 * The outcome mix of one invoker's requests served by one version. Throttled requests never run, so
 * their share comes first; an error colours a request whether or not it also cold-started.
 */
export function outcomeMix(invoker: InvokerNode, errorShare: number, service: VersionService): OutcomeMix {
  const m = invoker.lastMinute;
  const attempted = m.invocations + m.throttles;
  const throttled = attempted > 0 ? m.throttles / attempted : 0;
  const ran = 1 - throttled;
  const error = ran * clamp01(errorShare);
  const rest = ran - error;
  const provisioned = rest * service.provisioned;
  const coldStart = rest * Math.min(service.coldStart, 1 - service.provisioned);
  return { throttled, error, provisioned, coldStart, success: Math.max(0, rest - provisioned - coldStart) };
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);
