/**
 * The AWS rules that compute the key of a behavioural question. Pure functions, no randomness, so that
 * the same rule checks the hand-written bank (its `sim:` blocks) and keys the generated template variants.
 * Each rule is written from the AWS documentation on its own, not borrowed from the simulator, so the
 * simulator check (tests/unit/content/questionSim.test.ts) compares two independent readings; each rule
 * stays one small function so it can be swapped.
 *
 * Where AWS is ambiguous a rule throws `AmbiguousRuleError` instead of guessing, and generators steer
 * clear of those inputs: an exam question must never hinge on an unconfirmed number.
 */
import { PREDEFINED_LAMBDA_CONFIGS } from './questionVocabulary';
import type {
  AliasErrorName,
  AliasValidationSim,
  DeploymentConfigRef,
  DeploymentOutcomeSim,
  PublishSequenceSim,
} from './questionsSchema';

export class AmbiguousRuleError extends Error {
  override name = 'AmbiguousRuleError';
}

export interface ShiftPlan {
  type: 'TimeBasedCanary' | 'TimeBasedLinear' | 'AllAtOnce';
  percentage: number;
  intervalMinutes: number;
}

const PREDEFINED =
  /^CodeDeployDefault\.Lambda(?:(Canary)(\d+)Percent(\d+)Minutes|(Linear)(\d+)PercentEvery(\d+)Minutes?|(AllAtOnce))$/;

/** Reads a predefined name or a custom config into type / percentage / interval. */
export function shiftPlanOf(config: DeploymentConfigRef): ShiftPlan {
  if (typeof config !== 'string') return { ...config };
  // Only the nine real names: LambdaLinear10PercentEvery1Minutes (the ECS-style plural) does not exist.
  const m = (PREDEFINED_LAMBDA_CONFIGS as readonly string[]).includes(config) ? PREDEFINED.exec(config) : null;
  if (!m) throw new Error(`unknown deployment configuration ${config}`);
  if (m[7]) return { type: 'AllAtOnce', percentage: 100, intervalMinutes: 0 };
  if (m[1]) return { type: 'TimeBasedCanary', percentage: Number(m[2]), intervalMinutes: Number(m[3]) };
  return { type: 'TimeBasedLinear', percentage: Number(m[5]), intervalMinutes: Number(m[6]) };
}

/**
 * Minutes (from the first shift) at which each traffic shift happens.
 * Canary: p % at 0, the rest at canaryInterval ("minutes between the first and second traffic shifts").
 * Linear: p % more "at the start of each increment", increments linearInterval apart, so the last shift
 * is at (ceil(100/p) − 1) × interval; Linear10PercentEvery1Minute reaches 100 % at t = 9 per the API
 * definitions below (AWS prose elsewhere says about 10 minutes; we follow the API reference).
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedCanary.html
 */
export function shiftMinutes(config: DeploymentConfigRef): number[] {
  const plan = shiftPlanOf(config);
  if (plan.type === 'AllAtOnce') return [0];
  if (plan.type === 'TimeBasedCanary') return [0, plan.intervalMinutes];
  const shifts = Math.ceil(100 / plan.percentage);
  return Array.from({ length: shifts }, (_, k) => k * plan.intervalMinutes);
}

/** Minutes from the first traffic shift to the one that reaches 100 %. */
export function firstToLastShiftMinutes(config: DeploymentConfigRef): number {
  const shifts = shiftMinutes(config);
  return shifts[shifts.length - 1]!; // shiftMinutes always returns at least one shift
}

/**
 * The new version's share (0–100 %) of the alias's traffic `minutes` after shifting began, read from the
 * documented rules rather than the simulator's schedule:
 * - canary: the canary percentage until the interval has passed, then all of it;
 * - linear: one more step of the percentage at the start of each interval, capped at 100 %;
 * - all-at-once: all of it from the first moment.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html
 */
