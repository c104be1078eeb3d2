import type { WorldSnapshot } from '../../../sim';
import type { CommandResult } from '../../../sim/cli';
import {
  renderSamDeployEnd,
  renderSamDeployProgress,
  type SamDeploymentEnd,
  type SamDeployWaiting,
} from '../../../sim/cli/samCommand';

type Deployment = WorldSnapshot['codedeploy']['deployments'][number];

/** A `sam deploy` in the console whose stack waits for a CodeDeploy traffic shift, and what it has printed of it. */
export interface SamWait {
  waiting: SamDeployWaiting;
  /** The last share of traffic on the new version printed, in percent (-1: none yet). */
  shownPercent: number;
}

export interface SamWaitStep {
  /** Lines to add to the command's output now (progress, then the end). */
  stdout: string;
  stderr: string;
  /** Set when the command has ended: its exit code. */
  exitCode?: number;
  shownPercent: number;
}

const TERMINAL = new Set(['Succeeded', 'Failed', 'Stopped']);

/**
 * What a waiting `sam deploy` prints as simulated time goes by: each new traffic share of its
 * CodeDeploy deployment, then, once the deployment (and its automatic rollback, if one runs) has
 * ended, the stack's outcome (src/sim/cli/samCommand.ts renderSamDeployEnd). Pure: the console
 * calls it with each new snapshot.
 */
export function followSamDeploy(wait: SamWait, deployments: readonly Deployment[]): SamWaitStep {
  const d = deployments.find((x) => x.deploymentId === wait.waiting.deploymentId);
  if (!d) return { stdout: '', stderr: '', shownPercent: wait.shownPercent };
  let stdout = '';
  const percent = Math.round(d.targetVersionWeight * 100);
  if (!TERMINAL.has(d.status) && percent !== wait.shownPercent)
    stdout += renderSamDeployProgress(d.deploymentId, percent, d.appSpec.targetVersion);
  const shownPercent = TERMINAL.has(d.status) ? wait.shownPercent : percent;
  if (!TERMINAL.has(d.status)) return { stdout, stderr: '', shownPercent };
  const rollbackId = d.rollbackInfo?.rollbackDeploymentId;
  const rollback = rollbackId ? deployments.find((x) => x.deploymentId === rollbackId) : undefined;
  // The stack's rollback ends after CodeDeploy has put the alias back: wait for that deployment too.
  if (rollback && !TERMINAL.has(rollback.status)) return { stdout, stderr: '', shownPercent };
  const end: SamDeploymentEnd = {
    status: d.status as SamDeploymentEnd['status'],
    ...(d.errorInformation?.message ? { message: d.errorInformation.message } : {}),
    ...(rollbackId ? { rollbackDeploymentId: rollbackId } : {}),
  };
  const result: CommandResult = renderSamDeployEnd(wait.waiting, end);
  return { stdout: stdout + result.stdout, stderr: result.stderr, exitCode: result.exitCode, shownPercent };
}
