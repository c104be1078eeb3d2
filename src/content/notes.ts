import glossaryRaw from '/content/glossary.yaml?raw';
import { ContentError, parseGlossary, parseNote, sortNotes } from './notesParse';
import { findLinkProblems } from './notesLinks';
import type { GlossaryTerm, Note } from './notesSchema';

export type { GlossaryTerm, Note, NoteFrontmatter } from './notesSchema';
export { ContentError, parseGlossary, parseNote } from './notesParse';

// Eager so that a bad note fails `vite build` (and every test that imports this module).
const rawNotes = import.meta.glob<string>(['/content/**/*.md', '!/content/scenarios/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const glossary: GlossaryTerm[] = parseGlossary('/content/glossary.yaml', glossaryRaw);

export const notes: Note[] = sortNotes(Object.entries(rawNotes).map(([path, raw]) => parseNote(path, raw)));

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
