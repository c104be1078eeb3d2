import { createActor, type Actor } from 'xstate';
import type { Rng } from '../core/rng';
import type { Scheduler } from '../core/scheduler';
import { pcAllocationMachine } from './pcAllocationMachine';
import type { FunctionRecord, VersionRecord } from './model';

/**
 * Provisioned concurrency (https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html): configuration records, their allocation, and how
 * allocated environments are spread over versions.
 */
export type PcStatus = 'IN_PROGRESS' | 'READY' | 'FAILED';

export interface PcConfigRecord {
  qualifier: string;
  kind: 'version' | 'alias';
  requested: number;
  allocated: number;
  status: PcStatus;
  statusReason?: string;
  lastModified: string;
  /** For an alias: the primary version the allocation was made for. */
  allocatedFor?: string;
  actor?: Actor<typeof pcAllocationMachine>;
}

/**
 * Allocation time. AWS: allocation starts after "a minute or two of preparation"
 * (https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html); one observed alias
 * re-allocation took 6–8 minutes (recorded in a public AWS-validated test). We draw 60–120 s of preparation plus 30–150 s of
 * allocation from the seeded RNG: 1.5–4.5 minutes, reproducible per seed.
 */
const drawAllocationMs = (rng: Rng): number => Math.round(60_000 + rng.next() * 60_000 + 30_000 + rng.next() * 120_000);

/**
 * The init limit for provisioned environments is 130 s or the function timeout, whichever is higher
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html). A version whose
 * simulated init takes longer cannot be provisioned: the config ends FAILED.
 */
const initFailsForPc = (v: VersionRecord): boolean =>
  v.code.parsed.behaviour.initDurationMs > Math.max(130_000, v.settings.Timeout * 1000);

/** Real StatusReason seen for a failed init (https://github.com/serverless/serverless/issues/7250). */
export const PC_INIT_FAILURE_REASON =
  'Provisioned Concurrency configuration failed to be applied. Reason: FUNCTION_ERROR_INIT_FAILURE.';

/** Starts (or restarts) allocation; `onDone` runs when the machine reaches READY or FAILED. */
export function startAllocation(
  cfg: PcConfigRecord,
  target: VersionRecord,
  scheduler: Scheduler,
  rng: Rng,
  onDone: (status: 'READY' | 'FAILED') => void,
): void {
  cfg.actor?.stop();
  cfg.status = 'IN_PROGRESS';
  cfg.allocated = 0;
  delete cfg.statusReason;
  const actor = createActor(pcAllocationMachine, {
    clock: scheduler,
    input: { allocationMs: drawAllocationMs(rng), initFails: initFailsForPc(target) },
  });
  cfg.actor = actor;
  actor.subscribe((snap) => {
    if (snap.value === 'READY' || snap.value === 'FAILED') onDone(snap.value);
  });
  actor.start();
}

/**
 * Sets each version's ready provisioned environments from the READY configs.
 *
 * A config on a weighted alias is split in proportion to the weights. APPROXIMATE: AWS documents
 * no formula, only that the allocated figure "fluctuates depending on the amount of concurrency
 * that is provisioned for the function versions"
 * (https://docs.aws.amazon.com/lambda/latest/dg/API_PutProvisionedConcurrencyConfig.html);
 * https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html. Views must label per-version figures as approximate.
 */
export function applyProvisionedSplit(fn: FunctionRecord): void {
  for (const v of fn.versions.values()) v.pool.pcCapacity = 0;
  fn.latest.pool.pcCapacity = 0;
  for (const cfg of fn.pc.values()) {
    if (cfg.status !== 'READY') continue;
    if (cfg.kind === 'version') {
      const v = fn.versions.get(cfg.qualifier);
      if (v) v.pool.pcCapacity += cfg.allocated;
      continue;
    }
    const alias = fn.aliases.get(cfg.qualifier);
    if (!alias) continue;
    const primary = fn.versions.get(alias.functionVersion);
    const extra = alias.additional ? fn.versions.get(alias.additional.version) : undefined;
    const toExtra = extra && alias.additional ? Math.round(cfg.allocated * alias.additional.weight) : 0;
    if (extra) extra.pool.pcCapacity += toExtra;
    if (primary) primary.pool.pcCapacity += cfg.allocated - toExtra;
  }
}

/** Sum of provisioned concurrency a function holds (requested, as it counts against limits). */
export const provisionedTotal = (fn: FunctionRecord, except?: string): number => {
  let n = 0;
  for (const cfg of fn.pc.values()) if (cfg.qualifier !== except && cfg.status !== 'FAILED') n += cfg.requested;
  return n;
};