export function expectedWeightAt(config: DeploymentConfigRef, minutes: number): number {
  const plan = shiftPlanOf(config); // rejects names that are not one of the nine real configurations
  if (minutes < 0) return 0;
  if (plan.type === 'AllAtOnce') return 100;
  if (plan.type === 'TimeBasedCanary') return minutes < plan.intervalMinutes ? plan.percentage : 100;
  const stepsTaken = Math.floor(minutes / plan.intervalMinutes) + 1;
  return Math.min(100, stepsTaken * plan.percentage);
}

/**
 * Linear totals are the one place AWS text disagrees (N − 1 vs N intervals), so any time between the
 * last shift and N × interval is a window no question may rely on.
 */
export function isInLinearAmbiguousWindow(config: DeploymentConfigRef, minutes: number): boolean {
  const plan = shiftPlanOf(config);
  if (plan.type !== 'TimeBasedLinear') return false;
  const last = firstToLastShiftMinutes(config);
  return minutes >= last && minutes <= Math.ceil(100 / plan.percentage) * plan.intervalMinutes + 1;
}

/** A hook that never calls PutLifecycleEventHookExecutionStatus fails after one hour.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda */
export const HOOK_TIMEOUT_MINUTES = 60;

export interface DeploymentOutcome {
  status: 'Succeeded' | 'Failed' | 'Stopped';
  aliasVersion: 'old' | 'new' | 'split';
  rollback: boolean;
}

function aliasAt(config: DeploymentConfigRef, minutes: number): DeploymentOutcome['aliasVersion'] {
  // An alarm already firing when the deployment starts stops it before the first shift
  // (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-configure-advanced-options.html).
  const w = minutes <= 0 ? 0 : expectedWeightAt(config, minutes);
  return w <= 0 ? 'old' : w >= 100 ? 'new' : 'split';
}

/**
 * Outcome of one deployment:
 * - only an alarm in ALARM stops it (status Stopped); INSUFFICIENT_DATA is ignored;
 * - alarms count only until the deployment has finished (after the last shift and AfterAllowTraffic);
 * - a hook that reports Failed, or nothing within an hour, fails it (status Failed);
 * - a BeforeAllowTraffic failure happens before any traffic moves;
 * - a rollback is a new deployment that puts the alias back on the original version; without one the
 *   alias stays where the schedule had put it (possibly split).
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
 */
export function expectedDeploymentOutcome(sim: Omit<DeploymentOutcomeSim, 'kind' | 'expect'>): DeploymentOutcome {
  const autoRollback = sim.autoRollback ?? true;
  const failed = (alias: DeploymentOutcome['aliasVersion']): DeploymentOutcome =>
    autoRollback
      ? { status: 'Failed', aliasVersion: 'old', rollback: true }
      : { status: 'Failed', aliasVersion: alias, rollback: false };

  if (sim.hook?.event === 'BeforeAllowTraffic' && sim.hook.reports !== 'Succeeded') {
    if (sim.alarm || sim.stop) throw new AmbiguousRuleError('combine a BeforeAllowTraffic failure with nothing else');
    return failed('old');
  }

  const lastShift = firstToLastShiftMinutes(sim.config);
  const after = sim.hook?.event === 'AfterAllowTraffic' ? sim.hook.reports : undefined;
  const end = lastShift + (after === 'nothing' ? HOOK_TIMEOUT_MINUTES : 0);

  const interruptions: { at: number; outcome: DeploymentOutcome }[] = [];
  if (sim.alarm?.state === 'ALARM') {
    const at = sim.alarm.atMinutes;
    if (isInLinearAmbiguousWindow(sim.config, at))
      throw new AmbiguousRuleError('alarm time falls where AWS text disagrees on the linear total');
    if (at === lastShift && at > 0) throw new AmbiguousRuleError('alarm exactly at the last shift');
    const stillRunning = at < end || (at === 0 && end === 0);
    if (stillRunning) {
      interruptions.push({
        at,
        outcome: autoRollback
          ? { status: 'Stopped', aliasVersion: 'old', rollback: true }
          : { status: 'Stopped', aliasVersion: aliasAt(sim.config, at), rollback: false },
      });
    }
  }
  if (sim.stop) {
    const at = sim.stop.atMinutes;
    if (isInLinearAmbiguousWindow(sim.config, at) || at === lastShift)
      throw new AmbiguousRuleError('stop time on a boundary');
    if (at < end) {
      interruptions.push({
        at,
        outcome: sim.stop.rollback
          ? { status: 'Stopped', aliasVersion: 'old', rollback: true }
          : { status: 'Stopped', aliasVersion: aliasAt(sim.config, at), rollback: false },
      });
    }
  }
  interruptions.sort((a, b) => a.at - b.at);
  const first = interruptions[0];
  if (first) return first.outcome;
  if (after === 'Failed' || after === 'nothing') return failed('new');
  return { status: 'Succeeded', aliasVersion: 'new', rollback: false };
}

