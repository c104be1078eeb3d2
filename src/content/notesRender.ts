/**
 * A note's body as the Learn page shows it: rendered from markdown and sanitised at build time
 * (scripts/viteContentData.ts, `<note>.md?rendered`, with a jsdom window for DOMPurify), so a note
 * page runs neither marked nor DOMPurify on it (Lighthouse TBT, issue 18). Tests call it with jsdom's
 * window too.
 */
import { renderMarkdown, type RenderedMarkdown } from './markdown';
import type { WindowLike } from './markdownSanitize';

export function renderNoteBody(body: string, domWindow?: WindowLike): RenderedMarkdown {
  return renderMarkdown(body, { dropLeadingTitle: true, ...(domWindow ? { domWindow } : {}) });
}
