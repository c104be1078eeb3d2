import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/content/markdown';
import { MAX_NESTING } from '../../../src/content/markdownDepth';

/** Deep nesting in a note is shown as text instead of overflowing the stack or parsing for minutes (issue 21). */
const count = (html: string, tag: string) => html.split(`<${tag}>`).length - 1;

describe('markdown nesting limits', () => {
  it('5,000 nested block quotes render, with the depth capped and the rest shown as text', () => {
    const { html } = renderMarkdown(`${'>'.repeat(5000)} deep`);
    expect(count(html, 'blockquote')).toBe(MAX_NESTING);
    expect(html).toContain('deep');
    expect(html).toContain('&gt;&gt;&gt;');
  });

  it('a list nested 2,000 deep on one line renders at most the capped depth', () => {
    const { html } = renderMarkdown(`${'- '.repeat(2000)}leaf`);
    expect(count(html, 'ul')).toBe(MAX_NESTING);
    expect(html).toContain('leaf');
  });

  it('a list nested 2,000 deep by indentation renders, deeper items shown at the capped depth', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`);
    const { html } = renderMarkdown(lines.join('\n'));
    expect(count(html, 'ul')).toBeLessThanOrEqual(MAX_NESTING + 1);
    expect(html).toContain('item 1999');
  });

  it('leaves ordinary nesting and fenced code alone', () => {
    const md = '> quote\n> > inner\n\n- a\n  - b\n    - c\n\n```yaml\n' + `${' '.repeat(80)}deep: yaml\n` + '```\n';
    const { html } = renderMarkdown(md);
    expect(count(html, 'blockquote')).toBe(2);
    expect(count(html, 'ul')).toBe(3);
    expect(html).toContain(`${' '.repeat(80)}deep`);
  });
});
