/**
 * Every question Practice offers, as only its topic, trap tags and kind of practice: the hand-written
 * bank and VARIANT_SEEDS generated variants of each template, from the build's `?summary` of each
 * question file (src/content/contentFileData.ts). The Practice home shows per-topic counts and the trap
 * list from these instead of loading and building the whole bank (about 77 KB gzip; issue 18), and a
 * drill finds its first question with them (src/ui/practice/drillStart.ts).
 * tests/unit/content/questionSummaries.test.ts proves they agree with src/ui/practice/practiceBank.ts.
 */
import type { Question } from './questionsSchema';
import { TEMPLATE_FILE } from './questionBank';
import { VARIANT_SEEDS } from './variantIds';
import { byCodeUnits } from './codeUnitOrder';

export type QuestionSummary = Pick<Question, 'topic' | 'tags' | 'practice'>;

/**
 * Where a summarised question comes from, so that one question can be loaded without the bank: the
 * question at `position` of a question file, or the variant of the template at `position` of the
 * templates file with `seed`.
 */
export type QuestionSource =
  | { kind: 'question'; file: string; position: number }
  | { kind: 'variant'; file: string; position: number; seed: number };

// Inside a function so that plain Node tools can import this module; Vite rewrites it.
const summaryFiles = (): Record<string, QuestionSummary[]> =>
  import.meta.glob<QuestionSummary[]>('/questions/*.yaml', { query: '?summary', import: 'default', eager: true });

interface Summarised {
  summaries: QuestionSummary[];
  sources: QuestionSource[];
}

let cache: Summarised | undefined;

function summarise(): Summarised {
  if (cache) return cache;
  // The bank's order (checkQuestionBank): files by path, then the variants of each template in turn.
  const files = Object.entries(summaryFiles()).sort(([a], [b]) => byCodeUnits(a, b));
  const summaries: QuestionSummary[] = [];
  const sources: QuestionSource[] = [];
  for (const [file, qs] of files.filter(([path]) => !TEMPLATE_FILE.test(path)))
    qs.forEach((q, position) => {
      summaries.push(q);
      sources.push({ kind: 'question', file, position });
    });
  // A generated variant keeps its template's topic and tags and is API-drill recall
  // (generateVariant in questionTemplates.ts).
  for (const [file, ts] of files.filter(([path]) => TEMPLATE_FILE.test(path)))
    ts.forEach((t, position) => {
      for (const seed of VARIANT_SEEDS) {
        summaries.push({ topic: t.topic, tags: t.tags, practice: 'api-drill' });
        sources.push({ kind: 'variant', file, position, seed });
      }
    });
  cache = { summaries, sources };
  return cache;
}

export const questionSummaries = (): QuestionSummary[] => summarise().summaries;

/** Where each of questionSummaries() comes from, at the same index. */
export const questionSources = (): QuestionSource[] => summarise().sources;
