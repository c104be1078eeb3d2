import { parse as parseYaml } from 'yaml';
import type { z } from '../zodConfigured';
import { glossarySchema, noteFrontmatterSchema, type GlossaryTerm, type Note } from './notesSchema';

import { ContentError } from './contentError';

export { ContentError } from './contentError';
export { sortNotes } from './noteOrder';

const NOTE_PATH = /\/(\d{2})-[a-z0-9-]+\/(\d{2})-[a-z0-9-]+\.md$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const WORDS_PER_MINUTE = 200;

function describeIssues(path: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.join('.') : '(frontmatter)';
      return `${path}: invalid field "${field}": ${issue.message}`;
    })
    .join('\n');
}

/** Words a reader reads: code fences and link targets do not count towards reading time. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`|[\]!-]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/**
 * Parses one note file. Pure: tests call it with fixtures. Throws ContentError naming the file
 * and the bad field, so invalid content fails the build and the tests.
 */
export function parseNote(path: string, raw: string): Note {
  const place = NOTE_PATH.exec(path);
  if (!place) throw new ContentError(`${path}: note files must be named content/NN-section/NN-slug.md`);
  const match = FRONTMATTER.exec(raw);
  if (!match) throw new ContentError(`${path}: missing frontmatter (a --- block at the top of the file)`);
  let data: unknown;
  try {
    data = parseYaml(match[1]!); // FRONTMATTER's groups are required
  } catch (error) {
    throw new ContentError(`${path}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const result = noteFrontmatterSchema.safeParse(data);
  if (!result.success) throw new ContentError(describeIssues(path, result.error));
  const frontmatter = result.data;
  const fileOrder = Number(place[2]);
  if (frontmatter.order !== fileOrder) {
    throw new ContentError(
      `${path}: invalid field "order": ${frontmatter.order} does not match the file number ${fileOrder}`,
    );
  }
  const body = match[2]!;
  const wordCount = countWords(body);
  return {
    ...frontmatter,
    path,
    sectionOrder: Number(place[1]),
    body,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}

export function parseGlossary(path: string, raw: string): GlossaryTerm[] {
  let data: unknown;
  try {
    data = parseYaml(raw);
  } catch (error) {
    throw new ContentError(`${path}: not valid YAML: ${(error as Error).message}`);
  }
  const result = glossarySchema.safeParse(data);
  if (!result.success) {
    const message = result.error.issues
      .map((issue) => `${path}: invalid field "${issue.path.join('.') || '(root)'}": ${issue.message}`)
      .join('\n');
    throw new ContentError(message);
  }
  const seen = new Set<string>();
  for (const term of result.data) {
    if (seen.has(term.id)) throw new ContentError(`${path}: invalid field "id": duplicate glossary id "${term.id}"`);
    seen.add(term.id);
  }
  return result.data;
}
