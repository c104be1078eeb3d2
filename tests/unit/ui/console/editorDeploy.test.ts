import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim';
import { runCommand } from '../../../../src/sim/cli';
import { deployFromEditor } from '../../../../src/ui/lab/console/editorDeploy';
import { SAMPLE_TEMPLATE, TEMPLATE_PATH } from '../../../../src/ui/lab/console/sampleTemplate';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html

describe("the editor's Deploy button", () => {
  it('saves template.yaml and prints what `sam deploy --stack-name` prints for it', async () => {
    const a = createWorld({ seed: 3 });
    const b = createWorld({ seed: 3 });
    const fromEditor = await deployFromEditor(a, SAMPLE_TEMPLATE, 'checkout-app');
    b.workspace.write(TEMPLATE_PATH, SAMPLE_TEMPLATE);
    const typed = await runCommand(b, 'sam deploy --stack-name checkout-app');
    expect(a.workspace.readText(TEMPLATE_PATH)).toBe(SAMPLE_TEMPLATE);
    expect(fromEditor.command).toBe('sam deploy --stack-name checkout-app');
    expect(fromEditor.result).toEqual(typed);
    expect(fromEditor.result.exitCode).toBe(0);
    expect(fromEditor.diagnostics).toEqual([]);
  });

  it('fails like sam deploy (exit code 1) and marks the resource line of an invalid DeploymentPreference', async () => {
    const text = SAMPLE_TEMPLATE.replace('Type: Canary10Percent5Minutes', 'Type: Canary99Percent');
    const world = createWorld({ seed: 3 });
    const out = await deployFromEditor(world, text, 'checkout-app');
    expect(out.result.exitCode).toBe(1);
    expect(out.result.stderr).toMatch(/^Error: /);
    expect(out.diagnostics).toHaveLength(1);
    expect(text.slice(out.diagnostics[0]!.from, out.diagnostics[0]!.to)).toBe('Checkout:');
    // A failed deploy changes nothing in the world.
    expect(() => world.lambda.getFunction({ FunctionName: 'checkout' })).toThrow();
  });

  it('marks a YAML error on its line', async () => {
    const text = SAMPLE_TEMPLATE.replace('      Timeout: 10', '      Timeout: [10');
    const out = await deployFromEditor(createWorld({ seed: 3 }), text, 'checkout-app');
    expect(out.result.exitCode).toBe(1);
    const markedLine = text.slice(0, out.diagnostics[0]!.from).split('\n').length;
    const timeoutLine = text.split('\n').findIndex((l) => l.includes('Timeout: [10')) + 1;
    expect(Math.abs(markedLine - timeoutLine)).toBeLessThanOrEqual(1);
  });
});
