/**
 * The bundled question bank. Every questions/*.yaml arrives parsed and already checked against the
 * schema by the build (scripts/viteContentData.ts → questionFile.ts); here the bank is checked as a
 * whole. questions/templates.yaml holds the parameterised templates (questionTemplates.ts).
 */
import type { Question } from './questionsSchema';
import { checkQuestionBank, TEMPLATE_FILE } from './questionBank';
import type { QuestionTemplate } from './questionTemplates';

export type { Question } from './questionsSchema';

// Inside a function so that plain Node tools (tsx scripts) can import this module; Vite rewrites it.
const dataFiles = (): Record<string, unknown> =>
  import.meta.glob<unknown>('/questions/*.yaml', { query: '?data', import: 'default', eager: true });

/** The whole bank (throws naming the file when ids or stems repeat). */
export function loadQuestionBank(): Question[] {
  const topics = Object.entries(dataFiles()).filter(([path]) => !TEMPLATE_FILE.test(path));
  return checkQuestionBank(Object.fromEntries(topics) as Record<string, Question[]>);
}

/** The templates of questions/templates.yaml, as checked by the build. */
export function loadQuestionTemplates(): QuestionTemplate[] {
  const templates = Object.entries(dataFiles()).find(([path]) => TEMPLATE_FILE.test(path))?.[1];
  if (templates === undefined) throw new Error('questions/templates.yaml is missing');
  return templates as QuestionTemplate[];
}
