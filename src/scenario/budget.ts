/**
 * The total work a shared or custom scenario asks of the simulator, worked out from its data before
 * anything runs: simulated time (every wait and every check's `within`) and simulated requests
 * (each traffic source's rate × the simulated time it is on), along the longest path a run can
 * take (setup → watched act → trap check → the longer of the two fixes → goal check).
 * Per-step bounds alone let a short link add up to billions of requests (issue 21): this is the total.
 */
import { durationMs } from './duration';
import type { Step } from './schema';
import type { AnyScenarioDef } from './custom';

export interface ScenarioCost {
  /** Simulated requests over the longest run. */
  requests: number;
  /** Simulated milliseconds over the longest run. */
  simulatedMs: number;
  /** Traffic sources started, over the whole scenario. */
  sources: number;
}

/**
 * The budget. The built-in scenarios need at most 111,000 simulated requests, 82 minutes of simulated
 * time and 2 sources (tests/unit/scenario/scenarioBudget.test.ts checks every one fits); the limits
 * leave several times that room for a facilitator's own while keeping a run to seconds of work.
 */
export const SCENARIO_BUDGET = { requests: 1_000_000, simulatedMs: 6 * 3_600_000, sources: 8 } as const;

interface Running {
  requests: number;
  simulatedMs: number;
  sources: number;
  /** Active sources: target and rate. */
  active: { target: string; rate: number }[];
}

const clone = (r: Running): Running => ({ ...r, active: r.active.map((a) => ({ ...a })) });

function pass(r: Running, ms: number): void {
  const rate = r.active.reduce((sum, a) => sum + a.rate, 0);
  r.requests += (rate * ms) / 1000;
  r.simulatedMs += ms;
}

function walk(r: Running, steps: readonly Step[] | undefined): void {
  for (const step of steps ?? []) {
    if (typeof step !== 'object') continue;
    if ('wait' in step) pass(r, durationMs(step.wait));
    else if ('traffic' in step) {
      r.active.push({ target: step.traffic.target, rate: step.traffic.ratePerSecond });
      r.sources++;
    } else if ('stopTraffic' in step) r.active = r.active.filter((a) => a.target !== step.stopTraffic);
  }
}

export function scenarioCost(s: AnyScenarioDef): ScenarioCost {
  const r: Running = { requests: 0, simulatedMs: 0, sources: 0, active: [] };
  walk(r, s.setup.steps);
  walk(r, s.setup.deployment);
  pass(r, durationMs(s.run.until.within));
  const afterFix = [s.fix.reference.steps, s.fix.wrong.steps].map((steps) => {
    const branch = clone(r);
    walk(branch, steps);
    pass(branch, durationMs(s.goal.within));
    return branch;
  });
  const worst = afterFix.reduce((a, b) => (b.requests > a.requests ? b : a));
  return {
    requests: Math.round(worst.requests),
    simulatedMs: Math.max(...afterFix.map((b) => b.simulatedMs)),
    sources: Math.max(...afterFix.map((b) => b.sources)),
  };
}

/** The simulated time a list of steps spends waiting (a setup's waits, for the player's progress bar). */
export function stepsWaitMs(steps: readonly Step[] | undefined): number {
  const r: Running = { requests: 0, simulatedMs: 0, sources: 0, active: [] };
  walk(r, steps);
  return r.simulatedMs;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const hours = (ms: number) => `${Math.round((ms / 3_600_000) * 10) / 10} h`;

/** Problems, worded for the facilitator, when a scenario goes over the budget. */
export function budgetIssues(s: AnyScenarioDef): { path: string[]; message: string }[] {
  const cost = scenarioCost(s);
  const issues: { path: string[]; message: string }[] = [];
  if (cost.requests > SCENARIO_BUDGET.requests)
    issues.push({
      path: ['setup'],
      message: `this scenario would simulate about ${fmt(cost.requests)} requests (traffic rate × simulated time, summed over setup, waits and checks); the limit is ${fmt(SCENARIO_BUDGET.requests)}. Lower the rates or shorten the waits`,
    });
  if (cost.simulatedMs > SCENARIO_BUDGET.simulatedMs)
    issues.push({
      path: ['setup'],
      message: `its waits and checks add up to ${hours(cost.simulatedMs)} of simulated time; the limit is ${hours(SCENARIO_BUDGET.simulatedMs)}`,
    });
  if (cost.sources > SCENARIO_BUDGET.sources)
    issues.push({
      path: ['setup'],
      message: `it starts ${cost.sources} traffic sources; the limit is ${SCENARIO_BUDGET.sources}`,
    });
  return issues;
}
