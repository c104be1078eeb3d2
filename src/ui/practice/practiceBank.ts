/**
 * The questions the Practice area shows: the hand-written bank plus a few generated variants of each
 * template (their ids carry template and seed, so any variant a learner once answered can be rebuilt
 * for review even if it is not in today's set).
 */
import { loadQuestionBank, loadQuestionTemplates, type Question } from '../../content/questions';
import { generateVariant, type QuestionTemplate } from '../../content/questionTemplates';

/** Seeds of the variants offered from each template; fixed so the set is the same on every device. */
export const VARIANT_SEEDS = [1, 2, 3] as const;

const VARIANT_ID = /^([a-z-]+)-(t\d{2})x(\d+)$/;

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
    const m = VARIANT_ID.exec(id);
    const template = m ? templates.find((t) => t.id === m[2] && t.topic === m[1]) : undefined;
    if (!m || !template) return undefined;
    try {
      const q = generateVariant(template, Number(m[3]));
      index.set(id, q);
      return q;
    } catch {
      return undefined;
    }
  };
  return { questions, byId };
}

let cached: PracticeBank | undefined;

/** The bank, validated once per page load. */
export function practiceBank(): PracticeBank {
  cached ??= buildPracticeBank(loadQuestionBank(), loadQuestionTemplates());
  return cached;
}
