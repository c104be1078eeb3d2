import { describe, expect, it } from 'vitest';
import { ContentError, countWords, parseGlossary, parseNote, sortNotes } from '../../../src/content/notesParse';
import { isAwsDocUrl } from '../../../src/content/notesSchema';

const PATH = '/content/02-codedeploy/03-example-note.md';

function note(
  frontmatter: Record<string, string>,
  body = 'Some words here. [Try it](scenario:latest-wiring)\n',
): string {
  const fields: Record<string, string> = {
    id: 'example-note',
    title: 'An example note',
    summary: 'One sentence that says what the note teaches.',
    section: 'CodeDeploy',
    order: '3',
    tags: '[hooks]',
    scenarios: '[hook-never-reports]',
    updated: '2026-11-26',
    sources:
      '\n  - https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html',
    ...frontmatter,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

describe('parseNote (brief: frontmatter validated, bad data fails the build)', () => {
  it('parses a valid note and computes section order, word count and reading time', () => {
    const parsed = parseNote(PATH, note({}));
    expect(parsed.id).toBe('example-note');
    expect(parsed.sectionOrder).toBe(2);
    expect(parsed.order).toBe(3);
    expect(parsed.scenarios).toEqual(['hook-never-reports']);
    expect(parsed.wordCount).toBe(5);
    expect(parsed.readingMinutes).toBe(1);
    expect(parsed.body).toContain('[Try it](scenario:latest-wiring)');
  });

  it.each([
    ['scenarios.0', { scenarios: '[no-such-scenario]' }],
    ['scenarios', { scenarios: '[]' }],
    ['tags.0', { tags: '[kubernetes]' }],
    ['id', { id: 'Not_Kebab' }],
    ['summary', { summary: 'Two sentences here. And another one follows.' }],
    ['updated', { updated: 'yesterday' }],
    ['sources.0', { sources: '[https://example.com/blog]' }],
    ['order', { order: '0' }],
    ['title', { title: '' }],
    ['colour', { colour: 'blue' }],
  ])('rejects a bad "%s" and names the file and the field', (field, override) => {
    const act = () => parseNote(PATH, note(override));
    expect(act).toThrow(ContentError);
    expect(act).toThrow(PATH);
    expect(act).toThrow(field === 'colour' ? /colour/ : `invalid field "${field}"`);
  });

  it('rejects an order that disagrees with the file number', () => {
    expect(() => parseNote(PATH, note({ order: '4' }))).toThrow(`${PATH}: invalid field "order"`);
  });

  it('rejects a file without frontmatter and a misplaced file', () => {
    expect(() => parseNote(PATH, '# Just a heading\n')).toThrow(`${PATH}: missing frontmatter`);
    expect(() => parseNote('/content/loose.md', note({}))).toThrow('/content/loose.md');
  });

  it('rejects frontmatter that is not YAML', () => {
    expect(() => parseNote(PATH, '---\nid: [unclosed\n---\nbody\n')).toThrow(`${PATH}: frontmatter is not valid YAML`);
  });

  it('sorts by section folder, then by order', () => {
    const a = parseNote('/content/02-b/01-a.md', note({ id: 'a', order: '1' }));
    const b = parseNote('/content/01-a/02-b.md', note({ id: 'b', order: '2' }));
    const c = parseNote('/content/01-a/01-c.md', note({ id: 'c', order: '1' }));
    expect(sortNotes([a, b, c]).map((n) => n.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('countWords', () => {
  it('ignores code fences and link targets', () => {
    expect(countWords('One two [three](note:x)\n```yaml\na: b c d\n```\nfour')).toBe(4);
  });
});

describe('parseGlossary', () => {
  it('accepts valid terms', () => {
    const terms = parseGlossary(
      '/g.yaml',
      '- id: alias\n  term: Alias\n  definition: A named pointer to a function version.\n  docUrl: https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html\n',
    );
    expect(terms).toHaveLength(1);
  });

  it('rejects a non-AWS docUrl and a duplicate id, naming the file and field', () => {
    const bad =
      '- id: alias\n  term: Alias\n  definition: A named pointer to a function version.\n  docUrl: https://blog.example.com/alias\n';
    expect(() => parseGlossary('/g.yaml', bad)).toThrow('/g.yaml: invalid field "0.docUrl"');
    const good =
      '- id: alias\n  term: Alias\n  definition: A named pointer to a function version.\n  docUrl: https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html\n';
    expect(() => parseGlossary('/g.yaml', good + good)).toThrow(
      '/g.yaml: invalid field "id": duplicate glossary id "alias"',
    );
  });
});

describe('isAwsDocUrl (brief: AWS docs domains only)', () => {
  it.each([
    ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html', true],
    ['https://aws.amazon.com/blogs/compute/x', true],
    ['https://docs.amazonaws.cn/lambda/latest/dg/versioning-intro.html', true],
    ['https://github.com/aws/serverless-application-model/blob/develop/docs/safe_lambda_deployments.rst', true],
    ['https://github.com/awsdocs/aws-lambda-developer-guide', true],
    ['https://github.com/localstack/localstack', false],
    ['https://docs.aws.amazon.com.evil.example/x', false],
    ['https://stackoverflow.com/q/1', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAwsDocUrl(url)).toBe(expected);
  });
});
