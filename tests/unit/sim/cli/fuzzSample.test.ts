import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCliLine, cliLine, cliWorld } from '../../../../scripts/fuzz/surfaces';

// A small, fast sample of `npm run fuzz` (scripts/fuzz.ts runs 100,000 lines with the same generator).
describe('fuzz sample: mutated aws and sam command lines', () => {
  it('always answer with an exit code and AWS-shaped output, never a JavaScript error', async () => {
    const world = cliWorld();
    await fc.assert(
      fc.asyncProperty(cliLine, async (line) => {
        expect(await checkCliLine(world, line)).toBeUndefined();
      }),
      { numRuns: 200, seed: 21 },
    );
  });
});
