/**
 * Interprets a scenario's declarative predicates (content/scenarios/*.yaml `run.until` and `goal`)
 * against the world. Predicates are data, so a shared scenario file can never run code.
 * "Since the phase started" figures (cold starts, served shares, failed requests, events, errors
 * thrown) are measured from the PhaseBaseline taken when the phase began.
 */
import type { WorldSnapshot } from '../sim';
import type { Predicate } from './schema';
import { expectedText } from './expectations';

type Deployment = WorldSnapshot['codedeploy']['deployments'][number];

/** What a phase remembers: the world when it began, and what happened during it. */
export interface PhaseObservation {
  /** The snapshot at the start of the phase. */
  start: WorldSnapshot;
  /** Event-log sequence number at the start of the phase. */
  startSeq: number;
  /** stderr of every command run in the phase (to find `An error occurred (Name)`). */
  commandErrors: string[];
  /** Alarm states seen at any check tick during the phase, per alarm name. */
  alarmStatesSeen: Map<string, Set<string>>;
}

export function startPhase(snapshot: WorldSnapshot): PhaseObservation {
  const seq = snapshot.events.at(-1)?.seq ?? 0;
  const phase: PhaseObservation = { start: snapshot, startSeq: seq, commandErrors: [], alarmStatesSeen: new Map() };
  observe(phase, snapshot);
  return phase;
}

/** Records what must be remembered between ticks (alarm states pass quickly). */
export function observe(phase: PhaseObservation, snapshot: WorldSnapshot): void {
  for (const a of snapshot.cloudwatch.alarms) {
    const seen = phase.alarmStatesSeen.get(a.name) ?? new Set<string>();
    seen.add(a.state);
    phase.alarmStatesSeen.set(a.name, seen);
  }
}

export interface PredicateResult {
  ok: boolean;
  /** What the world shows, in words, for the player and for failing tests. */
  detail: string;
  /** What the predicate asks for, in words (so a failed check says what was expected, not only what is there). */
  expected: string;
}

const fn = (s: WorldSnapshot, name: string) => s.lambda.functions.find((f) => f.FunctionName === name);
const versionOf = (s: WorldSnapshot, name: string, version: string) => {
  const f = fn(s, name);
  return version === '$LATEST' ? f?.latest : f?.versions.find((v) => v.Version === version);
};

function pickDeployment(s: WorldSnapshot, which: 'first' | 'last' | 'last-user' = 'last'): Deployment | undefined {
  const ds = s.codedeploy.deployments;
  if (which === 'first') return ds[0];
  if (which === 'last') return ds[ds.length - 1];
  return [...ds].reverse().find((d) => d.creator !== 'codeDeployRollback');
}

const inRange = (n: number, min?: number, max?: number) =>
  (min === undefined || n >= min) && (max === undefined || n <= max);
const rangeText = (min?: number, max?: number) =>
  [min !== undefined ? `≥ ${min}` : '', max !== undefined ? `≤ ${max}` : ''].filter(Boolean).join(' and ');

function servedSince(
  phase: PhaseObservation,
  now: WorldSnapshot,
  fnName: string,
): { byVersion: Map<string, number>; total: number; errors: number } {
  const byVersion = new Map<string, number>();
  let total = 0;
  let errors = 0;
  for (const src of now.traffic.sources) {
    const name = src.target.replace(/^arn:aws:lambda:[^:]+:\d+:function:/, '').split(':')[0];
    const before = phase.start.traffic.sources.find((b) => b.id === src.id)?.total;
    errors += src.total.errors - (before?.errors ?? 0);
    if (name !== fnName) continue;
    for (const [v, n] of Object.entries(src.total.byVersion)) {
      const d = n - (before?.byVersion[v] ?? 0);
      byVersion.set(v, (byVersion.get(v) ?? 0) + d);
      total += d;
    }
  }
  return { byVersion, total, errors };
}

/** Evaluates one predicate. Unknown functions, aliases and deployments make it false, with a reason. */
export function evaluate(p: Predicate, now: WorldSnapshot, phase: PhaseObservation): PredicateResult {
  return { ...evaluateNow(p, now, phase), expected: expectedText(p) };
}

