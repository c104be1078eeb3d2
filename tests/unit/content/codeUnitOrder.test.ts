// The content loaders sort file paths by code units instead of localeCompare (which builds an ICU collator
// on first use, a long task on a phone). For the content as it is, the two orders must be the same, so the
// order of scenarios, questions and notes in the app does not depend on the choice.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../../src/content/codeUnitOrder';

function contentPaths(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? contentPaths(join(dir, e.name)) : [`/${join(dir, e.name)}`],
  );
}

describe('byCodeUnits', () => {
  const paths = [...contentPaths('content'), ...contentPaths('questions')];

  it('orders every content file path as localeCompare does', () => {
    expect(paths.length).toBeGreaterThan(50);
    const byLocale = [...paths].sort((a, b) => a.localeCompare(b));
    expect([...paths].sort(byCodeUnits)).toEqual(byLocale);
    expect([...paths].reverse().sort(byCodeUnits)).toEqual(byLocale);
  });

  it('compares as sort() does without a comparator, equal strings as 0', () => {
    expect(byCodeUnits('a-b', 'a-b')).toBe(0);
    expect(byCodeUnits('pc-on-alias', 'pc-on-old-version')).toBeLessThan(0);
    expect(byCodeUnits('/questions/traps.yaml', '/questions/templates.yaml')).toBeGreaterThan(0);
  });
});
