import { ContentError } from './contentError';
import { glossary } from './glossary';
import { groupBySection, sortNotes } from './noteOrder';
import { findLinkProblems } from './notesLinks';
import type { Note } from './notesSchema';

export type { GlossaryTerm, Note, NoteFrontmatter } from './notesSchema';
export { ContentError } from './contentError';
export { glossary, getGlossaryTerm } from './glossary';
// The Learn pages use noteSummaries.ts (no note text); these stay here for the modules that import notes.
export { loadRenderedNote } from './noteSummaries';

// Each note and the glossary arrive parsed and already checked by the build (scripts/viteContentData.ts
// runs parseNote / parseGlossary on every file), so a bad one fails `vite build` and the tests; the
// links between them are checked below.
const noteFiles = import.meta.glob<Note>(['/content/**/*.md', '!/content/scenarios/**'], {
  query: '?data',
  import: 'default',
  eager: true,
});

export const notes: Note[] = sortNotes(Object.values(noteFiles));

const problems = findLinkProblems(notes, glossary);
if (problems.length) throw new ContentError(problems.join('\n'));

const notesById = new Map(notes.map((n) => [n.id, n]));

export function getNote(id: string): Note | undefined {
  return notesById.get(id);
}

/** Notes grouped by section, in reading order. */
export function notesBySection(): { section: string; notes: Note[] }[] {
  return groupBySection(notes);
}
