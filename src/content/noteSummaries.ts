/**
 * Every note without its text: the frontmatter, reading time and source path, from the build's `?summary`
 * of each note (src/content/contentFileData.ts). The Learn list and a note's page (header, pager,
 * related notes) need only this, and a note's body arrives as HTML on demand (notesRenderedFiles.ts), so
 * neither waits for every note's Markdown (notes.ts, about 60 KB gzip; issue 18).
 * tests/unit/content/noteSummaries.test.ts proves these agree with the full notes.
 */
import { ContentError } from './contentError';
import { groupBySection, sortNotes } from './noteOrder';
import type { Note } from './notesSchema';
import type { RenderedMarkdown } from './markdown';
import { recordBuiltNoteHtml } from './notesBuiltHtml';
import { renderedFiles } from './notesRenderedFiles';

export type NoteSummary = Omit<Note, 'body'>;

const summaryFiles = import.meta.glob<NoteSummary>(['/content/**/*.md', '!/content/scenarios/**'], {
  query: '?summary',
  import: 'default',
  eager: true,
});

/** Every note in reading order. */
export const noteSummaries: NoteSummary[] = sortNotes(Object.values(summaryFiles));

const summariesById = new Map(noteSummaries.map((n) => [n.id, n]));

export function getNoteSummary(id: string): NoteSummary | undefined {
  return summariesById.get(id);
}

/** Notes grouped by section, in reading order. */
export function noteSummariesBySection(): { section: string; notes: NoteSummary[] }[] {
  return groupBySection(noteSummaries);
}

/** A note's body as HTML (already sanitised), its table of contents and the glossary terms it links. */
export async function loadRenderedNote(note: Pick<Note, 'path'>): Promise<RenderedMarkdown> {
  const load = renderedFiles[note.path];
  if (!load) throw new ContentError(`${note.path}: the build has no rendered HTML for this note`);
  const rendered = await load();
  recordBuiltNoteHtml(rendered.html);
  return rendered;
}
