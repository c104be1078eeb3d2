import { isAwsError, type World } from '../../sim';
import { publishFixedVersion, startDefaultDeployment } from './defaultSetup';

/**
 * The default world's buttons, with the AWS error shown as the CLI would print it (name and
 * message), e.g. DeploymentLimitExceededException for a second deployment on the same group.
 */
export type ActionResult = { ok: true; message: string; deploymentId?: string } | { ok: false; message: string };

export function describeError(e: unknown): string {
  if (isAwsError(e)) return `${e.name}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

export async function startDeploymentAction(
  world: World,
  targetVersion: string,
  configName: string,
): Promise<ActionResult> {
  try {
    const id = await startDefaultDeployment(world, targetVersion, configName);
    return {
      ok: true,
      deploymentId: id,
      message: `Started deployment ${id}: orders:live → version ${targetVersion} with ${configName}.`,
    };
  } catch (e) {
    return { ok: false, message: describeError(e) };
  }
}

export async function publishFixAction(world: World): Promise<ActionResult> {
  try {
    const version = await publishFixedVersion(world);
    return { ok: true, message: `Published version ${version} with the fix.` };
  } catch (e) {
    return { ok: false, message: describeError(e) };
  }
}
