import type { Note } from './notesSchema';

/** Reading order: by section, then by the note's number within it. */
export function sortNotes(notes: Note[]): Note[] {
  return [...notes].sort((a, b) => a.sectionOrder - b.sectionOrder || a.order - b.order);
}
