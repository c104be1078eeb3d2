// The build's dynamic imports preload the chunks they need with scripts/preloadHelper.js (swapped in for
// Vite's helper by scripts/viteBatchedPreload.ts): the same behaviour as Vite's, with one insertion per call.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { batchedPreloadHelperCode } from '../../../scripts/viteBatchedPreload';

type Preload = <T>(baseModule: () => Promise<T>, deps?: string[]) => Promise<T>;
let preload: Preload;

beforeAll(async () => {
  // Loaded as the build would ship it, base path filled in (inside the project: the test runner
  // imports only from there).
  const dir = join(process.cwd(), 'node_modules', '.cache', 'preload-helper-test');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `helper-${process.pid}.mjs`);
  writeFileSync(file, batchedPreloadHelperCode('/'));
  ({ __vitePreload: preload } = await import(/* @vite-ignore */ file));
});

afterEach(() => {
  for (const link of document.head.querySelectorAll('link')) link.remove();
});

const hrefs = () => [...document.head.querySelectorAll('link')].map((l) => l.getAttribute('href'));
const origin = location.origin;

/** How many times <head> received new children while `work` ran. */
async function insertionsDuring(work: () => Promise<unknown>): Promise<number> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((found) => records.push(...found));
  observer.observe(document.head, { childList: true });
  await work();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records.filter((r) => r.addedNodes.length > 0).length;
}

describe('preloading the chunks a dynamic import needs', () => {
  it('adds a modulepreload link per chunk, all in one insertion, then imports the module', async () => {
    let result: unknown;
    const insertions = await insertionsDuring(async () => {
      result = await preload(async () => 'the module', ['assets/a.js', 'assets/b.js', 'assets/c.js']);
    });
    expect(result).toBe('the module');
    expect(insertions).toBe(1);
    expect(hrefs()).toEqual([`${origin}/assets/a.js`, `${origin}/assets/b.js`, `${origin}/assets/c.js`]);
    for (const link of document.head.querySelectorAll('link')) {
      expect(link.rel).toBe('modulepreload');
      // The same request mode as the import itself, so the browser reuses the download.
      expect(link.crossOrigin).toBe('');
    }
  });

  it('does not add a link that is already in the document, or one an earlier import added', async () => {
    const existing = document.createElement('link');
    existing.rel = 'modulepreload';
    existing.href = `${origin}/assets/shell.js`;
    document.head.appendChild(existing);
    await preload(async () => 1, ['assets/shell.js', 'assets/page.js']);
    await preload(async () => 2, ['assets/page.js', 'assets/more.js']);
    expect(hrefs()).toEqual([`${origin}/assets/shell.js`, `${origin}/assets/page.js`, `${origin}/assets/more.js`]);
  });

  it('inserts nothing when every chunk is already there, and imports at once without dependencies', async () => {
    await preload(async () => 1, ['assets/x.js']);
    const insertions = await insertionsDuring(async () => {
      await preload(async () => 1, ['assets/x.js']);
      await preload(async () => 1, []);
      await preload(async () => 1);
    });
    expect(insertions).toBe(0);
  });

  it("reports a stylesheet that fails to load as Vite's vite:preloadError, and fails the import unless handled", async () => {
    const reported: unknown[] = [];
    const listener = (e: Event) => reported.push((e as Event & { payload: unknown }).payload);
    window.addEventListener('vite:preloadError', listener);
    try {
      const failing = preload(async () => 'never', ['assets/page.css']);
      const sheet = document.head.querySelector('link[rel=stylesheet]');
      expect(sheet?.getAttribute('href')).toBe(`${origin}/assets/page.css`);
      sheet?.dispatchEvent(new Event('error'));
      await expect(failing).rejects.toThrow(`Unable to preload CSS for ${origin}/assets/page.css`);
      expect(reported).toHaveLength(1);
    } finally {
      window.removeEventListener('vite:preloadError', listener);
    }
  });

  it('goes on with the import when a listener handles the error', async () => {
    const handled = (e: Event) => e.preventDefault();
    window.addEventListener('vite:preloadError', handled);
    try {
      const loading = preload(async () => 'loaded anyway', ['assets/other.css']);
      document.head.querySelector('link[rel=stylesheet]')?.dispatchEvent(new Event('error'));
      await expect(loading).resolves.toBe('loaded anyway');
    } finally {
      window.removeEventListener('vite:preloadError', handled);
    }
  });

  it('reports a module that fails to import the same way', async () => {
    const reported: unknown[] = [];
    const listener = (e: Event) => reported.push((e as Event & { payload: unknown }).payload);
    window.addEventListener('vite:preloadError', listener);
    try {
      const gone = new TypeError('Failed to fetch dynamically imported module');
      await expect(preload(() => Promise.reject(gone), ['assets/gone.js'])).rejects.toBe(gone);
      expect(reported).toEqual([gone]);
    } finally {
      window.removeEventListener('vite:preloadError', listener);
    }
  });
});
