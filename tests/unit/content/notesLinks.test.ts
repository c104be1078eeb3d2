import { describe, expect, it } from 'vitest';
import { extractLinks, findLinkProblems, headingSlug } from '../../../src/content/notesLinks';
import { parseNote } from '../../../src/content/notesParse';
import type { GlossaryTerm } from '../../../src/content/notesSchema';

const glossary: GlossaryTerm[] = [
  {
    id: 'alias',
    term: 'Alias',
    definition: 'A named pointer to a version.',
    docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html',
  },
];

function fixture(id: string, order: number, body: string) {
  const raw = `---\nid: ${id}\ntitle: Fixture ${id}\nsummary: A fixture note used by the link tests.\nsection: Test\norder: ${order}\ntags: [traps]\nscenarios: [latest-wiring]\nupdated: 2026-11-26\nsources: [https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html]\n---\n${body}`;
  return parseNote(`/content/01-test/0${order}-${id}.md`, raw);
}

describe('extractLinks', () => {
  it('finds note, scenario, glossary and web links with anchors', () => {
    const links = extractLinks(
      '[a](note:x#some-heading) [b](scenario:latest-wiring) [c](glossary:alias) see https://docs.aws.amazon.com/a.html.',
    );
    expect(links).toEqual([
      { kind: 'note', target: 'x', anchor: 'some-heading' },
      { kind: 'scenario', target: 'latest-wiring' },
      { kind: 'glossary', target: 'alias' },
      { kind: 'web', target: 'https://docs.aws.amazon.com/a.html' },
    ]);
  });
});

describe('headingSlug', () => {
  it('makes GitHub-style slugs', () => {
    expect(headingSlug("What `$LATEST` really is (and isn't)")).toBe('what-latest-really-is-and-isnt');
  });
});

describe('findLinkProblems (brief: links resolve, scenarios shared, AWS domains only)', () => {
  it('reports nothing for consistent notes', () => {
    const a = fixture('a', 1, '## Part one\n[Try it](scenario:latest-wiring) [b](note:b) [alias](glossary:alias)\n');
    const b = fixture('b', 2, '[Try it](scenario:pc-on-alias) [back](note:a#part-one)\n');
    expect(findLinkProblems([a, b], glossary)).toEqual([]);
  });

  it('reports each kind of broken link with the file', () => {
    const a = fixture(
      'a',
      1,
      '[x](note:missing) [y](note:a#nowhere) [z](scenario:not-shared) [g](glossary:nope) [w](https://example.com/x) [q](ftp:thing)\n',
    );
    const problems = findLinkProblems([a], glossary);
    expect(problems).toHaveLength(6);
    for (const p of problems) expect(p).toMatch(/^\/content\/01-test\/01-a\.md: /);
    expect(problems.join('\n')).toMatch(/note:missing points to no note/);
    expect(problems.join('\n')).toMatch(/note:a#nowhere points to no heading/);
    expect(problems.join('\n')).toMatch(/scenario:not-shared is not a shared scenario id/);
    expect(problems.join('\n')).toMatch(/glossary:nope is not in content\/glossary.yaml/);
    expect(problems.join('\n')).toMatch(/https:\/\/example.com\/x is not on an AWS documentation domain/);
    expect(problems.join('\n')).toMatch(/unknown link scheme/);
  });

  it('reports a note without a Try it link, duplicate ids and bad related/glossary fields', () => {
    const a = fixture('a', 1, 'No scenario here.\n');
    const dup = fixture('a', 2, '[Try it](scenario:latest-wiring)\n');
    const withFields = { ...dup, id: 'c', related: ['ghost'], glossary: ['nope'] };
    const problems = findLinkProblems([a, dup, withFields], glossary).join('\n');
    expect(problems).toMatch(/links no scenario/);
    expect(problems).toMatch(/duplicate note id "a"/);
    expect(problems).toMatch(/invalid field "related": no note "ghost"/);
    expect(problems).toMatch(/invalid field "glossary": no term "nope"/);
  });
});