export interface PublishResult {
  versions: number[];
  returned: number[];
}

/**
 * Lambda version numbering: numbers only ever increase and are never reused;
 * PublishVersion with nothing changed since the most recent published version returns that version.
 * https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html
 */
export function expectedPublishResult(steps: PublishSequenceSim['steps']): PublishResult {
  if (steps[0] !== 'create') throw new Error('a publish sequence starts with create');
  let counter = 0;
  let lastPublished: number | undefined;
  let changed = false;
  const existing = new Set<number>();
  const returned: number[] = [];
  for (const step of steps.slice(1)) {
    if (step === 'create') throw new Error('create may appear only first');
    if (step === 'update-code' || step === 'update-config') changed = true;
    else if (step === 'publish') {
      if (lastPublished === undefined || changed) {
        counter += 1;
        existing.add(counter);
        lastPublished = counter;
        changed = false;
      } else if (!existing.has(lastPublished)) {
        throw new AmbiguousRuleError('unchanged publish after deleting the most recent version is undocumented');
      }
      returned.push(lastPublished);
    } else {
      const n = Number(step.split(':')[1]);
      if (!existing.has(n))
        throw new AmbiguousRuleError(`deleting version ${n}, which does not exist, is undocumented`);
      existing.delete(n);
    }
  }
  return { versions: [...existing].sort((a, b) => a - b), returned };
}

/**
 * CreateAlias/UpdateAlias RoutingConfig validation, checked in LocalStack's order:
 * count → range → same-as-primary → $LATEST primary → key pattern → existence → role.
 * Exactly 1.0 is uncertain (documented range vs. recorded behaviour), so it is refused as ambiguous.
 * https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html
 */
export function expectedAliasError(sim: Omit<AliasValidationSim, 'kind' | 'expect'>): AliasErrorName | null {
  const entries = Object.entries(sim.weights);
  if (!/^(\$LATEST|[0-9]+)$/.test(sim.functionVersion)) return 'ValidationException';
  if (entries.length > 1) return 'InvalidParameterValueException';
  if (entries.some(([, w]) => w === 1)) throw new AmbiguousRuleError('a weight of exactly 1.0 is uncertain');
  if (entries.some(([, w]) => w < 0 || w > 1)) return 'ValidationException';
  if (entries.some(([k]) => k === sim.functionVersion)) return 'InvalidParameterValueException';
  if (entries.length > 0 && sim.functionVersion === '$LATEST') return 'InvalidParameterValueException';
  if (entries.some(([k]) => !/^[0-9]+$/.test(k))) return 'ValidationException';
  const named = [sim.functionVersion, ...entries.map(([k]) => k)].filter((v) => v !== '$LATEST').map(Number);
  const published = new Set(sim.publishedVersions ?? named);
  if (named.some((v) => !published.has(v))) return 'ResourceNotFoundException';
  if (entries.length > 0 && !sim.sameRole) return 'InvalidParameterValueException';
  return null;
}
