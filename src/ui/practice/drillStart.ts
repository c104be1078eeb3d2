/**
 * A drill's first question without the question bank (issue 18): the build's summaries
 * (questionSummaries.ts) list every question in the bank's order, so the drill's seeded shuffle of
 * them (drillQuestions) picks the same first question as it does of the bank; only that question's
 * file is loaded before the drill paints, and the bank follows. tests/unit/ui/drillStart.test.ts
 * proves it agrees with drillQuestions on the whole bank.
 */
import type { Question } from '../../content/questions';
import { loadQuestionFile, loadTemplateFile } from '../../content/questionFiles';
import { questionSources, questionSummaries, type QuestionSource } from '../../content/questionSummaries';
import { matchesFilter, seededShuffle, type DrillFilter } from './questionSelection';

export interface DrillStart {
  /** How many questions the drill has (drillQuestions(bank, filter, seed).length). */
  total: number;
  /** Where its first question comes from; undefined when no question matches. */
  first: QuestionSource | undefined;
}

export function drillStart(filter: DrillFilter, seed: number): DrillStart {
  const sources = questionSources();
  // Indexes into the summaries, shuffled exactly as drillQuestions shuffles the matching questions.
  const matching = questionSummaries().flatMap((q, i) => (matchesFilter(q, filter) ? [i] : []));
  const order = seededShuffle(matching, seed);
  const firstIndex = order[0];
  return { total: matching.length, first: firstIndex === undefined ? undefined : sources[firstIndex] };
}

/** The question a source names, loading only its file. */
export async function loadSourceQuestion(source: QuestionSource): Promise<Question> {
  if (source.kind === 'question') {
    const question = (await loadQuestionFile(source.file))[source.position];
    if (!question) throw new Error(`${source.file} has no question ${source.position + 1}`);
    return question;
  }
  const [templates, { generateVariant }] = await Promise.all([
    loadTemplateFile(source.file),
    import('../../content/questionTemplates'),
  ]);
  const template = templates[source.position];
  if (!template) throw new Error(`${source.file} has no template ${source.position + 1}`);
  return generateVariant(template, source.seed);
}
