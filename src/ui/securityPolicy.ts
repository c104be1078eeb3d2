/**
 * Runs first (src/main.ts imports it before anything else) so that the app works under the
 * Content-Security-Policy of index.html: with `require-trusted-types-for 'script'`, registering the
 * service worker needs a TrustedScriptURL. The default policy accepts exactly one script URL, this
 * origin's /sw.js, and nothing else; it creates no HTML (Svelte and the note renderer have their own
 * named policies). zod's setting for the same policy (no `new Function`) lives with zod itself, in
 * src/zodConfigured.ts, so that zod stays out of the entry chunk.
 * https://developer.mozilla.org/en-US/docs/Web/API/Trusted_Types_API
 */

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string | null }): unknown;
}

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
if (factory && typeof location !== 'undefined') {
  factory.createPolicy('default', {
    createScriptURL: (input) => {
      const url = new URL(input, location.href);
      return url.origin === location.origin && url.pathname === '/sw.js' ? url.href : null;
    },
  });
}
