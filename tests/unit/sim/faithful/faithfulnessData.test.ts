/**
 * The "How faithful is this?" data (content/faithfulness.yaml) passes its schema, and the schema really
 * refuses what it should: unsourced claims, non-AWS sources, approximations without a reason.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFaithfulness } from '../../../../src/content/faithfulnessSchema';

const FILE = 'content/faithfulness.yaml';

describe('content/faithfulness.yaml', () => {
  const entries = parseFaithfulness(FILE, readFileSync(FILE, 'utf8'));

  it('has entries in all three groups: modelled, approximated, not modelled', () => {
    for (const status of ['modelled', 'approximated', 'not-modelled'])
      expect(entries.some((e) => e.status === status)).toBe(true);
  });

  it('refuses an approximation without a reason, a non-AWS source and a duplicate id, naming the field', () => {
    const base = `- id: a-point\n  area: lambda\n  claim: A claim that is long enough to read.\n`;
    expect(() =>
      parseFaithfulness(FILE, `${base}  status: approximated\n  sources: [https://docs.aws.amazon.com/x]\n`),
    ).toThrow(/field "0\.why"/);
    expect(() => parseFaithfulness(FILE, `${base}  status: modelled\n  sources: [https://example.com/x]\n`)).toThrow(
      /field "0\.sources\.0"/,
    );
    const one = `${base}  status: modelled\n  sources: [https://docs.aws.amazon.com/x]\n`;
    expect(() => parseFaithfulness(FILE, one + one)).toThrow(/duplicate id 'a-point'/);
  });
});
