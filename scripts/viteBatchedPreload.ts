/**
 * Vite plugin: the build's dynamic imports use scripts/preloadHelper.js, which inserts each import's
 * modulepreload links as one batch, instead of Vite's helper, which inserts them one by one (issue 18;
 * the helper file says why and what else it keeps). Build only: the dev server loads modules unbundled
 * and has no preload helper.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The id under which Vite 8 injects its helper into every chunk that has a dynamic import. */
export const VITE_PRELOAD_HELPER_ID = '\0vite/preload-helper.js';
const HELPER_FILE = join(dirname(fileURLToPath(import.meta.url)), 'preloadHelper.js');

/** The helper's source with the build's base path in place. */
export function batchedPreloadHelperCode(base: string): string {
  const source = readFileSync(HELPER_FILE, 'utf8');
  const placeholder = 'const base = __BASE__;';
  if (!source.includes(placeholder)) throw new Error(`${HELPER_FILE}: no __BASE__ placeholder`);
  return source.replace(placeholder, `const base = ${JSON.stringify(base)};`);
}

export function batchedPreload(): Plugin {
  let base = '/';
  let loaded = false;
  return {
    name: 'canary-lab:batched-preload',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      return id === VITE_PRELOAD_HELPER_ID ? id : undefined;
    },
    load(id) {
      if (id !== VITE_PRELOAD_HELPER_ID) return undefined;
      loaded = true;
      return { code: batchedPreloadHelperCode(base), moduleSideEffects: false };
    },
    generateBundle(_options, bundle) {
      // If a Vite upgrade renames its helper, this plugin silently does nothing: fail the build instead.
      const usesPreload = Object.values(bundle).some((o) => o.type === 'chunk' && o.code.includes('modulepreload'));
      if (usesPreload && !loaded)
        throw new Error(`Vite no longer loads ${VITE_PRELOAD_HELPER_ID}: update scripts/viteBatchedPreload.ts`);
    },
  };
}
