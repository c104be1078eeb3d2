import { createWorld, type World } from '../../../sim';
import type { TrafficStep } from '../../../sim/codedeploy';
import { setUpCompareWorld, startCompareDeployment, COMPARE_FUNCTION } from './compareSetup';

/**
 * The compare mode's model, headless: the same seeded world, three deployment configurations, and
 * for each how many requests failed before CodeDeploy rolled the alias back. The view only draws it.
 */
export const COMPARE_STRATEGIES = [
  { key: 'canary', label: 'Canary', deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes' },
  { key: 'linear', label: 'Linear', deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute' },
  { key: 'allAtOnce', label: 'All at once', deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce' },
] as const;

export type StrategyKey = (typeof COMPARE_STRATEGIES)[number]['key'];

export interface CompareOptions {
  seed?: number;
  /** Share of requests the faulty version fails (0–1). */
  errorRate?: number;
  ratePerSecond?: number;
  /** Traffic before the deployment starts, so the alarm has seen healthy minutes (simulated ms). */
  warmUpMs?: number;
  /** Give up after this long after the deployment started (simulated ms). */
  maxRunMs?: number;
  /** Resolution of the measurement (simulated ms). */
  stepMs?: number;
}

export interface StrategyResult {
  key: StrategyKey;
  label: string;
  deploymentConfigName: string;
  deploymentId: string;
  /** Final status of the deployment itself: Stopped when an alarm stopped it. */
  status: string;
  errorCode?: string;
  rollbackDeploymentId?: string;
  /** Requests that failed between the deployment's start and the rollback (or the end of the run). */
  failedRequests: number;
  /** Requests that reached the faulty version in that window. */
  requestsOnNewVersion: number;
  totalRequests: number;
  startTime: number;
  allowTrafficStartTime?: number;
  /** When the rollback put the alias back on the old version; undefined if it never did. */
  rollbackTime?: number;
  /** rollbackTime − startTime. */
  timeToRollbackMs?: number;
  endTime: number;
  plannedSchedule: TrafficStep[];
  weightHistory: { time: number; weight: number }[];
  /** Cumulative failed requests, sampled every stepMs from the start: for small charts. */
  failedSeries: { time: number; failed: number }[];
}

export interface CompareRun {
  seed: number;
  errorRate: number;
  ratePerSecond: number;
  results: StrategyResult[];
}

const DEFAULTS = {
  seed: 42,
  errorRate: 0.25,
  ratePerSecond: 50,
  warmUpMs: 120_000,
  maxRunMs: 20 * 60_000,
  stepMs: 5_000,
};

const settled = (status: string) => status !== 'Created' && status !== 'InProgress' && status !== 'Queued';

function trafficTotals(world: World): { invocations: number; errors: number; onNew: number } {
  const source = world.traffic.list()[0];
  return {
    invocations: source?.total.invocations ?? 0,
    errors: source?.total.errors ?? 0,
    onNew: source?.total.byVersion['2'] ?? 0,
  };
}

export async function runStrategy(key: StrategyKey, options: CompareOptions = {}): Promise<StrategyResult> {
  const o = { ...DEFAULTS, ...options };
  const strategy = COMPARE_STRATEGIES.find((s) => s.key === key)!;
  const world = createWorld({ seed: o.seed });
  const setupStart = world.clock.now();
  setUpCompareWorld(world, { errorRate: o.errorRate, ratePerSecond: o.ratePerSecond });
  // The warm-up counts from the world's start: the setup's waits for the functions to be ready
  // (a few simulated seconds) do not push the deployment off its usual start time.
  world.advance(Math.max(0, o.warmUpMs - (world.clock.now() - setupStart)));

  const before = trafficTotals(world);
  const startTime = world.clock.now();
  const deploymentId = await startCompareDeployment(world, strategy.deploymentConfigName);
  const failedSeries = [{ time: startTime, failed: 0 }];
  let info = world.codedeploy.getDeployment({ deploymentId });
  // Step until the deployment settles; a rollback happens at that same instant (spec §3.3: the
  // rollback is a new deployment that puts the alias back in one step).
  while (!settled(String(info.deploymentInfo?.status)) && world.clock.now() - startTime < o.maxRunMs) {
    world.advance(o.stepMs);
    failedSeries.push({ time: world.clock.now(), failed: trafficTotals(world).errors - before.errors });
    info = world.codedeploy.getDeployment({ deploymentId });
  }
  const after = trafficTotals(world);
  const record = world.snapshot().codedeploy.deployments.find((d) => d.deploymentId === deploymentId)!;
  const rollbackId = record.rollbackInfo?.rollbackDeploymentId;
  const rollback = rollbackId
    ? world.snapshot().codedeploy.deployments.find((d) => d.deploymentId === rollbackId)
    : undefined;
  const rollbackTime = rollback?.status === 'Succeeded' ? rollback.completeTime : undefined;
  return {
    key,
    label: strategy.label,
    deploymentConfigName: strategy.deploymentConfigName,
    deploymentId,
    status: record.status,
    ...(record.errorInformation ? { errorCode: record.errorInformation.code } : {}),
    ...(rollbackId ? { rollbackDeploymentId: rollbackId } : {}),
    failedRequests: after.errors - before.errors,
    requestsOnNewVersion: after.onNew - before.onNew,
    totalRequests: after.invocations - before.invocations,
    startTime,
    ...(record.allowTrafficStartTime !== undefined ? { allowTrafficStartTime: record.allowTrafficStartTime } : {}),
    ...(rollbackTime !== undefined ? { rollbackTime, timeToRollbackMs: rollbackTime - startTime } : {}),
    endTime: world.clock.now(),
    plannedSchedule: record.plannedSchedule.map((s) => ({ ...s })),
    weightHistory: record.weightHistory.map((w) => ({ ...w })),
    failedSeries,
  };
}

/** Runs the three strategies on identical worlds (same seed, same traffic, same faulty version). */
export async function runCompare(options: CompareOptions = {}): Promise<CompareRun> {
  const o = { ...DEFAULTS, ...options };
  const results: StrategyResult[] = [];
  for (const s of COMPARE_STRATEGIES) results.push(await runStrategy(s.key, o));
  return { seed: o.seed, errorRate: o.errorRate, ratePerSecond: o.ratePerSecond, results };
}

export { COMPARE_FUNCTION };
