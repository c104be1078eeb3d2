// A note page loads the gate for note HTML without DOMPurify (issue 18): the build's HTML passes, and
// HTML from anywhere else is never let through unsanitised, even before the sanitiser has loaded.
import { describe, expect, it } from 'vitest';
import { recordBuiltNoteHtml } from '../../../src/content/notesBuiltHtml';
import { trustedNoteHtml, useRuntimeNoteSanitizer } from '../../../src/content/noteHtmlPolicy';

const hostile = '<p>hi</p><img src="x" onerror="alert(1)">';

describe('the note HTML gate', () => {
  it('passes the HTML the build rendered and sanitised, unchanged', () => {
    const built = '<h2 id="try-it">Try it</h2><p>Open the Lab.</p>';
    recordBuiltNoteHtml(built);
    expect(trustedNoteHtml(built)).toBe(built);
  });

  it('shows nothing of HTML the build did not make while no sanitiser is loaded', () => {
    expect(trustedNoteHtml(hostile)).toBe('');
  });

  it('cleans such HTML with the run-time sanitiser once it is loaded', () => {
    useRuntimeNoteSanitizer((html) => html.replace(/<img[^>]*>/g, ''));
    expect(trustedNoteHtml(hostile)).toBe('<p>hi</p>');
  });
});
