// A note on the projector is shown one section at a time.
import { describe, expect, it } from 'vitest';
import { notePages } from '../../../../src/ui/workshop/presenter/notePages';
import { getNote } from '../../../../src/content/notes';

describe('notePages', () => {
  it('makes the text before the first section an opening page and each ## section a page', () => {
    const pages = notePages('# Title\n\nIntro words.\n\n## First\n\nOne.\n\n## Second\n\nTwo.\n');
    expect(pages).toEqual([
      { heading: null, markdown: 'Intro words.' },
      { heading: 'First', markdown: '## First\n\nOne.' },
      { heading: 'Second', markdown: '## Second\n\nTwo.' },
    ]);
  });

  it('keeps ### subsections on their section’s page and never cuts inside fenced code', () => {
    const pages = notePages('## A\n\n### A.1\n\n```md\n## not a section\n```\n\n## B\n');
    expect(pages.map((p) => p.heading)).toEqual(['A', 'B']);
    expect(pages[0]!.markdown).toContain('## not a section');
  });

  it('has no empty opening page when the note starts with a section', () => {
    expect(notePages('# T\n\n## Only\n\nText.').map((p) => p.heading)).toEqual(['Only']);
  });

  it('pages a real note by its sections', () => {
    const pages = notePages(getNote('versions-and-latest')!.body);
    expect(pages.map((p) => p.heading)).toEqual([
      null,
      'What publishing captures',
      'Numbering rules',
      'Nothing changed, nothing published',
      'Qualified and unqualified names',
      'Try it',
    ]);
  });
});
