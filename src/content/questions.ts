/**
 * Loads the question bank. Every questions/<topic>.yaml is bundled as raw text and validated here, so a
 * broken file fails the build and the tests with a message naming file, question and field.
 * questions/templates.yaml holds parameterised templates and is loaded by questionTemplates.ts instead.
 */
import { parse } from 'yaml';
import { questionSchema, type Question } from './questionsSchema';

export type { Question } from './questionsSchema';

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

const TEMPLATE_FILE = /(^|\/)templates\.ya?ml$/;

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
  const topic = path.split('/').pop()?.replace(/\.ya?ml$/, '');
  return data.map((item: unknown, index) => {
    const id = typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
      ? (item as { id: string }).id
      : `#${index + 1}`;
    const result = questionSchema.safeParse(item);
    if (!result.success) {
      const first = result.error.issues[0];
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

/** Validates a whole bank: ids and stems must be unique across files. */
export function parseQuestionBank(files: Record<string, string>): Question[] {
  const all: Question[] = [];
  const ids = new Map<string, string>();
  const stems = new Map<string, string>();
  for (const [path, raw] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (TEMPLATE_FILE.test(path)) continue;
    for (const q of parseQuestionFile(path, raw)) {
      const stem = q.stem.trim().toLowerCase();
      if (ids.has(q.id)) throw new QuestionFileError(path, q.id, 'id', `duplicate id (also in ${ids.get(q.id)})`);
      if (stems.has(stem)) throw new QuestionFileError(path, q.id, 'stem', `duplicate stem (same as ${stems.get(stem)})`);
      ids.set(q.id, path);
      stems.set(stem, q.id);
      all.push(q);
    }
  }
  return all;
}

// Inside a function so that plain Node tools (tsx scripts) can import this module; Vite rewrites it.
const rawFiles = (): Record<string, string> =>
  import.meta.glob('/questions/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The whole bank, validated (throws on the first bad question). */
export function loadQuestionBank(): Question[] {
  return parseQuestionBank(rawFiles());
}

/** Raw text of questions/templates.yaml, for questionTemplates.ts. */
export function rawTemplateFile(): string | undefined {
  return Object.entries(rawFiles()).find(([p]) => TEMPLATE_FILE.test(p))?.[1];
}
