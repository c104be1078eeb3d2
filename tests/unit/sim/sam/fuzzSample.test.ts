import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplate, template } from '../../../../scripts/fuzz/surfaces';

// A small, fast sample of `npm run fuzz` (scripts/fuzz.ts runs 10,000 with the same generator).
describe('fuzz sample: mutated SAM templates', () => {
  it('deploy or refuse with a SamDeployError, change nothing on refusal, leak no JavaScript', () => {
    fc.assert(
      fc.property(template, fc.boolean(), (text, update) => {
        expect(checkTemplate(text, update)).toBeUndefined();
      }),
      { numRuns: 25, seed: 21 },
    );
  }, 120_000);
});
