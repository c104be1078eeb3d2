/**
 * The stem of every question, which names it in the Progress page's review queue: the hand-written bank
 * and the generated variants (a variant is named by its template's stem with the blanks shown as "…",
 * whatever its seed). Extracted at build time (`?stems`, scripts/viteContentData.ts) and kept out of the
 * item index (itemIndex.ts): it is most of that text, and the page needs it only when a review is due.
 */
import { TEMPLATE_FILE } from './questionBank';
import { parseVariantId } from './variantIds';

interface StemEntry {
  id: string;
  topic: string;
  stem: string;
}

// Inside a function so that plain Node tools can import this module; Vite rewrites it.
const stemFiles = () =>
  import.meta.glob<StemEntry[]>('/questions/*.yaml', { query: '?stems', import: 'default', eager: true });

/** A template's stem as a variant's label: its blanks shown as "…". */
export const variantStem = (templateStem: string): string => templateStem.replace(/\{[A-Za-z]+\}/g, '…');

export interface QuestionStems {
  /** The stem of a hand-written question or of a variant of any seed; undefined for an id the content lacks. */
  stemOf(id: string): string | undefined;
}

export function questionStems(): QuestionStems {
  const bank = new Map<string, string>();
  const templates = new Map<string, StemEntry>();
  for (const [path, entries] of Object.entries(stemFiles()))
    for (const entry of entries) {
      if (TEMPLATE_FILE.test(path)) templates.set(entry.id, entry);
      else bank.set(entry.id, entry.stem);
    }
  return {
    stemOf(id) {
      const own = bank.get(id);
      if (own !== undefined) return own;
      // A variant's id names its template's topic too (variantIds.ts): both must match, as in itemIndex.ts.
      const v = parseVariantId(id);
      const template = v && templates.get(v.templateId);
      return template && template.topic === v.topic ? variantStem(template.stem) : undefined;
    },
  };
}
