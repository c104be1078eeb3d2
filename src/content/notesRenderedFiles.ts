/**
 * Each note's HTML, rendered and sanitised by the build (notesRender.ts), in a small module of its own,
 * loaded on demand: a note page loads just its note's HTML and runs neither marked nor DOMPurify.
 * Kept apart from notes.ts (every note's frontmatter and text) so that main.ts can start loading the
 * HTML of the note in the address together with the page's own chunk (issue 18).
 */
import type { RenderedMarkdown } from './markdown';

export const renderedFiles = import.meta.glob<RenderedMarkdown>(['/content/**/*.md', '!/content/scenarios/**'], {
  query: '?rendered',
  import: 'default',
});

/**
 * Starts loading the HTML of note `id`, found by the content's file naming (<NN>-<id>.md); a note
 * named otherwise is simply loaded later, by its page. The browser fetches a module once, so the
 * page's own load gets the same module; a failure is reported there, not here.
 */
export function prefetchRenderedNote(id: string): void {
  const path = Object.keys(renderedFiles).find((p) => /\/\d+-([^/]+)\.md$/.exec(p)?.[1] === id);
  if (path) renderedFiles[path]?.().catch(() => undefined);
}
