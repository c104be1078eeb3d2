import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/content/markdown';
import { checkMarkdown, markdownDoc } from '../../../scripts/fuzz/surfaces';

// A small, fast sample of `npm run fuzz` (scripts/fuzz.ts runs 2,500 documents with the same generator).
describe('fuzz sample: hostile markdown', () => {
  it('renders without throwing and keeps nothing that runs', () => {
    fc.assert(
      fc.property(markdownDoc, (md) => {
        expect(checkMarkdown(renderMarkdown, md)).toBeUndefined();
      }),
      { numRuns: 40, seed: 21 },
    );
  });
});
