import { describe, expect, it } from 'vitest';
import { notes, notesBySection } from '../../../src/content/notes';
import { getNoteSummary, noteSummaries, noteSummariesBySection } from '../../../src/content/noteSummaries';

describe('the note summaries the Learn pages load agree with the full notes', () => {
  it('list every note, in the same reading order', () => {
    expect(notes.length).toBeGreaterThan(0);
    expect(noteSummaries.map((n) => n.id)).toEqual(notes.map((n) => n.id));
  });

  it('carry each note exactly as the full note, without its Markdown', () => {
    for (const note of notes) {
      const { body, ...rest } = note;
      expect(body.length).toBeGreaterThan(0);
      const summary = getNoteSummary(note.id);
      expect(summary).toEqual(rest);
      expect(summary).not.toHaveProperty('body');
    }
  });

  it('group the notes into the same sections', () => {
    const ids = (groups: { section: string; notes: { id: string }[] }[]) =>
      groups.map((g) => ({ section: g.section, ids: g.notes.map((n) => n.id) }));
    expect(ids(noteSummariesBySection())).toEqual(ids(notesBySection()));
  });

  it('find no note for an unknown id', () => {
    expect(getNoteSummary('no-such-note')).toBeUndefined();
  });
});
