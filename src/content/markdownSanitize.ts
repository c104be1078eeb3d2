// The last gate before note HTML reaches the DOM. DOMPurify parses the HTML in a real (or jsdom)
// document and keeps only plain HTML elements, no event handlers, no scripts, no SVG or MathML,
// and only the link targets the notes use. It needs a window: the browser's, or jsdom's in tests.
import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';

export type { WindowLike } from 'dompurify';
import { useRuntimeNoteSanitizer } from './noteHtmlPolicy';

/** Link targets: https:, http:, a same-page #anchor or an absolute in-app path (not the protocol-relative //host). */
const LINK_TARGET = /^(?:https?:\/\/|#|\/(?![/\\]))/i;
/**
 * DOMPurify tests every non-URI attribute value (type="button", scope="col") against this too, so
 * it also admits values with no scheme at all; href and src are held to LINK_TARGET in the hook.
 */
const ALLOWED_URI = /^(?:https?:\/\/|#|\/(?![/\\])|(?![/\\])[^:]*$)/i;

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'textarea',
    'select',
    'option',
    'iframe',
    'object',
    'embed',
    'link',
    'meta',
    'base',
  ],
  FORBID_ATTR: ['style', 'srcset', 'formaction', 'target'],
  // Heading ids are slugs the renderer made ([a-z0-9-] only), and raw HTML never gets here as
  // tags; DOMPurify's clobbering guard would strip ordinary slugs such as "title" or "images"
  // (names that exist on document), breaking note:<id>#<slug> links.
  SANITIZE_DOM: false,
  RETURN_TRUSTED_TYPE: false,
};

/** Browsers ignore control characters and spaces in URLs ("java\tscript:"), so the check must too. */
function withoutControls(value: string): string {
  return [...value].filter((char) => char.charCodeAt(0) > 0x20).join('');
}

const purifiers = new WeakMap<object, Purifier>();

function instance(domWindow: WindowLike | undefined): Purifier {
  if (!domWindow) throw new Error('sanitizeNoteHtml needs a DOM (the browser, or jsdom in tests and the build)');
  const existing = purifiers.get(domWindow);
  if (existing) return existing;
  // A private instance, so these hooks never affect another module's use of DOMPurify.
  const created = DOMPurify(domWindow);
  created.addHook('afterSanitizeAttributes', (node) => {
    for (const name of ['href', 'src']) {
      const value = node.getAttribute(name);
      if (value !== null && !LINK_TARGET.test(withoutControls(value))) node.removeAttribute(name);
    }
    // DOMPurify lets data: through on <img src> whatever the URI rule says; notes never need it.
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (!/^https:\/\//i.test(src)) node.remove();
    }
    if (node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) {
      // External pages get no handle on this window.
      node.setAttribute('rel', 'noopener');
    }
  });
  purifiers.set(domWindow, created);
  return created;
}

/**
 * Cleans HTML with DOMPurify in `domWindow`: the page's own window in the browser, a jsdom window
 * when the build renders the notes (scripts/viteContentData.ts).
 */
export function sanitizeNoteHtml(
  html: string,
  domWindow: WindowLike | undefined = typeof window === 'undefined' ? undefined : window,
): string {
  return instance(domWindow).sanitize(html, CONFIG);
}

// HTML made in the browser (renderMarkdown) reaches the page's sink through this sanitiser too.
useRuntimeNoteSanitizer((html) => sanitizeNoteHtml(html));
