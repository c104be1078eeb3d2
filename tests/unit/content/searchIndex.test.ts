import { describe, expect, it } from 'vitest';
import {
  createContentSearch,
  highlightParts,
  markdownToPlainText,
  snippetAround,
  type SearchDocument,
  type TextPart,
} from '../../../src/content/searchIndex';
import { contentSearch, questionTitle } from '../../../src/content/searchIndexSources';

const docs: SearchDocument[] = [
  {
    id: 'note:aliases',
    kind: 'note',
    title: 'Aliases and weighted routing',
    text: 'An alias points to one version and may send a weight to a second version.',
    href: '/learn/aliases',
    context: 'Foundations',
  },
  {
    id: 'note:alarms',
    kind: 'note',
    title: 'Alarms and rollback',
    text: 'An alarm in ALARM stops the deployment and CodeDeploy rolls back.',
    href: '/learn/alarms',
    context: 'CodeDeploy',
  },
  {
    id: 'glossary:alias',
    kind: 'glossary',
    title: 'Alias',
    text: 'A named pointer to one function version.',
    href: '/learn/glossary#term-alias',
    context: 'Glossary',
  },
  {
    id: 'question:q-001',
    kind: 'question',
    title: 'Which alias receives traffic?',
    text: 'Which alias receives traffic when the weight is 0.1? Explanation about routing.',
    href: '/practice?question=q-001',
    context: 'Question · weighted-routing',
  },
];

const marked = (parts: TextPart[]) => parts.filter((p) => p.match).map((p) => p.text);

describe('offline search over notes, glossary and questions', () => {
  const search = createContentSearch(docs);

  it('groups results by kind in the order notes, glossary, questions', () => {
    const groups = search.search('alias');
    expect(groups.map((g) => g.label)).toEqual(['Notes', 'Glossary', 'Questions']);
    expect(groups[0]!.hits.map((h) => h.document.id)).toEqual(['note:aliases']);
    expect(groups[1]!.hits[0]!.document.href).toBe('/learn/glossary#term-alias');
  });

  it('finds words by prefix while typing ("weigh" finds "weighted")', () => {
    expect(search.search('weigh').flatMap((g) => g.hits.map((h) => h.document.id))).toContain('note:aliases');
  });

  it('does not confuse "alias" with "alarm"', () => {
    const ids = search.search('alias').flatMap((g) => g.hits.map((h) => h.document.id));
    expect(ids).not.toContain('note:alarms');
  });

  it('needs every word of a multi-word query', () => {
    const ids = search.search('alarm rollback').flatMap((g) => g.hits.map((h) => h.document.id));
    expect(ids).toEqual(['note:alarms']);
  });

  it('marks the matched words in the title and the snippet', () => {
    const hit = search.search('weighted')[0]!.hits[0];
    expect(marked(hit!.title)).toEqual(['weighted']);
    expect(hit!.title.map((p) => p.text).join('')).toBe('Aliases and weighted routing');
  });

  it('returns nothing for an empty query', () => {
    expect(search.search('   ')).toEqual([]);
  });

  it('limits each group to perKind hits', () => {
    expect(search.search('a', 1).every((g) => g.hits.length <= 1)).toBe(true);
  });
});

describe('text helpers', () => {
  it('marks whole words only, case-insensitively', () => {
    expect(highlightParts('Alias aliases ALIAS', new Set(['alias']))).toEqual([
      { text: 'Alias', match: true },
      { text: ' aliases ', match: false },
      { text: 'ALIAS', match: true },
    ]);
  });

  it('quotes the text around the first match with ellipses when cut', () => {
    const text = `${'word '.repeat(80)}needle ${'tail '.repeat(80)}`.trim();
    const parts = snippetAround(text, new Set(['needle']), 60);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(marked(parts)).toEqual(['needle']);
    expect(joined.length).toBeLessThanOrEqual(60 + 4);
  });

  it('strips markdown syntax but keeps link text, code and callout content', () => {
    const plain = markdownToPlainText(
      '# Title\n\n> [!TRAP]\n> Use the [alias](glossary:alias), not `$LATEST`.\n\n```schedule\nCodeDeployDefault.LambdaAllAtOnce\n```',
    );
    expect(plain).toBe('Title Use the alias, not $LATEST . CodeDeployDefault.LambdaAllAtOnce');
  });

  it('titles a question with its first sentence', () => {
    expect(questionTitle('A team deploys with SAM. Which resource is created?')).toBe('A team deploys with SAM.');
  });
});

describe('the bundled content is searchable offline', () => {
  const search = contentSearch();

  it('indexes every note, glossary term and question', () => {
    expect(search.size).toBeGreaterThan(100);
  });

  it('finds the note on provisioned concurrency by its title words', () => {
    const notes = search.search('provisioned concurrency').find((g) => g.kind === 'note');
    expect(notes?.hits.map((h) => h.document.href)).toContain('/learn/provisioned-concurrency-and-deployments');
  });

  it('finds the PutLifecycleEventHookExecutionStatus call in notes, glossary and questions, in that order', () => {
    const kinds = search.search('PutLifecycleEventHookExecutionStatus').map((g) => g.kind);
    expect(kinds.filter((kind) => kind !== 'scenario')).toEqual(['note', 'glossary', 'question']);
  });

  it.each([
    ['smoke test that never phoned', '/scenarios/hook-never-reports'],
    ['stuck halfway', '/scenarios/stop-without-rollback'],
    ['warm engines wrong car', '/scenarios/pc-on-old-version'],
  ])('finds the scenario titled by the words “%s” first among scenarios', (query, href) => {
    const scenarios = search.search(query).find((g) => g.kind === 'scenario');
    expect(scenarios?.hits[0]?.document.href).toBe(href);
  });

  it('finds scenarios by their story, not only their title', () => {
    // sam-first-deploy's story: the orders team deploys its first SAM template.
    const scenarios = search.search('orders team first SAM template').find((g) => g.kind === 'scenario');
    expect(scenarios?.hits.map((h) => h.document.href)).toContain('/scenarios/sam-first-deploy');
  });

  it('lists scenarios right after notes, before the glossary and the question bank', () => {
    const kinds = search.search('canary').map((g) => g.kind);
    expect(kinds.indexOf('scenario')).toBe(kinds.indexOf('note') + 1);
  });

  it('names a question’s topic in words, not by its id', () => {
    const questions = search.search('PutLifecycleEventHookExecutionStatus').find((g) => g.kind === 'question');
    expect(questions?.hits.every((h) => !/ · [a-z]+-[a-z-]+$/.test(h.document.context))).toBe(true);
  });
});
