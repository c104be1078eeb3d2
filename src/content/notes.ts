import glossaryData from '/content/glossary.yaml?data';
import { ContentError } from './contentError';
import { sortNotes } from './noteOrder';
import { findLinkProblems } from './notesLinks';
import type { GlossaryTerm, Note } from './notesSchema';
import type { RenderedMarkdown } from './markdown';
import { recordBuiltNoteHtml } from './notesBuiltHtml';
import { renderedFiles } from './notesRenderedFiles';

export type { GlossaryTerm, Note, NoteFrontmatter } from './notesSchema';
export { ContentError } from './contentError';

// Each note and the glossary arrive parsed and already checked by the build (scripts/viteContentData.ts
// runs parseNote / parseGlossary on every file), so a bad one fails `vite build` and the tests; the
// links between them are checked below.
const noteFiles = import.meta.glob<Note>(['/content/**/*.md', '!/content/scenarios/**'], {
  query: '?data',
  import: 'default',
  eager: true,
});

export const glossary = glossaryData as GlossaryTerm[];

/** A note's body as HTML (already sanitised), its table of contents and the glossary terms it links. */
export async function loadRenderedNote(note: Note): Promise<RenderedMarkdown> {
  const load = renderedFiles[note.path];
  if (!load) throw new ContentError(`${note.path}: the build has no rendered HTML for this note`);
  const rendered = await load();
  recordBuiltNoteHtml(rendered.html);
  return rendered;
}

export const notes: Note[] = sortNotes(Object.values(noteFiles));

const problems = findLinkProblems(notes, glossary);
if (problems.length) throw new ContentError(problems.join('\n'));

const notesById = new Map(notes.map((n) => [n.id, n]));
const termsById = new Map(glossary.map((t) => [t.id, t]));

export function getNote(id: string): Note | undefined {
  return notesById.get(id);
}

export function getGlossaryTerm(id: string): GlossaryTerm | undefined {
  return termsById.get(id);
}

/** Notes grouped by section, in reading order. */
export function notesBySection(): { section: string; notes: Note[] }[] {
  const groups: { section: string; notes: Note[] }[] = [];
  for (const note of notes) {
    const last = groups.at(-1);
    if (last && last.section === note.section) last.notes.push(note);
    else groups.push({ section: note.section, notes: [note] });
  }
  return groups;
}
