import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim';
import { deploySam } from '../../../../src/sim/sam';
import {
  findResourceLine,
  templateDiagnostics,
  templateProblem,
} from '../../../../src/ui/lab/console/templateDiagnostics';
import { SAMPLE_TEMPLATE } from '../../../../src/ui/lab/console/sampleTemplate';

function deployError(text: string): unknown {
  try {
    deploySam(createWorld({ seed: 1 }), text, { stackName: 's' });
  } catch (e) {
    return e;
  }
  throw new Error('expected the deploy to fail');
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('editor markers for a failed sam deploy', () => {
  it('marks a YAML syntax error at the line and column the parser reports', () => {
    const text = SAMPLE_TEMPLATE.replace('      MemorySize: 256', '      MemorySize: [256');
    const problem = templateProblem(deployError(text));
    expect(problem.line).toBeDefined();
    const [d] = templateDiagnostics(text, problem);
    expect(d!.severity).toBe('error');
    expect(lineOf(text, d!.from)).toBe(problem.line);
  });

  it('marks an error in a resource SAM generates on the source resource’s line (CheckoutDeploymentGroup → Checkout)', () => {
    const text = SAMPLE_TEMPLATE.replace('Type: Canary10Percent5Minutes', 'Type: Canary99Percent');
    const problem = templateProblem(deployError(text));
    expect(problem.logicalId).toBe('CheckoutDeploymentGroup');
    const [d] = templateDiagnostics(text, problem);
    expect(text.slice(d!.from, d!.to)).toBe('Checkout:');
    expect(d!.message).toContain('Canary99Percent');
  });

  it('marks a resource error on the property it names', () => {
    const [d] = templateDiagnostics(SAMPLE_TEMPLATE, {
      message: 'Resource with id [Checkout] is invalid.',
      logicalId: 'Checkout',
      property: 'DeploymentPreference.Type',
    });
    expect(SAMPLE_TEMPLATE.slice(d!.from, d!.to)).toBe('Type: Canary10Percent5Minutes');
  });

  it('finds a resource and a property below it, skipping properties of other resources', () => {
    const lines = SAMPLE_TEMPLATE.split('\n');
    expect(lines[findResourceLine(SAMPLE_TEMPLATE, 'CheckoutAliasErrors')!]!.trim()).toBe('CheckoutAliasErrors:');
    expect(lines[findResourceLine(SAMPLE_TEMPLATE, 'CheckoutAliasErrors', 'Threshold')!]!.trim()).toBe('Threshold: 1');
    expect(lines[findResourceLine(SAMPLE_TEMPLATE, 'Checkout', 'MemorySize')!]!.trim()).toBe('MemorySize: 256');
    expect(lines[findResourceLine(SAMPLE_TEMPLATE, 'Checkout', 'Threshold')!]!.trim()).toBe('Checkout:');
    expect(findResourceLine(SAMPLE_TEMPLATE, 'Nope')).toBeUndefined();
  });

  it('falls back to the first line when the error points nowhere', () => {
    expect(templateDiagnostics('a: 1\nb: 2', { message: 'Template format error' })).toEqual([
      { from: 0, to: 4, severity: 'error', message: 'Template format error' },
    ]);
  });
});
