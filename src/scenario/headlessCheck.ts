/**
 * "Validate" in the builder: the scenario is run headless, exactly as the repository's scenario tests run
 * the built-in ones (src/scenario/runner.ts), before it may be saved or shared. It must set up without an
 * unexpected command failure, its trap must really show without the fix, and its reference fix must really
 * reach the goal. The wrong fix reaching the goal too is reported as a warning (it would teach nothing).
 */
import { runScenario, type CheckOutcome } from './runner';
import { ScenarioStepError } from './steps';
import { asRunnableScenario, type AnyScenarioDef } from './custom';
import { scenarioCost } from './budget';
import { isCancelled, sliced, type SliceOptions } from './pace';

/** The seed the builder validates with and a shared scenario opens with (the player's default). */
export const VALIDATION_SEED = 42;

export type HeadlessVerdict =
  | {
      kind: 'step-failed';
      /** Where in the scenario, e.g. `setup.steps[2]` or `fix.reference.steps[0]`. */
      where: string;
      command: string;
      /** The CLI's own error text (AWS error message), or why an expected failure did not happen. */
      error: string;
    }
  | { kind: 'crashed'; message: string }
  /** The learner pressed Cancel: nothing was decided. */
  | { kind: 'cancelled' }
  | { kind: 'ran'; trap: CheckOutcome; goal: CheckOutcome; wrongFixReachesGoal: boolean };

export const verdictPassed = (v: HeadlessVerdict): boolean => v.kind === 'ran' && v.trap.ok && v.goal.ok;

function stepFailure(error: ScenarioStepError, id: string): HeadlessVerdict {
  const where = error.where.startsWith(`${id}: `) ? error.where.slice(id.length + 2) : error.where;
  const { record } = error;
  const text =
    record.exitCode === 0
      ? 'the command succeeded, but the line says it must fail'
      : record.stderr.trim() || `exit code ${record.exitCode}`;
  return { kind: 'step-failed', where, command: record.label, error: text };
}

export interface ValidationProgress {
  /** Simulated milliseconds run so far, over both runs. */
  doneMs: number;
  /** The most the two runs can take (each at most the scenario's longest path); checks that hold end them sooner. */
  totalMs: number;
}

export interface ValidationControl {
  /** Cancel: the run stops within one slice of simulated time and the verdict is `cancelled`. */
  signal?: AbortSignal;
  onProgress?: (progress: ValidationProgress) => void;
  /** How the run gives the page its turn between slices (tests count or control it). */
  yieldNow?: SliceOptions['yieldNow'];
  /** Work between two turns of the page (./pace.ts); 0 gives a turn after every slice. */
  workMsPerTurn?: number;
}

/**
 * Runs the scenario twice (reference fix, then wrong fix) in slices of simulated time that hand the page
 * back between them (./pace.ts), so a scenario as large as the budget allows keeps the page answering
 * and can be cancelled.
 */
export async function checkScenarioHeadless(
  def: AnyScenarioDef,
  seed = VALIDATION_SEED,
  control: ValidationControl = {},
): Promise<HeadlessVerdict> {
  const runnable = asRunnableScenario(def);
  const totalMs = 2 * scenarioCost(def).simulatedMs;
  const pace = sliced({
    signal: control.signal,
    yieldNow: control.yieldNow,
    workMsPerTurn: control.workMsPerTurn,
    onProgress: ({ doneMs }) => control.onProgress?.({ doneMs, totalMs }),
  });
  try {
    const withFix = await runScenario(runnable, { seed, fix: 'reference', pace });
    const goal = withFix.fix!.goal;
    const wrong = await runScenario(runnable, { seed, fix: 'wrong', pace });
    return { kind: 'ran', trap: withFix.trap, goal, wrongFixReachesGoal: wrong.fix!.goal.ok };
  } catch (error) {
    if (isCancelled(error, control.signal)) return { kind: 'cancelled' };
    if (error instanceof ScenarioStepError) return stepFailure(error, def.id);
    return { kind: 'crashed', message: error instanceof Error ? error.message : String(error) };
  }
}
