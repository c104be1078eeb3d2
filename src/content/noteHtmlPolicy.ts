/**
 * The gate for note HTML on its way to the page's one HTML sink ({@html} in NoteBody.svelte), without
 * DOMPurify in it, so that a note page does not load the sanitiser for HTML the build already cleaned
 * (issue 18). What passes:
 * - a note's HTML as the build rendered and sanitised it (notesBuiltHtml.ts), unchanged;
 * - any other HTML only through the run-time sanitiser, DOMPurify (markdownSanitize.ts), which the
 *   in-browser Markdown renderer loads with itself and hands to this gate. HTML made in the page (a
 *   presenter's note pages) therefore always meets it; with no sanitiser loaded such HTML is refused
 *   (nothing is shown) rather than let through.
 * Where the browser supports Trusted Types (index.html's CSP requires them) this is the only way to the
 * sink, so nothing unsanitised can reach the DOM even by mistake.
 * https://developer.mozilla.org/en-US/docs/Web/API/Trusted_Types_API
 */
import { isBuiltNoteHtml } from './notesBuiltHtml';

type Sanitize = (html: string) => string;

let runtimeSanitize: Sanitize | undefined;

/** Called by markdownSanitize.ts when it loads: HTML the build did not make is cleaned with this. */
export function useRuntimeNoteSanitizer(sanitize: Sanitize): void {
  runtimeSanitize = sanitize;
}

function clean(html: string): string {
  if (isBuiltNoteHtml(html)) return html;
  return runtimeSanitize ? runtimeSanitize(html) : '';
}

interface HtmlPolicy {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): HtmlPolicy;
}

let notesPolicy: HtmlPolicy | undefined;

/** Note HTML for the sink: a TrustedHTML where Trusted Types exist, else the checked string. */
export function trustedNoteHtml(html: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return clean(html);
  notesPolicy ??= factory.createPolicy('canary-lab-notes', { createHTML: clean });
  // A TrustedHTML object: Svelte's {@html} assigns it to innerHTML unchanged.
  return notesPolicy.createHTML(html) as string;
}
