// Decides whether a click on a link should be handled by the in-app router (History API) or left
// to the browser. Kept free of Svelte so it can be unit-tested with plain objects.

export interface ClickLike {
  button: number;
  defaultPrevented: boolean;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface AnchorLike {
  href: string;
  target: string;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
}

/** Files the browser should fetch itself (icons, the manifest, exported data), not routes. */
const FILE_EXTENSION = /\.[a-z0-9]{2,12}$/i;

/**
 * Returns the in-app URL (path + query + hash) to navigate to, or null when the browser should
 * handle the click: modified clicks (new tab/window), other origins, downloads, target=_blank,
 * rel=external, and links to files.
 */
export function inAppDestination(event: ClickLike, anchor: AnchorLike, origin: string): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  if (anchor.hasAttribute('download')) return null;
  if (anchor.target && anchor.target !== '_self') return null;
  if ((anchor.getAttribute('rel') ?? '').split(/\s+/).includes('external')) return null;
  let url: URL;
  try {
    url = new URL(anchor.href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  if (url.pathname !== '/index.html' && FILE_EXTENSION.test(url.pathname)) return null;
  return url.pathname + url.search + url.hash;
}
