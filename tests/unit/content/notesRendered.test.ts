// Notes reach the page as HTML the build rendered and sanitised (issue 18): the Learn page loads
// one note's HTML and runs neither marked nor DOMPurify on it, while HTML made in the browser is
// still cleaned. Facts below come from the note file itself (content/01-foundations/01-…md).
import { describe, expect, it } from 'vitest';
import { getNote, loadRenderedNote, notes } from '../../../src/content/notes';
import { isBuiltNoteHtml } from '../../../src/content/notesBuiltHtml';
import { trustedNoteHtml } from '../../../src/content/noteHtmlPolicy';
// The in-browser renderer's sanitiser, as a presenter's page loads it with renderMarkdown.
import '../../../src/content/markdownSanitize';

describe('notes rendered at build time', () => {
  it('a note arrives as HTML with its sections as the table of contents, without its # title', async () => {
    const note = getNote('why-lambda-deployment-differs');
    expect(note).toBeDefined();
    const rendered = await loadRenderedNote(note!);
    // The file's level-2 headings, in order.
    expect(rendered.toc.map((entry) => entry.text)).toEqual([
      'Three properties do the work',
      'What CodeDeploy adds',
      'Consequences you will be tested on',
      'Try it',
    ]);
    expect(rendered.html).toContain('<h2 id="three-properties-do-the-work">');
    // The page prints the title itself, so the body's leading "# Why Lambda deployment is different" is gone.
    expect(rendered.html).not.toContain('<h1');
  });

  it('every note has build HTML, and the page passes that HTML on unchanged', async () => {
    for (const note of notes) {
      const { html } = await loadRenderedNote(note);
      expect(html.length, note.id).toBeGreaterThan(100);
      expect(isBuiltNoteHtml(html), note.id).toBe(true);
      expect(trustedNoteHtml(html), note.id).toBe(html);
    }
  });

  it('HTML that did not come from the build is still sanitised in the page', () => {
    const hostile = '<p>hi</p><img src="x" onerror="alert(1)"><script>alert(2)</script>';
    expect(isBuiltNoteHtml(hostile)).toBe(false);
    const cleaned = trustedNoteHtml(hostile);
    expect(cleaned).toContain('<p>hi</p>');
    expect(cleaned).not.toMatch(/onerror|<script|<img/);
  });
});
