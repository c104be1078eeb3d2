import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../src/sim/cli';
import { columns } from '../../../../src/sim/cli/globals';
import { createWorld } from '../../../../src/sim';

/** The AWS CLI's "maybe you meant" list (difflib ratio ≥ 0.8) for an unknown command, bounded for huge input (issue 21). */
describe('closest-match suggestions for an unknown command', () => {
  it('still suggests near misses of either length', () => {
    expect(columns(['update-alias', 'delete-alias'], 'update-aliass')).toContain('* update-alias');
    expect(columns(['update-alias', 'delete-alias'], 'update-alia')).toContain('* update-alias');
  });

  it('suggests nothing for a name far longer than any command, and answers with the usual error', async () => {
    const huge = 'x'.repeat(1_000_000);
    expect(columns(['update-alias', 'delete-alias'], huge)).not.toContain('maybe you meant');
    const r = await runCommand(createWorld(), `aws lambda ${huge}`);
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain('argument operation: Invalid choice, valid choices are:');
    expect(r.stderr).not.toContain('maybe you meant');
  });
});
