import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// The dependency rule of ../shared/design/architecture.md, enforced here so it cannot drift:
// sim imports no UI, viz, store or browser API; viz and store import only types from sim.
const uiLayers = ['**/ui/**', '**/viz/**', '**/store/**', '**/scenario/**', '**/content/**'];
const simForbidden = {
  patterns: [
    {
      group: uiLayers,
      message: 'src/sim is the headless AWS model: it imports no UI, viz, store, scenario or content code.',
    },
    {
      group: [
        'svelte',
        'svelte/*',
        'd3-*',
        'dexie',
        'marked',
        'dompurify',
        'codemirror',
        '@codemirror/*',
        'minisearch',
      ],
      message: 'src/sim may use xstate and small pure libraries only.',
    },
  ],
};
const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'performance',
  'requestAnimationFrame',
  'setTimeout',
  'setInterval',
].map((name) => ({
  name,
  message: 'src/sim runs on the simulated clock and has no browser: use the world clock and scheduler.',
}));

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'test-results-*/',
      'playwright-report/',
      'reports/',
      'dev-dist/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // Type-aware rules for the app (issue 19, item 6): promises the code forgets, awaits of non-promises and
    // assertions the types already make. Scoped to src: tests and scripts are linted without type information.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    languageOptions: {
      parserOptions: {
        // The dependency-rule test (tests/unit/ui/dependencyRule.test.ts) lints source text as if it were a
        // file named fixture.ts under src; no such file exists, so it gets the default project.
        projectService: { allowDefaultProject: ['src/*/fixture.ts', 'src/*/*/fixture.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A promise nobody awaits must say so with `void` (the app's convention for fire-and-forget).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/restrict-template-expressions': 'error',
    },
  },
  {
    // zod's jitless setting (needed under the CSP, which refuses `new Function`) is applied where zod is
    // first loaded; a schema built from 'zod' directly could run before it and trip the policy.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['src/zodConfigured.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import z from src/zodConfigured.ts (zod's CSP-safe setting)." }] },
      ],
    },
  },
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', simForbidden],
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: "Use the world's seeded RNG." },
        { object: 'Date', property: 'now', message: 'Use the world clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the world clock.' },
      ],
    },
  },
  {
    // The scenario domain (and the content and workshop data it sits with) is headless: the UI renders it.
    files: ['src/scenario/**/*.ts', 'src/content/**/*.ts', 'src/workshop/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', 'svelte', 'svelte/*'],
              message: 'scenario, content and workshop are headless: the UI imports them, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/viz/**/*.ts', 'src/viz/**/*.svelte', 'src/store/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sim', '**/sim/**'],
              allowTypeImports: true,
              message: 'viz and store import only types from sim.',
            },
            { group: ['**/ui/**'], message: 'viz and store do not import the UI.' },
          ],
        },
      ],
    },
  },
);