function evaluateNow(p: Predicate, now: WorldSnapshot, phase: PhaseObservation): Omit<PredicateResult, 'expected'> {
  if ('not' in p) {
    const r = evaluate(p.not, now, phase);
    return { ok: !r.ok, detail: `not (${r.detail})` };
  }
  if ('anyOf' in p) {
    const rs = p.anyOf.map((q) => evaluate(q, now, phase));
    return { ok: rs.some((r) => r.ok), detail: rs.map((r) => r.detail).join(' | ') };
  }
  if ('noInvokerTargets' in p) {
    const bad = now.traffic.sources.filter((s) => s.targetKind === 'LATEST');
    return {
      ok: bad.length === 0,
      detail: bad.length
        ? `${bad.map((s) => `${s.source} → ${s.target}`).join(', ')} runs $LATEST`
        : 'no invoker runs $LATEST',
    };
  }
  if ('invokersUseAlias' in p) {
    const bad = now.traffic.sources.filter(
      (s) => s.targetKind !== 'alias' || !s.target.endsWith(`:${p.invokersUseAlias}`),
    );
    return {
      ok: now.traffic.sources.length > 0 && bad.length === 0,
      detail: bad.length
        ? `${bad.map((s) => `${s.source} → ${s.target}`).join(', ')} not wired to alias ${p.invokersUseAlias}`
        : `every invoker calls alias ${p.invokersUseAlias}`,
    };
  }
  if ('deployment' in p) {
    const q = p.deployment;
    const d = pickDeployment(now, q.which);
    if (!d) return { ok: false, detail: 'no deployment exists' };
    const fails: string[] = [];
    if (q.status && d.status !== q.status) fails.push(`status ${d.status}`);
    if (q.notStatus && d.status === q.notStatus) fails.push(`status ${d.status}`);
    if (q.creator && d.creator !== q.creator) fails.push(`creator ${d.creator}`);
    if (q.errorCode && d.errorInformation?.code !== q.errorCode)
      fails.push(`error code ${d.errorInformation?.code ?? 'none'}`);
    const shifted = `${Math.round(d.targetVersionWeight * 1000) / 10} % of traffic moved to version ${d.appSpec.targetVersion}`;
    if (q.shiftedShare && !inRange(d.targetVersionWeight, q.shiftedShare.min, q.shiftedShare.max)) fails.push(shifted);
    const summary = `status ${d.status}${d.errorInformation ? ` (${d.errorInformation.code})` : ''}, creator ${d.creator}`;
    return {
      ok: fails.length === 0,
      detail: `deployment ${d.deploymentId}: ${fails.length ? fails.join(', ') : summary}${q.shiftedShare && fails.length === 0 ? `, ${shifted}` : ''}`,
    };
  }
  if ('deploymentCount' in p) {
    const n = now.codedeploy.deployments.length;
    return {
      ok: inRange(n, p.deploymentCount.min, p.deploymentCount.max),
      detail: `${n} deployment(s), wanted ${rangeText(p.deploymentCount.min, p.deploymentCount.max)}`,
    };
  }
  if ('alias' in p) {
    const q = p.alias;
    const a = fn(now, q.function)?.aliases.find((x) => x.Name === q.name);
    if (!a) return { ok: false, detail: `alias ${q.function}:${q.name} does not exist` };
    const shown = Object.entries(a.weights)
      .map(([v, w]) => `${v}: ${Math.round(w * 1000) / 10} %`)
      .join(', ');
    let ok = q.version === undefined || a.FunctionVersion === q.version;
    if (q.weights === 'none') ok &&= Object.keys(a.weights).length <= 1;
    else if (q.weights) ok &&= Object.entries(q.weights).every(([v, w]) => Math.abs((a.weights[v] ?? 0) - w) < 1e-6);
    return { ok, detail: `alias ${q.name} → version ${a.FunctionVersion} (${shown})` };
  }
  if ('errorThrown' in p) {
    const hit = phase.commandErrors.some((e) => e.includes(`(${p.errorThrown})`));
    return {
      ok: hit,
      detail: hit ? `a command failed with ${p.errorThrown}` : `no command failed with ${p.errorThrown}`,
    };
  }
  if ('noErrorThrown' in p) {
    const first = phase.commandErrors.find((e) => e.trim());
    return {
      ok: !first,
      detail: first ? `a command failed: ${first.trim().split('\n')[0]}` : 'every command succeeded',
    };
  }
  if ('noColdStartsOn' in p || 'coldStartsOn' in p) {
    const q = 'noColdStartsOn' in p ? { ...p.noColdStartsOn, min: undefined, max: 0 } : p.coldStartsOn;
    const v = versionOf(now, q.function, q.version);
    if (!v) return { ok: false, detail: `version ${q.function}:${q.version} does not exist` };
    const before = versionOf(phase.start, q.function, q.version)?.environments.coldStartsTotal ?? 0;
    const n = v.environments.coldStartsTotal - before;
    return { ok: inRange(n, q.min, q.max), detail: `${n} cold start(s) on version ${q.version} in this phase` };
  }
  if ('alarm' in p) {
    const a = now.cloudwatch.alarms.find((x) => x.name === p.alarm.name);
    return {
      ok: a?.state === p.alarm.state,
      detail: a ? `alarm ${a.name} is ${a.state}` : `alarm ${p.alarm.name} does not exist`,
    };
  }
  if ('alarmEverIn' in p) {
    const seen = phase.alarmStatesSeen.get(p.alarmEverIn.name);
    return {
      ok: seen?.has(p.alarmEverIn.state) ?? false,
      detail: `alarm ${p.alarmEverIn.name} was ${seen ? [...seen].join(', ') : 'never seen'}`,
    };
  }
  if ('versions' in p) {
    const n = fn(now, p.versions.function)?.versions.length ?? 0;
    return { ok: n === p.versions.count, detail: `${p.versions.function} has ${n} published version(s)` };
  }
  if ('versionTimeout' in p) {
    const q = p.versionTimeout;
    const v = versionOf(now, q.function, q.version);
    return {
      ok: v?.Timeout === q.seconds,
      detail: v
        ? `version ${q.version} has Timeout ${v.Timeout} s`
        : `version ${q.function}:${q.version} does not exist`,
    };
  }
  if ('deploymentMinutes' in p) {
    const q = p.deploymentMinutes;
    const d = pickDeployment(now, q.which);
    if (!d?.startTime || !d.completeTime)
      return { ok: false, detail: d ? `deployment ${d.deploymentId} has not finished` : 'no deployment exists' };
    const minutes = (d.completeTime - d.startTime) / 60_000;
    return {
      ok: inRange(minutes, q.min, q.max),
      detail: `deployment ${d.deploymentId} took ${minutes.toFixed(2)} min from start to finish`,
    };
  }
  if ('servedShare' in p) {
    const q = p.servedShare;
    const { byVersion, total } = servedSince(phase, now, q.function);
    const share = total ? (byVersion.get(q.version) ?? 0) / total : 0;
    return {
      ok: total > 0 && inRange(share, q.min, q.max),
      detail: `version ${q.version} served ${(share * 100).toFixed(1)} % of ${total} request(s)`,
    };
  }
  if ('failedRequests' in p) {
    const { errors } = servedSince(phase, now, '');
    return {
      ok: inRange(errors, p.failedRequests.min, p.failedRequests.max),
      detail: `${errors} request(s) failed in this phase`,
    };
  }
  if ('provisioned' in p) {
    const q = p.provisioned;
    const c = fn(now, q.function)?.provisionedConcurrency.find((x) => x.Qualifier === q.qualifier);
    if (!c) return { ok: false, detail: `no provisioned concurrency on ${q.function}:${q.qualifier}` };
    const ok =
      (q.status === undefined || c.Status === q.status) &&
      (q.allocatedMin === undefined || c.Allocated >= q.allocatedMin);
    return {
      ok,
      detail: `provisioned concurrency on ${q.qualifier}: ${c.Status}, ${c.Allocated}/${c.Requested} allocated`,
    };
  }
  if ('busyOn' in p) {
    const q = p.busyOn;
    const v = versionOf(now, q.function, q.version);
    if (!v) return { ok: false, detail: `version ${q.function}:${q.version} does not exist` };
    const n = v.environments.busy + v.environments.provisioned.busy;
    return { ok: inRange(n, q.min, q.max), detail: `${n} invocation(s) running on version ${q.version}` };
  }
  if ('lifecycleEvent' in p) {
    const q = p.lifecycleEvent;
    // Rollback deployments skip the hooks, so by default look at the newest deployment a person started.
    const d = pickDeployment(now, q.which ?? 'last-user');
    const e = d?.lifecycleEvents.find((x) => x.lifecycleEventName === q.name);
    return {
      ok: e?.status === q.status,
      detail: e ? `${q.name} of ${d?.deploymentId} is ${e.status}` : `no ${q.name} event`,
    };
  }
  // event
  const q = p.event;
  const n = now.events.filter(
    (e) => e.seq > phase.startSeq && e.type === q.type && (q.contains === undefined || e.message.includes(q.contains)),
  ).length;
  const min = q.min ?? (q.max === undefined ? 1 : undefined);
  return { ok: inRange(n, min, q.max), detail: `${n} "${q.type}" event(s) in this phase` };
}

/** Evaluates all predicates; the check holds when every one does. */
export function evaluateAll(
  ps: readonly Predicate[],
  now: WorldSnapshot,
  phase: PhaseObservation,
): { ok: boolean; results: PredicateResult[] } {
  const results = ps.map((p) => evaluate(p, now, phase));
  return { ok: results.every((r) => r.ok), results };
}
