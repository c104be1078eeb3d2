/**
 * Vite plugin: index.html without render-blocking requests (issue 18). Lighthouse's mobile profile
 * counted two requests the first paint waited for on every route: the theme script and the shell's
 * stylesheet (about 150 ms each on slow 4G, one round trip). Now:
 * - the theme script is inline in index.html, and the Content-Security-Policy allows exactly that
 *   script by its SHA-256 hash (https://www.w3.org/TR/CSP3/#grammardef-hash-source), computed here
 *   from the file's own text, so editing the script cannot silently break it. Any other inline script
 *   stays blocked;
 * - in the build, the entry's stylesheet (tokens, base and the shell's component styles, about 4 KB
 *   gzipped) is written into a <style> element instead of a blocking <link>; the CSP already allows
 *   inline styles. Page stylesheets still load with their page's chunk.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/** Adds the hash of every inline script to the policy's script-src. */
export function withInlineScriptHashes(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '', 'utf8')
        .digest('base64')}'`,
  );
  if (hashes.length === 0) return html;
  if (!CSP_META.test(html)) throw new Error('index.html: inline script but no Content-Security-Policy meta tag');
  return html.replace(CSP_META, (_all, open: string, policy: string, close: string) => {
    if (!/script-src [^;]*/.test(policy)) throw new Error('index.html: the policy has no script-src');
    return open + policy.replace(/script-src [^;]*/, (src) => `${src} ${hashes.join(' ')}`) + close;
  });
}

export function shellHtml(): Plugin {
  return {
    name: 'canary-lab:shell-html',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        let out = html;
        const bundle = ctx.bundle;
        if (bundle) {
          out = out.replace(
            /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/index-[\w-]+\.css)">/,
            (link, fileName: string) => {
              const asset = bundle[fileName];
              if (asset?.type !== 'asset') return link;
              const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
              // The file stays, named by a disabled link (never fetched nor applied): pages that import
              // from the entry chunk list its stylesheet among their dependencies, and Vite's preload
              // helper adds a <link> for any dependency the document does not already name.
              return `<style>${css}</style><link rel="stylesheet" href="/${fileName}" disabled>`;
            },
          );
        }
        return withInlineScriptHashes(out);
      },
    },
  };
}
