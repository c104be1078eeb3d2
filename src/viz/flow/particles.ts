import type { FlowModel, Outcome } from './flowModel';
import { OUTCOMES } from './flowModel';
import { pointOnLink, type FlowLayout, type LinkGeometry } from './flowLayout';
import type { OutcomeMix, VersionService } from './flowOutcomes';
import { errorShareByVersion, outcomeMix } from './flowOutcomes';

/**
 * Particles are samples, not requests: at 1,000 requests a second the view still draws at most
 * PARTICLE_BUDGET_PER_SECOND new particles a second, each route keeping its share of the total and
 * each particle's colour drawn from the route's outcome mix, so the picture keeps the proportions.
 */
export const PARTICLE_BUDGET_PER_SECOND = 40;
/** Real-time milliseconds a particle takes from the invoker to the version. */
export const TRAVEL_MS = 1800;
/**
 * Rare outcomes (function errors, throttles) are drawn at least this many times a second per route,
 * so a 10 % canary failing one request in ten visibly shows red; the legend says they are
 * over-drawn, and the numbers in the boxes and the table stay exact.
 */
export const MIN_RARE_PER_SECOND = 1.5;
const RARE: readonly Outcome[] = ['error', 'throttled'];

export interface ParticleRoute {
  id: string;
  invokerId: string;
  version: string;
  first: LinkGeometry;
  second: LinkGeometry;
  ratePerSecond: number;
  mix: OutcomeMix;
}

export interface Particle {
  route: string;
  outcome: Outcome;
  /** Real-time ms since the particle left the invoker. */
  age: number;
}

/** One route per invoker and version it reaches: invoker → target → version. */
export function particleRoutes(
  model: FlowModel,
  layout: FlowLayout,
  service: Map<string, VersionService>,
): ParticleRoute[] {
  const linkById = new Map(layout.links.map((l) => [l.id, l]));
  const errorRates = (fn: string) =>
    Object.fromEntries(model.versions.filter((v) => v.functionName === fn).map((v) => [v.version, v.errorRate]));
  const routes: ParticleRoute[] = [];
  for (const inv of model.invokers) {
    const target = model.targets.find((t) => t.id === inv.targetId);
    const first = linkById.get(`${inv.id}->${inv.targetId}`);
    if (!target || !first) continue;
    const errorShares = errorShareByVersion(inv, errorRates(target.functionName));
    for (const [version, weight] of Object.entries(target.weights)) {
      const versionId = `${target.functionName}:${version}`;
      const second = linkById.get(`${target.id}->${versionId}`);
      if (!second || weight <= 0) continue;
      // A version with no requests in the last finished minute (a canary that has just started) has no
      // measured share yet: its code's own error rate stands in, so the first minute of a bad canary is
      // already red instead of only after the alarm has fired. The boxes' numbers stay the measured ones.
      const mix = outcomeMix(
        inv,
        errorShares[version] ?? errorRates(target.functionName)[version] ?? 0,
        service.get(versionId) ?? { coldStart: 0, provisioned: 0 },
      );
      routes.push({
        id: `${inv.id}|${versionId}`,
        invokerId: inv.id,
        version,
        first,
        second,
        ratePerSecond: inv.ratePerSecond * weight,
        mix,
      });
    }
  }
  return routes;
}

/** Particles per real second for each route: the real rates, scaled down together to fit the budget. */
export function emissionRates(
  routes: readonly Pick<ParticleRoute, 'id' | 'ratePerSecond'>[],
  budget = PARTICLE_BUDGET_PER_SECOND,
): Map<string, number> {
  const total = routes.reduce((s, r) => s + r.ratePerSecond, 0);
  const factor = total > budget ? budget / total : 1;
  return new Map(routes.map((r) => [r.id, r.ratePerSecond * factor]));
}

/** The outcome whose cumulative share first exceeds u (u uniform in [0, 1)). */
export function pickOutcome(mix: OutcomeMix, u: number): Outcome {
  let acc = 0;
  for (const o of OUTCOMES) {
    acc += mix[o];
    if (u < acc) return o;
  }
  return 'success';
}

/**
 * New particles for `dtMs` of real time. `carry` holds each route's fractional particle between
 * frames, so a route at 0.5 particles a second still emits one every two seconds.
 */
export function emitParticles(
  routes: readonly ParticleRoute[],
  carry: Map<string, number>,
  dtMs: number,
  random: () => number,
  budget = PARTICLE_BUDGET_PER_SECOND,
  minRarePerSecond = 0,
): Particle[] {
  const rates = emissionRates(routes, budget);
  const out: Particle[] = [];
  for (const r of routes) {
    const rate = rates.get(r.id) ?? 0;
    let due = (carry.get(r.id) ?? 0) + (rate * dtMs) / 1000;
    while (due >= 1) {
      due -= 1;
      out.push({ route: r.id, outcome: pickOutcome(r.mix, random()), age: 0 });
    }
    carry.set(r.id, due);
    // A rare outcome the mix draws less often than the minimum visible rate gets that many more a second.
    for (const o of RARE) {
      if (minRarePerSecond <= 0 || r.mix[o] <= 0 || rate * r.mix[o] >= minRarePerSecond) continue;
      const extra = minRarePerSecond;
      const key = `${r.id}|${o}`;
      let rare = (carry.get(key) ?? 0) + (extra * dtMs) / 1000;
      while (rare >= 1) {
        rare -= 1;
        out.push({ route: r.id, outcome: o, age: 0 });
      }
      carry.set(key, rare);
    }
  }
  return out;
}

/**
 * Where a particle is: the first half of its trip on invoker → target, the second on target →
 * version. A throttled request never runs (429 TooManyRequestsException), so it stops at the target.
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html
 */
export function particlePosition(
  route: Pick<ParticleRoute, 'first' | 'second'>,
  p: Pick<Particle, 'age' | 'outcome'>,
  travelMs = TRAVEL_MS,
): { x: number; y: number; done: boolean } {
  const t = p.age / travelMs;
  const end = p.outcome === 'throttled' ? 0.5 : 1;
  if (t >= end) return { ...(end === 1 ? pointOnLink(route.second, 1) : pointOnLink(route.first, 1)), done: true };
  return { ...(t < 0.5 ? pointOnLink(route.first, t * 2) : pointOnLink(route.second, t * 2 - 1)), done: false };
}

/** A small seeded generator (mulberry32), so particle colours are reproducible in tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
