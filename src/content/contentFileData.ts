/**
 * What the build makes of each content file (scripts/viteContentData.ts loads this module through
 * Vite's module runner): the file parsed and checked against its schema, or an error naming the file
 * and field (`?data`); or just the few fields that say what each item is (`?index`, for the progress
 * catalogue, which should not have to load every question, scenario and note to label them). Only
 * checking modules are imported here, never bundled content, so loading it cannot recurse into the build.
 */
import { parseGlossary, parseNote } from './notesParse';
import { parseQuestionFile, TEMPLATE_FILE } from './questionFile';
import { parseTemplateFile } from './questionTemplateFile';
import { parseScenarioFile } from './scenarioFile';

/** `path` is the file's path from the project root with a leading slash, e.g. /questions/hooks.yaml. */
export function contentFileData(path: string, text: string): unknown {
  if (/^\/content\/scenarios\/[^/]+\.ya?ml$/.test(path)) return parseScenarioFile(path, text);
  if (path === '/content/glossary.yaml') return parseGlossary(path, text);
  if (/^\/content\/.+\.md$/.test(path)) return parseNote(path, text);
  if (/^\/questions\/[^/]+\.ya?ml$/.test(path)) return TEMPLATE_FILE.test(path) ? parseTemplateFile(path, text) : parseQuestionFile(path, text);
  throw new Error(`${path}: no schema is known for this content file (src/content/contentFileData.ts)`);
}

/** What the progress catalogue needs of each item: ids, topics, trap tags and a text to label it by. */
export function contentFileIndex(path: string, text: string): unknown {
  if (/^\/content\/scenarios\/[^/]+\.ya?ml$/.test(path)) {
    const { id, title, topic, traps } = parseScenarioFile(path, text);
    return { id, title, topic, traps };
  }
  if (/^\/content\/.+\.md$/.test(path)) {
    const { id, title } = parseNote(path, text);
    return { id, title };
  }
  if (/^\/questions\/[^/]+\.ya?ml$/.test(path)) {
    const items = TEMPLATE_FILE.test(path) ? parseTemplateFile(path, text) : parseQuestionFile(path, text);
    return items.map(({ id, topic, tags, stem }) => ({ id, topic, tags, stem }));
  }
  throw new Error(`${path}: there is no index for this content file (src/content/contentFileData.ts)`);
}
