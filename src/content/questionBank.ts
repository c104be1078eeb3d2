/**
 * Rules on the question bank as a whole, and the error that names file, question and field. Free of
 * the schema and YAML libraries, so the browser's loader (questions.ts) can use it without them.
 */
import type { Question } from './questionsSchema';
import { byCodeUnits } from './codeUnitOrder';

export class QuestionFileError extends Error {
  constructor(
    readonly file: string,
    readonly questionId: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: question ${questionId}: field "${field}": ${detail}`);
    this.name = 'QuestionFileError';
  }
}

export const TEMPLATE_FILE = /(^|\/)templates\.ya?ml$/;

/** The bank from files whose questions each passed parseQuestionFile: ids and stems must be unique across files. */
export function checkQuestionBank(files: Record<string, Question[]>): Question[] {
  const all: Question[] = [];
  const ids = new Map<string, string>();
  const stems = new Map<string, string>();
  // Code-unit order is localeCompare's for these paths (tests/unit/content/codeUnitOrder.test.ts) and
  // builds no ICU collator, a long task on a phone when the drill loads the bank (issue 18).
  for (const [path, questions] of Object.entries(files).sort(([a], [b]) => byCodeUnits(a, b))) {
    for (const q of questions) {
      const stem = q.stem.trim().toLowerCase();
      if (ids.has(q.id)) throw new QuestionFileError(path, q.id, 'id', `duplicate id (also in ${ids.get(q.id)})`);
      if (stems.has(stem))
        throw new QuestionFileError(path, q.id, 'stem', `duplicate stem (same as ${stems.get(stem)})`);
      ids.set(q.id, path);
      stems.set(stem, q.id);
      all.push(q);
    }
  }
  return all;
}
