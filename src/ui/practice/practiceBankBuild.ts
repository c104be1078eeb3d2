/**
 * The questions the Practice area shows: the hand-written bank plus a few generated variants of each
 * template (their ids carry template and seed, so any variant a learner once answered can be rebuilt
 * for review even if it is not in today's set). Built from question files however they were loaded:
 * practiceBank.ts from the bundled bank at once, practiceLoader.ts from files fetched one by one.
 */
import type { Question } from '../../content/questions';
import { generateVariant, type QuestionTemplate } from '../../content/questionTemplates';
import { parseVariantId, VARIANT_SEEDS } from '../../content/variantIds';

export interface PracticeBank {
  questions: Question[];
  byId(id: string): Question | undefined;
}

export function buildPracticeBank(bank: Question[], templates: QuestionTemplate[]): PracticeBank {
  const variants = templates.flatMap((t) => VARIANT_SEEDS.map((seed) => generateVariant(t, seed)));
  const questions = [...bank, ...variants];
  const index = new Map(questions.map((q) => [q.id, q]));
  const byId = (id: string): Question | undefined => {
    const known = index.get(id);
    if (known) return known;
    const v = parseVariantId(id);
    const template = v ? templates.find((t) => t.id === v.templateId && t.topic === v.topic) : undefined;
    if (!v || !template) return undefined;
    try {
      const q = generateVariant(template, v.seed);
      index.set(id, q);
      return q;
    } catch {
      return undefined;
    }
  };
  return { questions, byId };
}
