/**
 * Checks question files: each file against the schema (parseQuestionFile, run by the build on every
 * file it bundles — scripts/viteContentData.ts) and the bank as a whole (unique ids and stems). A broken
 * file fails the build and the tests with a message naming file, question and field.
 */
import { parse } from 'yaml';
import { questionSchema, type Question } from './questionsSchema';
import { checkQuestionBank, QuestionFileError, TEMPLATE_FILE } from './questionBank';

export { checkQuestionBank, QuestionFileError, TEMPLATE_FILE } from './questionBank';

export type { Question } from './questionsSchema';

/** Parses and validates one topic file; the file name must be the topic of every question in it. */
export function parseQuestionFile(path: string, raw: string): Question[] {
  let data: unknown;
  try {
    data = parse(raw);
  } catch (e) {
    throw new QuestionFileError(path, '(file)', '(yaml)', e instanceof Error ? e.message : String(e));
  }
  if (!Array.isArray(data) || data.length === 0) {
    throw new QuestionFileError(path, '(file)', '(root)', 'the file must be a non-empty YAML list of questions');
  }
  const topic = path
    .split('/')
    .pop()
    ?.replace(/\.ya?ml$/, '');
  return data.map((item: unknown, index) => {
    const id =
      typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : `#${index + 1}`;
    const result = questionSchema.safeParse(item);
    if (!result.success) {
      const first = result.error.issues[0]!; // a failed parse reports at least one issue
      const field = first.path.length ? first.path.join('.') : '(question)';
      const more = result.error.issues.length > 1 ? ` (+${result.error.issues.length - 1} more)` : '';
      throw new QuestionFileError(path, id, field, `${first.message}${more}`);
    }
    if (result.data.topic !== topic) {
      throw new QuestionFileError(path, id, 'topic', `"${result.data.topic}" does not match the file name "${topic}"`);
    }
    return result.data;
  });
}

/** Validates a whole bank given as YAML texts: each file, then ids and stems unique across files. */
export function parseQuestionBank(files: Record<string, string>): Question[] {
  const parsed = Object.entries(files)
    .filter(([path]) => !TEMPLATE_FILE.test(path))
    .map(([path, raw]) => [path, parseQuestionFile(path, raw)] as const);
  return checkQuestionBank(Object.fromEntries(parsed));
}
