// Renders a note's markdown to sanitised HTML for the Learn page, implementing the conventions of
// /work/briefs/ids.md: note:/scenario:/glossary:/question: links, GitHub-style callouts, ```schedule
// diagrams (placeholders the page fills in) and code blocks (highlighted later, lazily).
// Two layers keep hostile markdown out of the DOM: the renderer escapes raw HTML and drops links
// with unknown schemes, and DOMPurify (markdownSanitize.ts) cleans whatever HTML remains.
import { Marked, type Tokens } from 'marked';
import { headingSlug } from './notesLinks';
import { limitMarkdownNesting } from './markdownDepth';
import { resolveLink } from './markdownLinks';
import { sanitizeNoteHtml, type WindowLike } from './markdownSanitize';

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  slug: string;
}

export interface RenderedMarkdown {
  /** Sanitised HTML, safe for {@html}. */
  html: string;
  /** h2 and h3 headings in order, for the table of contents. */
  toc: TocEntry[];
  /** Glossary term ids linked from the text, in first-use order. */
  glossaryIds: string[];
}

export interface RenderOptions {
  /** Drop a leading `# Title`: the page prints the note's title itself. */
  dropLeadingTitle?: boolean;
  /** The window DOMPurify sanitises in: a jsdom window at build time; the page's own by default. */
  domWindow?: WindowLike;
}

export const CALLOUT_LABELS = {
  PRECISELY: 'Precisely',
  TRAP: 'Trap',
  TIP: 'Tip',
  NOTE: 'Note',
} as const;

export type CalloutKind = keyof typeof CALLOUT_LABELS;

const CALLOUT_MARKER = /^\[!([A-Z]+)\][ \t]*(?:\n|$)/;
const HIGHLIGHTED_LANGUAGES = new Set(['yaml', 'json', 'sh']);
const LANGUAGE_ALIASES: Record<string, string> = { yml: 'yaml', shell: 'sh', bash: 'sh', console: 'sh' };

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Heading text as a reader sees it: no markdown emphasis, code ticks or link targets. */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .trim();
}

