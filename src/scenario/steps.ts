/**
 * Runs a scenario's steps against a world with the same command lines the Lab's console accepts
 * (runCommand, including `sam deploy` of templates written to the world's workspace).
 */
import type { World } from '../sim';
import { runCommand } from '../sim/cli';
import { durationMs } from './duration';
import type { Step } from './schema';
import { atOnce, type Pace } from './pace';

export interface StepRecord {
  step: Step;
  /** The command line, or a description of a wait or traffic change. */
  label: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class ScenarioStepError extends Error {
  constructor(
    readonly record: StepRecord,
    readonly where: string,
  ) {
    super(
      `${where}: \`${record.label}\` ${record.exitCode === 0 ? 'succeeded but was expected to fail' : `failed (exit ${record.exitCode}): ${record.stderr.trim()}`}`,
    );
    this.name = 'ScenarioStepError';
  }
}

/**
 * Variables a scenario's command lines may use, as a learner would copy ids from earlier output:
 * $DEPLOYMENT_ID (the newest deployment) and $USER_DEPLOYMENT_ID (the newest one not created by a rollback).
 */
export function scenarioEnv(world: World): Record<string, string> {
  const ds = world.codedeploy.snapshot().deployments;
  const last = ds[ds.length - 1];
  const user = [...ds].reverse().find((d) => d.creator !== 'codeDeployRollback');
  return { DEPLOYMENT_ID: last?.deploymentId ?? '', USER_DEPLOYMENT_ID: user?.deploymentId ?? '' };
}

export function writeFiles(world: World, files: Record<string, string> | undefined): void {
  for (const [path, content] of Object.entries(files ?? {})) world.workspace.write(path, content);
}

/**
 * Runs one step. A command that fails unexpectedly throws when `strict` (setup, reference fixes);
 * learner-facing and wrong fixes keep going, as a terminal would.
 */
export async function runStep(
  world: World,
  step: Step,
  where: string,
  strict: boolean,
  pace: Pace = atOnce,
): Promise<StepRecord> {
  if (typeof step === 'string' || 'run' in step) {
    const line = typeof step === 'string' ? step : step.run;
    const expectFailure = typeof step !== 'string' && step.expectFailure === true;
    const { exitCode, stdout, stderr } = await runCommand(world, line, { env: scenarioEnv(world) });
    const record = { step, label: line, exitCode, stdout, stderr };
    if (strict && (exitCode === 0) === expectFailure) throw new ScenarioStepError(record, where);
    // An expected failure must come from the service, not from a command line the CLI could not parse.
    if (strict && expectFailure && line.startsWith('aws ') && !stderr.includes('An error occurred ('))
      throw new ScenarioStepError(record, `${where} (expected a service error)`);
    return record;
  }
  if ('wait' in step) {
    await pace.advance(world, durationMs(step.wait));
    return { step, label: `(wait ${step.wait})`, exitCode: 0, stdout: '', stderr: '' };
  }
  if ('traffic' in step) {
    const { source, target, ratePerSecond } = step.traffic;
    world.traffic.start({ source, target, ratePerSecond });
    return {
      step,
      label: `(${source} sends ${ratePerSecond} requests/s to ${target})`,
      exitCode: 0,
      stdout: '',
      stderr: '',
    };
  }
  const target = step.stopTraffic;
  for (const s of world.traffic.snapshot().sources) if (s.target === target) world.traffic.stop(s.id);
  return { step, label: `(traffic to ${target} stopped)`, exitCode: 0, stdout: '', stderr: '' };
}

export async function runSteps(
  world: World,
  steps: readonly Step[],
  where: string,
  strict: boolean,
  pace: Pace = atOnce,
): Promise<StepRecord[]> {
  const out: StepRecord[] = [];
  for (const [i, step] of steps.entries()) {
    await pace.checkpoint();
    out.push(await runStep(world, step, `${where}[${i}]`, strict, pace));
  }
  return out;
}
