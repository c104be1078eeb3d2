/**
 * The notes' HTML as the build rendered and sanitised it (scripts/viteContentData.ts runs
 * renderMarkdown and DOMPurify on every note; a note page loads only its own HTML). Strings that
 * arrive through that path are recorded here so the page's Trusted Types policy
 * (noteHtmlPolicy.ts) can pass them without running DOMPurify a second time; any other HTML is
 * still sanitised in the browser. This module holds no DOMPurify, so recording costs nothing to load.
 */
const built = new Set<string>();

export function recordBuiltNoteHtml(html: string): void {
  built.add(html);
}

export function isBuiltNoteHtml(html: string): boolean {
  return built.has(html);
}
