// Offline full-text search over notes, trap scenarios, glossary terms and practice questions. The index is built
// in the browser from content that is already bundled (so it works with no network), and results
// come back grouped by kind with the matched words marked as plain text parts (no HTML strings).
import MiniSearch, { type SearchResult } from 'minisearch';

export type SearchKind = 'note' | 'scenario' | 'glossary' | 'question';

export interface SearchDocument {
  /** Unique across kinds: "note:<id>", "scenario:<id>", "glossary:<id>", "question:<id>". */
  id: string;
  kind: SearchKind;
  title: string;
  /** Plain text searched and quoted in the snippet. */
  text: string;
  /** Where the result leads (an in-app path). */
  href: string;
  /** Section of a note or topic of a question, shown under the title. */
  context: string;
}

export interface TextPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  document: SearchDocument;
  score: number;
  title: TextPart[];
  snippet: TextPart[];
}

export interface SearchGroup {
  kind: SearchKind;
  label: string;
  hits: SearchHit[];
}

export const KIND_LABELS: Record<SearchKind, string> = {
  note: 'Notes',
  scenario: 'Scenarios',
  glossary: 'Glossary',
  question: 'Questions',
};
// Things to read and do before definitions and the question bank (the bank is large and would
// otherwise fill the list for almost any query).
const KIND_ORDER: SearchKind[] = ['note', 'scenario', 'glossary', 'question'];

/** Words as MiniSearch's default tokenizer sees them (split on spaces and punctuation). */
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** Markdown → the words a reader sees: no link targets, code fences, heading marks or callout markers. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^```.*$/gm, ' ')
    .replace(/^\s*>\s*\[![A-Z]+\]\s*$/gm, ' ')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ContentSearch {
  readonly size: number;
  /** Results grouped by kind (notes, scenarios, glossary, questions), best first, at most `perKind` each. */
  search(query: string, perKind?: number): SearchGroup[];
}

export function createContentSearch(documents: readonly SearchDocument[]): ContentSearch {
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text', 'context'],
    searchOptions: {
      boost: { title: 3, context: 0.5 },
      prefix: true,
      // Typos are forgiven in longer words only; "alias" must not match "alarm".
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(documents);

  return {
    size: documents.length,
    search(query: string, perKind = 6): SearchGroup[] {
      const trimmed = query.trim();
      if (!trimmed) return [];
      const results: SearchResult[] = index.search(trimmed);
      const groups = new Map<SearchKind, SearchHit[]>();
      for (const result of results) {
        const document = byId.get(String(result.id));
        if (!document) continue;
        const hits = groups.get(document.kind) ?? [];
        if (hits.length >= perKind) continue;
        const terms = new Set(result.terms.map((term) => term.toLowerCase()));
        hits.push({
          document,
          score: result.score,
          title: highlightParts(document.title, terms),
          snippet: snippetAround(document.text, terms),
        });
        groups.set(document.kind, hits);
      }
      return KIND_ORDER.filter((kind) => groups.has(kind)).map((kind) => ({
        kind,
        label: KIND_LABELS[kind],
        hits: groups.get(kind)!,
      }));
    },
  };
}

/** Splits text into parts, marking every whole word that is one of the matched terms. */
export function highlightParts(text: string, terms: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const word of text.matchAll(WORD)) {
    if (!terms.has(word[0].toLowerCase())) continue;
    const start = word.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: word[0], match: true });
    last = start + word[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** A short extract around the first matched word (or the start of the text), with the matches marked. */
export function snippetAround(text: string, terms: ReadonlySet<string>, length = 160): TextPart[] {
  let first = -1;
  for (const word of text.matchAll(WORD)) {
    if (terms.has(word[0].toLowerCase())) {
      first = word.index ?? 0;
      break;
    }
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(start, first)) end = space;
  }
  const parts = highlightParts(text.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}
