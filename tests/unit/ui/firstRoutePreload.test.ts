// The build lists, in index.html, the chunks each address's page needs, and a cold visit starts
// downloading them with the entry instead of after it (scripts/viteRoutePreload.ts, issue 18).
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Rollup } from 'vite';
import { areaRoutes } from '../../../src/ui/routes';
import { chunkClosure, preloadFirstRoute, preloadScript, routeSources } from '../../../scripts/viteRoutePreload';

const src = (path: string) => join(process.cwd(), 'src', path);

describe('which source files each address loads first (read from routes.ts)', () => {
  const sources = routeSources(src('ui/routes.ts'));

  it('names a page for the home address and for every area in the navigation', () => {
    expect(sources['/']).toEqual([src('ui/pages/HomePage.svelte')]);
    for (const route of areaRoutes) expect(sources[route.path]?.length, route.path).toBeGreaterThan(0);
    expect(sources['/lab']).toEqual([src('ui/pages/LabPage.svelte')]);
  });

  it('includes everything a route loads, such as the content index the Progress page names items from', () => {
    expect(sources['/progress']).toEqual([src('content/itemIndex.ts'), src('ui/pages/ProgressPage.svelte')]);
  });

  it('has no entry for the not-found page, which has no address of its own', () => {
    expect(Object.keys(sources).every((path) => path.startsWith('/'))).toBe(true);
  });
});

describe('the chunks a module needs before it can run', () => {
  const chunk = (fileName: string, imports: string[], extra: Partial<Rollup.OutputChunk> = {}) =>
    ({
      type: 'chunk',
      fileName,
      imports,
      isEntry: false,
      facadeModuleId: null,
      moduleIds: [],
      ...extra,
    }) as unknown as Rollup.OutputChunk;
  const bundle = Object.fromEntries(
    [
      chunk('assets/index.js', [], { isEntry: true }),
      chunk('assets/LabPage.js', ['assets/index.js', 'assets/Controls.js'], { facadeModuleId: '/src/LabPage.svelte' }),
      chunk('assets/Controls.js', ['assets/motion.js'], { moduleIds: ['/src/Controls.svelte'] }),
      chunk('assets/motion.js', ['assets/Controls.js']),
      chunk('assets/sim.js', [], { dynamicImports: [] } as Partial<Rollup.OutputChunk>),
    ].map((c) => [c.fileName, c]),
  ) as Rollup.OutputBundle;

  it('are its own chunk and every chunk imported statically from there, without the entry, which index.html already loads', () => {
    expect(chunkClosure(bundle, '/src/LabPage.svelte')).toEqual([
      'assets/LabPage.js',
      'assets/Controls.js',
      'assets/motion.js',
    ]);
  });

  it('finds a module merged into a shared chunk', () => {
    expect(chunkClosure(bundle, '/src/Controls.svelte')).toEqual(['assets/Controls.js', 'assets/motion.js']);
  });

  it('stops the build when a route names a module the bundle does not have', () => {
    expect(() => chunkClosure(bundle, '/src/Missing.svelte')).toThrow(/Missing\.svelte/);
  });
});

