import type { Note } from './notesSchema';

type Placed = Pick<Note, 'sectionOrder' | 'order'>;

/** Reading order: by section, then by the note's number within it. */
export function sortNotes<T extends Placed>(notes: T[]): T[] {
  return [...notes].sort((a, b) => a.sectionOrder - b.sectionOrder || a.order - b.order);
}

/** Notes (already in reading order) grouped by section. */
export function groupBySection<T extends Pick<Note, 'section'>>(
  notes: readonly T[],
): { section: string; notes: T[] }[] {
  const groups: { section: string; notes: T[] }[] = [];
  for (const note of notes) {
    const last = groups.at(-1);
    if (last && last.section === note.section) last.notes.push(note);
    else groups.push({ section: note.section, notes: [note] });
  }
  return groups;
}
