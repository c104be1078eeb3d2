/// <reference types="svelte" />
/// <reference types="vite/client" />

/** Content parsed at build time by scripts/viteContentData.ts; validated by the loaders in src/content. */
declare module '*.yaml?data' {
  const data: unknown;
  export default data;
}
