/**
 * The build's module-preload helper, in place of Vite's own (`\0vite/preload-helper.js`, Vite 8.3;
 * scripts/viteBatchedPreload.ts swaps it in). Vite wraps every dynamic import() of the app as
 * `__vitePreload(() => import('./x.js'), deps)`: before the chunk itself is imported, each chunk it
 * imports statically (and its CSS) gets a <link rel="modulepreload"> (or a stylesheet link), so they
 * download side by side instead of one import level after another.
 *
 * The one change from Vite's helper: the new links of one call go into the document together, as one
 * DocumentFragment, not with one appendChild each. Chromium does work for every insertion into <head>;
 * 20 links appended one by one cost about 12 ms of the main thread on a laptop, as one fragment about
 * 2 ms. At Lighthouse's 4× CPU slowdown the Lab's simulator (15 chunks) and the Workshop's tools paid
 * 40–60 ms of blocking time for it (issue 18). Everything else follows Vite's helper: a dependency
 * preloads once per page, a link already in the document (index.html's first-route links,
 * scripts/viteRoutePreload.ts) is not added again, and a failed dependency is reported as Vite's
 * `vite:preloadError` event (https://vite.dev/guide/build#load-error-handling) before the import
 * itself is tried. No CSP nonce is read: this app's Content-Security-Policy allows its own origin.
 *
 * `__BASE__` is replaced with the build's base path when the plugin loads this file.
 */
const base = __BASE__; // eslint-disable-line no-undef -- filled in by the plugin
/** href → the promise of its preload while it is loading, or undefined once settled or not needed. */
const seen = {};

function preloadOnce(href, preload) {
  if (href in seen) return seen[href];
  const promise = preload();
  if (!promise) {
    seen[href] = undefined;
    return undefined;
  }
  const settled = promise.then(
    () => {
      seen[href] = undefined;
    },
    (err) => {
      seen[href] = undefined;
      throw err;
    },
  );
  seen[href] = settled;
  return settled;
}

function allSettled(promises) {
  return Promise.all(
    promises.map((p) =>
      Promise.resolve(p).then(
        (value) => ({ status: 'fulfilled', value }),
        (reason) => ({ status: 'rejected', reason }),
      ),
    ),
  );
}

function handlePreloadError(err) {
  const event = new Event('vite:preloadError', { cancelable: true });
  event.payload = err;
  window.dispatchEvent(event);
  if (!event.defaultPrevented) throw err;
}

/** The hrefs of every link already in the document, and of the stylesheet links among them. */
function linksInDocument() {
  const all = new Set();
  const styles = new Set();
  const links = document.getElementsByTagName('link');
  for (let i = links.length - 1; i >= 0; i--) {
    all.add(links[i].href);
    if (links[i].rel === 'stylesheet') styles.add(links[i].href);
  }
  return { all, styles };
}

export function __vitePreload(baseModule, deps) {
  let promise = Promise.resolve();
  if (deps && deps.length > 0) {
    let present;
    const batch = document.createDocumentFragment();
    const waits = deps
      .map((dep) => {
        const href = new URL(base + dep, document.baseURI).href;
        const isCss = new URL(href).pathname.endsWith('.css');
        return preloadOnce(href, () => {
          present ??= linksInDocument();
          if ((isCss ? present.styles : present.all).has(href)) return undefined;
          const link = document.createElement('link');
          link.rel = isCss ? 'stylesheet' : 'modulepreload';
          if (!isCss) link.as = 'script';
          link.crossOrigin = '';
          link.href = href;
          batch.appendChild(link);
          if (!isCss) return undefined;
          return new Promise((resolve, reject) => {
            const settle = (e) => {
              link.removeEventListener('load', settle);
              link.removeEventListener('error', settle);
              if (e.type === 'error') reject(new Error(`Unable to preload CSS for ${href}`));
              else resolve(e);
            };
            link.addEventListener('load', settle);
            link.addEventListener('error', settle);
          });
        });
      })
      .filter((p) => p !== undefined);
    if (batch.childNodes.length > 0) document.head.appendChild(batch);
    promise = allSettled(waits);
  }
  return promise.then((results) => {
    for (const item of results || []) if (item.status === 'rejected') handlePreloadError(item.reason);
    return baseModule().catch(handlePreloadError);
  });
}
