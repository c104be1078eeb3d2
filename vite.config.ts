/// <reference types="vitest/config" />
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentData } from './scripts/viteContentData.ts';
import { routePreload } from './scripts/viteRoutePreload.ts';
import { shellHtml } from './scripts/viteShellHtml.ts';

/** '/scenarios/<id>' → that scenario's data module (content/scenarios/<id>.yaml, loaded `?data`). */
const scenarioFilePreloads = () =>
  Object.fromEntries(
    readdirSync(fileURLToPath(new URL('content/scenarios', import.meta.url)))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => [`/scenarios/${basename(file, '.yaml')}`, [`content/scenarios/${file}?data`]]),
  );

export default defineConfig({
  plugins: [
    contentData(),
    // Before shellHtml, which hashes every inline script for the Content-Security-Policy.
    // Sub-addresses whose page main.ts starts early: a drill's view; any scenario's player, and the one
    // scenario file a scenario's address names (scenarioData.ts).
    routePreload({
      routes: 'src/ui/routes.ts',
      extra: {
        '/practice/drill': ['src/ui/practice/DrillView.svelte'],
        '/scenarios/*': ['src/ui/scenarios/ScenarioPlayer.svelte'],
        ...scenarioFilePreloads(),
      },
    }),
    shellHtml(),
    svelte(),
    svelteTesting(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Canary Lab — Lambda deployments, simulated',
        short_name: 'Canary Lab',
        description:
          'Run AWS Lambda deployments offline: versions, aliases, CodeDeploy canary and linear shifts, alarms and rollbacks. DOP-C02 practice.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#0f1720',
        theme_color: '#0f1720',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,json,woff2}'],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  // Under Vitest, resolve Svelte's browser build so components mount in jsdom (https://svelte.dev/docs/svelte/testing).
  resolve: process.env.VITEST ? { conditions: ['module', 'browser', 'development|production'] } : {},
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Fewer, larger chunks (issue 18). By default every set of modules shared by a different set of
          // pages became a chunk of its own: /progress, a drill and a scenario each waited for 21 or 22
          // files besides the entry, most of them under 2 KB (now 8 to 10). Over HTTP/1.1 (what `vite
          // preview` serves, and what Lighthouse then simulates) a browser opens at most 6 connections
          // to the server, so each further round of small requests cost a round trip before the page
          // could paint. Rolldown copies the code of a shared chunk under 16 KB into each chunk that uses
          // it, and keeps one copy of each module's state at run time, so nothing runs twice and nothing
          // lazy becomes eager (https://rolldown.rs/in-depth/inline-common-chunks). It turns on
          // strictExecutionOrder, which keeps modules running in the order they are imported. Measured
          // with Lighthouse's mobile profile: /progress 2.5 → 2.0 s and a drill 2.3 → 1.9 s to the
          // largest paint; the first page's JavaScript grew from 31 to 35 KB gzip and the offline
          // precache by 9 %.
          experimentalInlineCommonChunks: { maxSize: 16 * 1024 },
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
