import type { World } from '../world';
import type { CommandResult } from './errors';
import { parseSamDeploy, renderSamDeploy, renderSamDeployError, SamUsageError, type SamDeployer } from './samCommand';

/**
 * `sam …` lines. The deploy is done by src/sim/sam's `deploySam`, which registers itself here
 * with `setSamDeployer` (kept as a call-out so that the command line does not depend on the
 * template engine's module while it is being written).
 */
let samDeployer: SamDeployer | undefined;

export function setSamDeployer(deployer: SamDeployer | undefined): void {
  samDeployer = deployer;
}

/**
 * Finds `deploySam` in src/sim/sam/index.ts if that module exists and exports it. import.meta.glob
 * is resolved by Vite and Vitest at build time (an empty map while the module does not exist);
 * outside Vite (tsx scripts) it is absent, hence the try.
 */
async function findDeployer(): Promise<SamDeployer | undefined> {
  if (samDeployer) return samDeployer;
  let modules: Record<string, () => Promise<unknown>>;
  try {
    modules = import.meta.glob('../sam/index.ts');
  } catch {
    return undefined;
  }
  const load = Object.values(modules)[0];
  if (!load) return undefined;
  const mod = (await load()) as { deploySam?: unknown };
  return typeof mod.deploySam === 'function' ? (mod.deploySam as SamDeployer) : undefined;
}

const usage = (message: string, head = 'Usage: sam deploy [OPTIONS]\nTry \'sam deploy -h\' for help.'): CommandResult => ({ exitCode: 2, stdout: '', stderr: `${head}\n\nError: ${message}\n` });

export async function runSam(world: World, words: readonly string[]): Promise<CommandResult> {
  if (words[0] !== 'deploy') {
    return usage(words[0] ? `No such command '${words[0]}'.` : 'Missing command.', "Usage: sam [OPTIONS] COMMAND [ARGS]...\nTry 'sam -h' for help.");
  }
  let options;
  try {
    options = parseSamDeploy(words.slice(1), world.workspace);
  } catch (e) {
    if (e instanceof SamUsageError) return usage(e.message);
    throw e;
  }
  const template = world.workspace.readText(options.templateFile);
  if (template === undefined) return { exitCode: 1, stdout: '', stderr: `Error: Template file not found at ${options.templateFile}\n` };
  const deploy = await findDeployer();
  if (!deploy) return { exitCode: 1, stdout: '', stderr: 'Error: sam deploy is not available in this build of the Lab yet (the SAM engine is not loaded).\n' };
  try {
    return renderSamDeploy(await deploy(world, template, options), options, world.region);
  } catch (e) {
    return renderSamDeployError(e, options.stackName);
  }
}