describe('the modulepreload links a cold visit starts with', () => {
  const files = [
    'assets/HomePage.js',
    'assets/LabPage.js',
    'assets/PracticePage.js',
    'assets/DrillView.js',
    'assets/shared.js',
    'assets/ScenariosPage.js',
    'assets/ScenarioPlayer.js',
    'assets/canary-scenario.js',
  ];
  const routes = {
    '/': [0, 4],
    '/lab': [1],
    '/practice': [2, 4],
    '/practice/drill': [3, 4],
    '/scenarios': [5, 4],
    '/scenarios/*': [6, 4],
    '/scenarios/canary-scenario': [7],
  };
  const preloaded = () =>
    [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) =>
      l.getAttribute('href'),
    );
  afterEach(() => document.head.querySelectorAll('link').forEach((l) => l.remove()));
  const atOnce = (next: () => void) => next();

  it('are the Lab page’s chunks on /lab, and nothing of the other pages', () => {
    preloadFirstRoute(files, routes, '/lab', document, atOnce);
    expect(preloaded()).toEqual(['/assets/LabPage.js']);
  });

  it('are the practice page’s and the drill view’s chunks on a drill, each once', () => {
    preloadFirstRoute(files, routes, '/practice/drill', document, atOnce);
    expect(preloaded()).toEqual(['/assets/PracticePage.js', '/assets/shared.js', '/assets/DrillView.js']);
  });

  it('are the home page’s chunks on / and on /index.html (the offline fallback)', () => {
    preloadFirstRoute(files, routes, '/', document, atOnce);
    expect(preloaded()).toEqual(['/assets/HomePage.js', '/assets/shared.js']);
    document.head.querySelectorAll('link').forEach((l) => l.remove());
    preloadFirstRoute(files, routes, '/index.html', document, atOnce);
    expect(preloaded()).toEqual(['/assets/HomePage.js', '/assets/shared.js']);
  });

  it('are the list page’s, the player’s and that one scenario file’s on a scenario’s address', () => {
    preloadFirstRoute(files, routes, '/scenarios/canary-scenario', document, atOnce);
    expect(preloaded()).toEqual([
      '/assets/ScenariosPage.js',
      '/assets/shared.js',
      '/assets/canary-scenario.js',
      '/assets/ScenarioPlayer.js',
    ]);
  });

  it('include the player but no scenario file for a scenario id the build does not know', () => {
    preloadFirstRoute(files, routes, '/scenarios/unknown-id', document, atOnce);
    expect(preloaded()).toEqual(['/assets/ScenariosPage.js', '/assets/shared.js', '/assets/ScenarioPlayer.js']);
  });

  it('leave the player out on the scenario list, which does not show it', () => {
    preloadFirstRoute(files, routes, '/scenarios', document, atOnce);
    expect(preloaded()).toEqual(['/assets/ScenariosPage.js', '/assets/shared.js']);
  });

  it('are none at an address no page lives at', () => {
    preloadFirstRoute(files, routes, '/nowhere/else', document, atOnce);
    expect(preloaded()).toEqual([]);
  });

  it('go in eight at a time, one batch per task, the page’s own chunk in the first', () => {
    const many = Array.from({ length: 18 }, (_, i) => `assets/chunk${i}.js`);
    const order = [17, ...many.keys()].slice(0, 18);
    const queued: (() => void)[] = [];
    preloadFirstRoute(many, { '/progress': order }, '/progress', document, (next) => queued.push(next));
    expect(preloaded()).toEqual(order.slice(0, 8).map((i) => `/assets/chunk${i}.js`));
    queued.shift()?.();
    expect(preloaded()).toHaveLength(16);
    queued.shift()?.();
    expect(preloaded()).toEqual(order.map((i) => `/assets/chunk${i}.js`));
    expect(queued).toEqual([]);
  });

  it('use the same request mode as a module import, so the browser reuses the download', () => {
    preloadFirstRoute(files, routes, '/lab', document, atOnce);
    expect(document.head.querySelector('link')?.getAttribute('crossorigin')).toBe('');
  });

  it('come from one self-contained inline script, which runs as written into index.html', () => {
    const home = ['HomePage', ...'abcdefghi'].map((name) => `assets/${name}.js`);
    const html = preloadScript({ '/': home, '/lab': ['assets/LabPage.js'] });
    const code = html.replace(/^<script>/, '').replace(/<\/script>$/, '');
    expect(code).not.toMatch(/<\/?script/);
    vi.useFakeTimers();
    try {
      new Function(code)(); // jsdom's address is /
      expect(preloaded()).toHaveLength(8);
      vi.runAllTimers();
    } finally {
      vi.useRealTimers();
    }
    expect(preloaded()).toEqual(home.map((f) => '/' + f));
  });
});
