import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProgressFile, progressFile } from '../../../scripts/fuzz/surfaces';

// A small, fast sample of `npm run fuzz` (scripts/fuzz.ts runs 10,000 files with the same generator).
describe('fuzz sample: hostile progress files', () => {
  it('are refused with a store error, or accepted and usable by every later action', () => {
    fc.assert(
      fc.property(progressFile, (text) => {
        expect(checkProgressFile(text)).toBeUndefined();
      }),
      { numRuns: 200, seed: 21 },
    );
  });
});
