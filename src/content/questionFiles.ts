/**
 * One question file at a time, as the build parsed and checked it (`?data`, scripts/viteContentData.ts):
 * a drill's first question loads with its own file instead of the whole bank (questions.ts; issue 18).
 * The bank imports the same modules, so a question loaded here is the bank's own object.
 */
import { yieldToPage } from '../scenario/pace';
import { TEMPLATE_FILE } from './questionBank';
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

/**
 * Every question file and the templates, as separate imports started one after another without
 * waiting: the files download side by side, and each one's module runs in a task of its own as it
 * arrives. Imported as one module graph (questions.ts), all of them ran in a single task after the
 * drill's first question, 100 ms and more at Lighthouse's 4× CPU slowdown (issue 18). It returns in a
 * task of its own as well, so the caller's work with the files does not join the last one's.
 */
export async function loadAllQuestionFiles(): Promise<{
  /** path → the questions of that file, templates.yaml excluded (checkQuestionBank's input). */
  questions: Record<string, Question[]>;
  templates: QuestionTemplate[];
}> {
  // Each import starts in a task of its own too: the preload helper Vite wraps around every import()
  // costs about 2 ms a call on a laptop, so twenty-one at once were one long task again.
  const loaded = await Promise.all(
    Object.entries(dataFiles()).map(([path, load]) =>
      yieldToPage()
        .then(load)
        .then((data) => [path, data] as const),
    ),
  );
  await yieldToPage();
  const templates = loaded.find(([path]) => TEMPLATE_FILE.test(path))?.[1];
  if (templates === undefined) throw new Error('questions/templates.yaml is missing');
  const questions = Object.fromEntries(loaded.filter(([path]) => !TEMPLATE_FILE.test(path)));
  return { questions: questions as Record<string, Question[]>, templates: templates as QuestionTemplate[] };
}
