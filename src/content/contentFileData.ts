/**
 * What the build makes of each content file (scripts/viteContentData.ts loads this module through
 * Vite's module runner): the file parsed and checked against its schema, or an error naming the file
 * and field (`?data`); or just the few fields that say what each item is (`?index`, for the progress
 * catalogue, which should not have to load every question, scenario and note to label them). Only
 * checking modules are imported here, never bundled content, so loading it cannot recurse into the build.
 */
import { parseDiagramFile } from './diagramFile';
import { parseLearningPath } from './learningPathSchema';
import { parseGlossary, parseNote } from './notesParse';
import { parseQuestionFile, TEMPLATE_FILE } from './questionFile';
import { parseTemplateFile } from './questionTemplateFile';
import { parseScenarioFile } from '../scenario/file';
import type { Note } from './notesSchema';
import type { ScenarioDef } from '../scenario/schema';

type ContentKind = 'scenario' | 'glossary' | 'path' | 'note' | 'diagram' | 'templates' | 'questions';

/** `path` is the file's path from the project root with a leading slash, e.g. /questions/hooks.yaml. */
function kindOf(path: string): ContentKind {
  if (/^\/content\/scenarios\/[^/]+\.ya?ml$/.test(path)) return 'scenario';
  if (path === '/content/glossary.yaml') return 'glossary';
  if (path === '/content/path.yaml') return 'path';
  if (/^\/content\/.+\.md$/.test(path)) return 'note';
  if (/^\/content\/diagrams\/[^/]+\.ya?ml$/.test(path)) return 'diagram';
  if (/^\/questions\/[^/]+\.ya?ml$/.test(path)) return TEMPLATE_FILE.test(path) ? 'templates' : 'questions';
  throw new Error(`${path}: no schema is known for this content file (src/content/contentFileData.ts)`);
}

/** The file parsed and checked against its schema; throws naming the file and field. */
export function contentFileData(path: string, text: string): unknown {
  switch (kindOf(path)) {
    case 'scenario':
      return parseScenarioFile(path, text);
    case 'glossary':
      return parseGlossary(path, text);
    case 'path':
      return parseLearningPath(path, text);
    case 'note':
      return parseNote(path, text);
    case 'diagram':
      return parseDiagramFile(path, text);
    case 'templates':
      return parseTemplateFile(path, text);
    case 'questions':
      return parseQuestionFile(path, text);
  }
}

/**
 * What the progress catalogue needs of each item (ids, topics, trap tags; a scenario's and a note's
 * title), taken from the file's checked data (`contentFileData`), so the file is parsed and checked once.
 * A question's stem, its label, is not in it: only the Progress page's review queue names questions, and
 * it loads them then (`?stems`, contentFileStems).
 */
export function contentFileIndex(path: string, data: unknown): unknown {
  switch (kindOf(path)) {
    case 'scenario': {
      // Also what the /scenarios list shows (src/scenario/summaries.ts).
      const { id, title, topic, traps, minutes, story } = data as ScenarioDef;
      return { id, title, topic, traps, minutes, story: { goal: story.goal } };
    }
    case 'note': {
      const { id, title } = data as Note;
      return { id, title };
    }
    case 'templates':
    case 'questions':
      return (data as { id: string; topic: string; tags: string[] }[]).map(({ id, topic, tags }) => ({
        id,
        topic,
        tags,
      }));
    case 'glossary':
    case 'path':
    case 'diagram':
      throw new Error(`${path}: there is no index for this content file (src/content/contentFileData.ts)`);
  }
}

/**
 * Each question's id, topic and stem (`?stems`): what names a question in the Progress page's review queue
 * (src/content/questionStems.ts), loaded only when a review is due. A template's stem still has its blanks.
 */
export function contentFileStems(path: string, data: unknown): unknown {
  switch (kindOf(path)) {
    case 'templates':
    case 'questions':
      return (data as { id: string; topic: string; stem: string }[]).map(({ id, topic, stem }) => ({
        id,
        topic,
        stem,
      }));
    case 'scenario':
    case 'note':
    case 'glossary':
    case 'path':
    case 'diagram':
      throw new Error(`${path}: only question files have stems (src/content/contentFileData.ts)`);
  }
}

/**
 * A file's items without their text (`?summary`). A note: its frontmatter, for the Learn list and a
 * note's header, pager and related links (src/content/noteSummaries.ts), so those pages do not load
 * every note's Markdown. A question file: each question's topic, tags and kind of practice, and a
 * template's topic and tags, for the Practice home's counts (src/content/questionSummaries.ts), so it
 * does not load the question bank.
 */
export function contentFileSummary(path: string, data: unknown): unknown {
  switch (kindOf(path)) {
    case 'note': {
      const { body: _body, ...summary } = data as Note;
      return summary;
    }
    case 'questions':
      return (data as { topic: string; tags: string[]; practice?: string }[]).map(({ topic, tags, practice }) =>
        practice === undefined ? { topic, tags } : { topic, tags, practice },
      );
    case 'templates':
      return (data as { topic: string; tags: string[] }[]).map(({ topic, tags }) => ({ topic, tags }));
    case 'scenario':
    case 'glossary':
    case 'path':
    case 'diagram':
      throw new Error(`${path}: there is no summary for this content file (src/content/contentFileData.ts)`);
  }
}
