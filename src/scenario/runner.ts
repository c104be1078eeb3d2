/**
 * Plays a scenario headless: setup → the watched deployment → run until the trap shows → a fix →
 * the goal. Tests use it to prove, for every scenario, that the trap really happens in the simulator,
 * that the reference fix reaches the goal and that the plausible wrong fix does not.
 */
import { createWorld, type World } from '../sim';
import { durationMs } from './duration';
import type { ScenarioCheck, ScenarioDef, Step } from './schema';
import { evaluateAll, observe, startPhase, type PhaseObservation, type PredicateResult } from './goals';
import { runSteps, writeFiles, type StepRecord } from './steps';
import { atOnce, type Pace } from './pace';

/** How often the checks are evaluated while simulated time runs (metrics and alarms move per minute). */
export const CHECK_EVERY_MS = 10_000;

export interface CheckOutcome {
  ok: boolean;
  /** Simulated ms from the start of the phase to the moment the check held (or gave up). */
  elapsedMs: number;
  results: PredicateResult[];
}

/**
 * Writes the scenario's files and runs its setup steps (strict: any unexpected failure throws). `pace`
 * decides how its waits spend simulated time (./pace.ts): at once by default, in cancellable slices for
 * a shared or custom scenario.
 */
export async function setUpScenario(world: World, def: ScenarioDef, pace: Pace = atOnce): Promise<StepRecord[]> {
  writeFiles(world, def.setup.files);
  return runSteps(world, def.setup.steps, `${def.id}: setup.steps`, true, pace);
}

/** Starts the act the learner watches (after predicting). */
export async function startScenarioAct(world: World, def: ScenarioDef, pace: Pace = atOnce): Promise<StepRecord[]> {
  return runSteps(world, def.setup.deployment ?? [], `${def.id}: setup.deployment`, true, pace);
}

/** Evaluates a check now, without moving time. */
export function checkNow(world: World, check: ScenarioCheck, phase: PhaseObservation, elapsedMs = 0): CheckOutcome {
  const snap = world.snapshot();
  observe(phase, snap);
  const { ok, results } = evaluateAll(check.all, snap, phase);
  return { ok, elapsedMs, results };
}

/** Advances the world in CHECK_EVERY_MS slices until the check holds or its `within` has passed. */
export async function advanceUntil(
  world: World,
  check: ScenarioCheck,
  phase: PhaseObservation,
  pace: Pace = atOnce,
): Promise<CheckOutcome> {
  const limit = durationMs(check.within);
  let elapsed = 0;
  let outcome = checkNow(world, check, phase, elapsed);
  while (!outcome.ok && elapsed < limit) {
    const slice = Math.min(CHECK_EVERY_MS, limit - elapsed);
    await pace.advance(world, slice);
    elapsed += slice;
    outcome = checkNow(world, check, phase, elapsed);
  }
  return outcome;
}

export type FixChoice = 'reference' | 'wrong' | readonly Step[];

export interface ScenarioRunResult {
  world: World;
  setup: StepRecord[];
  act: StepRecord[];
  /** The trap outcome (`run.until`): did it really happen? */
  trap: CheckOutcome;
  fix?: { steps: StepRecord[]; goal: CheckOutcome };
}

/** Applies a fix: writes its files, runs its steps (the reference fix strictly), then waits for the goal. */
export async function applyFix(
  world: World,
  def: ScenarioDef,
  fix: FixChoice,
  pace: Pace = atOnce,
): Promise<NonNullable<ScenarioRunResult['fix']>> {
  const phase = startPhase(world.snapshot());
  const solution =
    fix === 'reference' ? def.fix.reference : fix === 'wrong' ? def.fix.wrong : { steps: fix, files: undefined };
  writeFiles(world, solution.files);
  const steps = await runSteps(
    world,
    solution.steps,
    `${def.id}: fix.${typeof fix === 'string' ? fix : 'learner'}.steps`,
    fix === 'reference',
    pace,
  );
  phase.commandErrors.push(...steps.map((s) => s.stderr).filter((e) => e.trim() !== ''));
  return { steps, goal: await advanceUntil(world, def.goal, phase, pace) };
}

export async function runScenario(
  def: ScenarioDef,
  options: { seed: number; fix?: FixChoice; pace?: Pace },
): Promise<ScenarioRunResult> {
  const pace = options.pace ?? atOnce;
  const world = createWorld({ seed: options.seed });
  const setup = await setUpScenario(world, def, pace);
  const phase = startPhase(world.snapshot());
  const act = await startScenarioAct(world, def, pace);
  phase.commandErrors.push(...act.map((s) => s.stderr).filter((e) => e.trim() !== ''));
  const trap = await advanceUntil(world, def.run.until, phase, pace);
  const result: ScenarioRunResult = { world, setup, act, trap };
  if (options.fix !== undefined) result.fix = await applyFix(world, def, options.fix, pace);
  return result;
}
