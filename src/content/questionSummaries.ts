/**
 * Every question Practice offers, as only its topic, trap tags and kind of practice: the hand-written
 * bank and VARIANT_SEEDS generated variants of each template, from the build's `?summary` of each
 * question file (src/content/contentFileData.ts). The Practice home shows per-topic counts and the trap
 * list from these instead of loading and building the whole bank (about 77 KB gzip; issue 18).
 * tests/unit/content/questionSummaries.test.ts proves they agree with src/ui/practice/practiceBank.ts.
 */
import type { Question } from './questionsSchema';
import { TEMPLATE_FILE } from './questionBank';
import { VARIANT_SEEDS } from './variantIds';

export type QuestionSummary = Pick<Question, 'topic' | 'tags' | 'practice'>;

// Inside a function so that plain Node tools can import this module; Vite rewrites it.
const summaryFiles = (): Record<string, QuestionSummary[]> =>
  import.meta.glob<QuestionSummary[]>('/questions/*.yaml', { query: '?summary', import: 'default', eager: true });

let cache: QuestionSummary[] | undefined;

export function questionSummaries(): QuestionSummary[] {
  if (cache) return cache;
  const files = Object.entries(summaryFiles()).sort(([a], [b]) => a.localeCompare(b));
  const bank = files.filter(([path]) => !TEMPLATE_FILE.test(path)).flatMap(([, qs]) => qs);
  // A generated variant keeps its template's topic and tags and is API-drill recall
  // (generateVariant in questionTemplates.ts).
  const variants = files
    .filter(([path]) => TEMPLATE_FILE.test(path))
    .flatMap(([, ts]) => ts)
    .flatMap((t) =>
      VARIANT_SEEDS.map((): QuestionSummary => ({ topic: t.topic, tags: t.tags, practice: 'api-drill' })),
    );
  cache = [...bank, ...variants];
  return cache;
}
