/**
 * One question file at a time, as the build parsed and checked it (`?data`, scripts/viteContentData.ts):
 * a drill's first question loads with its own file instead of the whole bank (questions.ts; issue 18).
 * The bank imports the same modules, so a question loaded here is the bank's own object.
 */
import type { Question } from './questionsSchema';
import type { QuestionTemplate } from './questionTemplates';

// Inside a function so that plain Node tools can import this module; Vite rewrites it.
const dataFiles = (): Record<string, () => Promise<unknown>> =>
  import.meta.glob<unknown>('/questions/*.yaml', { query: '?data', import: 'default' });

async function loadFile(path: string): Promise<unknown> {
  const load = dataFiles()[path];
  if (!load) throw new Error(`${path}: there is no such question file`);
  return load();
}

/** The questions of one file of questions/, e.g. "/questions/hooks.yaml". */
export const loadQuestionFile = (path: string): Promise<Question[]> => loadFile(path) as Promise<Question[]>;

/** The templates of questions/templates.yaml (or another templates file). */
export const loadTemplateFile = (path: string): Promise<QuestionTemplate[]> =>
  loadFile(path) as Promise<QuestionTemplate[]>;
