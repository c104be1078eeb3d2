import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The shell's own components: their styles stay in the entry's stylesheet, which the build writes into
// index.html (scripts/viteShellHtml.ts), so the header is styled by the first response.
const SHELL_COMPONENT =
  /[\\/]src[\\/]ui[\\/](App|components[\\/](ConnectionStatus|ThemeToggle|UpdatePrompt)|search[\\/]SearchEntry)\.svelte$/;

export default {
  preprocess: vitePreprocess(),
  // Every other component's styles travel inside its JavaScript chunk and are added to the page when it
  // first mounts, instead of in a stylesheet of their own: a page costs one request per chunk rather than
  // two, which counts on a phone's connection (Lighthouse mobile, issue 18). The CSP allows inline styles.
  compilerOptions: { css: 'injected' },
  vitePlugin: {
    dynamicCompileOptions: ({ filename }) => (SHELL_COMPONENT.test(filename) ? { css: 'external' } : undefined),
  },
};
