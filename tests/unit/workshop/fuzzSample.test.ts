import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShareLink, shareLinks } from '../../../scripts/fuzz/surfaces';
import { sharedScenario } from './fixtures';

// A small, fast sample of `npm run fuzz` (scripts/fuzz.ts runs 12,000 links with the same generator).
describe('fuzz sample: mutated share links', () => {
  it('are refused with a WorkshopImportError, or open within the run budget', async () => {
    await fc.assert(
      fc.asyncProperty(shareLinks(sharedScenario().scenario), async (link) => {
        expect(await checkShareLink(link)).toBeUndefined();
      }),
      { numRuns: 100, seed: 21 },
    );
  });
});
