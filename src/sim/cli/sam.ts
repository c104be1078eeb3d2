import type { World } from '../world';
import type { CommandResult } from './errors';
import { deploySam } from '../sam/index';
import { parseSamDeploy, renderSamDeploy, renderSamDeployError, SamUsageError, type SamDeployer } from './samCommand';

/**
 * `sam …` lines, deployed by src/sim/sam's `deploySam`. `setSamDeployer` swaps in another
 * deployer (tests use it); `setSamDeployer(undefined)` goes back to deploySam.
 */
let samDeployer: SamDeployer | undefined;

export function setSamDeployer(deployer: SamDeployer | undefined): void {
  samDeployer = deployer;
}

const usage = (
  message: string,
  head = "Usage: sam deploy [OPTIONS]\nTry 'sam deploy -h' for help.",
): CommandResult => ({ exitCode: 2, stdout: '', stderr: `${head}\n\nError: ${message}\n` });

export async function runSam(world: World, words: readonly string[]): Promise<CommandResult> {
  if (words[0] !== 'deploy') {
    return usage(
      words[0] ? `No such command '${words[0]}'.` : 'Missing command.',
      "Usage: sam [OPTIONS] COMMAND [ARGS]...\nTry 'sam -h' for help.",
    );
  }
  let options;
  try {
    options = parseSamDeploy(words.slice(1), world.workspace);
  } catch (e) {
    if (e instanceof SamUsageError) return usage(e.message);
    throw e;
  }
  const template = world.workspace.readText(options.templateFile);
  if (template === undefined)
    return { exitCode: 1, stdout: '', stderr: `Error: Template file not found at ${options.templateFile}\n` };
  const deploy: SamDeployer = samDeployer ?? deploySam;
  try {
    return renderSamDeploy(await deploy(world, template, options), options, world.region);
  } catch (e) {
    return renderSamDeployError(e, options.stackName);
  }
}
