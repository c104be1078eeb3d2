import type { CommandResult } from '../../../sim/cli';
import { parseSamDeploy, renderSamDeploy, renderSamDeployError } from '../../../sim/cli/samCommand';
import { deploySam } from '../../../sim/sam';
import type { World } from '../../../sim';
import { TEMPLATE_PATH } from './sampleTemplate';
import { templateDiagnostics, templateProblem, type TemplateDiagnostic } from './templateDiagnostics';

export interface EditorDeployOutcome {
  /** The line the console shows for it. */
  command: string;
  /** Exactly what `sam deploy --stack-name <name>` prints for the same template. */
  result: CommandResult;
  /** Markers for the editor: empty when the deploy succeeded. */
  diagnostics: TemplateDiagnostic[];
}

/**
 * The editor's Deploy button: saves the text as the workspace's template.yaml and deploys it as
 * `sam deploy --stack-name <name>` would, keeping the thrown error so that its line, or its
 * resource's line, can be marked in the editor. Output comes from the same renderers as the
 * console's `sam deploy`, so the two never disagree.
 */
export async function deployFromEditor(
  world: World,
  templateText: string,
  stackName: string,
): Promise<EditorDeployOutcome> {
  const command = `sam deploy --stack-name ${stackName}`;
  world.workspace.write(TEMPLATE_PATH, templateText);
  const options = parseSamDeploy(['--stack-name', stackName, '--template-file', TEMPLATE_PATH], world.workspace);
  try {
    const deployed = deploySam(world, templateText, options);
    return { command, result: renderSamDeploy(deployed, options, world.region), diagnostics: [] };
  } catch (e) {
    return {
      command,
      result: renderSamDeployError(e, stackName),
      diagnostics: templateDiagnostics(templateText, templateProblem(e)),
    };
  }
}