export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  const toc: TocEntry[] = [];
  const glossaryIds: string[] = [];
  const usedSlugs = new Map<string, number>();

  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading({ tokens, depth, text }: Tokens.Heading) {
        // Same slug function as the content checker, so note:<id>#<slug> links land; repeats get -1, -2 like GitHub.
        const base = headingSlug(text) || 'section';
        const seen = usedSlugs.get(base) ?? 0;
        usedSlugs.set(base, seen + 1);
        const slug = seen === 0 ? base : `${base}-${seen}`;
        if (depth === 2 || depth === 3) toc.push({ depth, text: plainInline(text), slug });
        const inner = this.parser.parseInline(tokens);
        const anchor =
          depth >= 2
            ? ` <a class="heading-anchor" href="#${slug}" aria-label="Link to this section: ${escapeHtml(plainInline(text))}">#</a>`
            : '';
        return `<h${depth} id="${slug}">${inner}${anchor}</h${depth}>\n`;
      },

      link({ href, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const resolved = resolveLink(href);
        switch (resolved.kind) {
          case 'glossary':
            if (!glossaryIds.includes(resolved.termId)) glossaryIds.push(resolved.termId);
            return `<button type="button" class="glossary-term" data-glossary-id="${resolved.termId}">${inner}</button>`;
          case 'scenario':
            return `<a class="try-it" href="${escapeHtml(resolved.href)}">${inner}</a>`;
          case 'web':
            return `<a class="external" href="${escapeHtml(resolved.href)}" rel="noopener">${inner}</a>`;
          case 'none':
            return `<span class="dropped-link">${inner}</span>`;
          default:
            return `<a href="${escapeHtml(resolved.href)}">${inner}</a>`;
        }
      },

      image({ href, text }: Tokens.Image) {
        const resolved = resolveLink(href);
        // Only https images: no data: or blob: payloads, no tracking over plain http.
        if (resolved.kind !== 'web' || !href.trim().toLowerCase().startsWith('https:')) return escapeHtml(text);
        return `<img src="${escapeHtml(resolved.href)}" alt="${escapeHtml(text)}" loading="lazy">`;
      },

      html({ text }: Tokens.HTML | Tokens.Tag) {
        // Notes are markdown only; raw HTML is shown as text, never interpreted.
        return escapeHtml(text);
      },

      blockquote({ text, tokens }: Tokens.Blockquote) {
        const marker = CALLOUT_MARKER.exec(text);
        const kind = marker?.[1] as CalloutKind | undefined;
        if (!marker || !kind || !Object.hasOwn(CALLOUT_LABELS, kind)) {
          return `<blockquote>\n${this.parser.parse(tokens)}</blockquote>\n`;
        }
        const body = this.parser.parse(marked.lexer(text.slice(marker[0].length)));
        const label = CALLOUT_LABELS[kind];
        return `<aside class="callout callout-${kind.toLowerCase()}" role="note" aria-label="${label}"><p class="callout-label">${label}</p>\n${body}</aside>\n`;
      },

      code({ text, lang }: Tokens.Code) {
        const language = normaliseLanguage(lang);
        if (language === 'schedule') {
          // The page mounts the diagram here; the text stays as the fallback if scripts fail.
          return `<figure class="schedule-block" data-schedule="${escapeHtml(text.trim())}"><pre>${escapeHtml(text.trim())}</pre></figure>\n`;
        }
        if (language === 'diagram') {
          // A diagram drawn from content/diagrams/<id>.yaml (src/ui/learn/DiagramFigure.svelte mounts it).
          return `<figure class="diagram-block" data-diagram="${escapeHtml(text.trim())}"><pre>${escapeHtml(text.trim())}</pre></figure>\n`;
        }
        const langAttr = language ? ` data-lang="${language}"` : '';
        const codeClass = language ? ` class="language-${language}"` : '';
        return `<div class="code-block"${langAttr}><pre><code${codeClass}>${escapeHtml(text)}</code></pre></div>\n`;
      },

      table(token: Tokens.Table) {
        // Wide tables scroll inside their own box on a phone instead of widening the page.
        const header = token.header
          .map((cell) => `<th scope="col"${align(cell.align)}>${this.parser.parseInline(cell.tokens)}</th>`)
          .join('');
        const rows = token.rows
          .map(
            (row) =>
              `<tr>${row.map((cell) => `<td${align(cell.align)}>${this.parser.parseInline(cell.tokens)}</td>`).join('')}</tr>`,
          )
          .join('\n');
        // Focusable so that keyboard users can scroll it (axe scrollable-region-focusable).
        return `<div class="table-scroll" tabindex="0" role="group" aria-label="Table (scrolls sideways on small screens)"><table><thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table></div>\n`;
      },
    },
  });

  // Deep nesting is shown as text before marked's recursive parser sees it (markdownDepth.ts).
  const tokens = marked.lexer(limitMarkdownNesting(markdown));
  if (options.dropLeadingTitle) {
    const first = tokens.findIndex((token) => token.type !== 'space');
    const token = tokens[first];
    if (token?.type === 'heading' && (token as Tokens.Heading).depth === 1) tokens.splice(first, 1);
  }
  const raw = marked.parser(tokens);
  return { html: sanitizeNoteHtml(raw, options.domWindow), toc, glossaryIds };
}

function normaliseLanguage(lang: string | undefined): string | undefined {
  const word = ((lang ?? '').trim().split(/\s+/)[0] ?? '').toLowerCase();
  if (!word) return undefined;
  const name = LANGUAGE_ALIASES[word] ?? word;
  if (name === 'schedule' || name === 'diagram' || HIGHLIGHTED_LANGUAGES.has(name)) return name;
  return /^[a-z0-9]{1,20}$/.test(name) ? name : undefined;
}

function align(value: 'center' | 'left' | 'right' | null): string {
  return value ? ` class="align-${value}"` : '';
}
