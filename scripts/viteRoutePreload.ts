/**
 * Vite plugin: the first page's code downloads alongside the entry chunk instead of after it (issue 18).
 * Without it, a cold visit is a chain: index.html → the entry (31 KB gzip) → the entry runs and asks for
 * the page's chunk → Vite's preload helper adds a <link rel="modulepreload"> for each of the page's
 * static imports → they arrive → the page paints. On a phone's connection each step is a round trip, and
 * at 4× CPU the helper's link insertion alone was about 120 ms of the entry's first task.
 *
 * In the build, index.html gets a small inline script that reads the address and adds modulepreload
 * links for that page's chunk and its static imports as the HTML is parsed and in the next few tasks.
 * Which modules a page needs comes from src/ui/routes.ts itself (every import() in a route's load(),
 * e.g. Progress's content index), plus `extra` for sub-addresses that main.ts starts early (a drill's
 * view). Vite's helper later finds those links already in the document and does not add them again.
 * The script is inline, so the Content-Security-Policy allows it by its hash (scripts/viteShellHtml.ts,
 * which runs after this plugin). The service worker serves the same index.html offline; there the links
 * hit its cache.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin, Rollup } from 'vite';

/** Where the build writes the script in index.html. */
export const PRELOAD_MARKER = '<!-- first-route-preload -->';

/**
 * Route path (as in routes.ts: '/', '/lab', a sub-address like '/practice/drill' or '/scenarios/<id>', or
 * '/scenarios/*' for every sub-address) → source files.
 */
export type RouteSources = Record<string, string[]>;

/**
 * Every route's path and the files its load() imports, read from routes.ts's syntax tree: the route table
 * stays the one place that says which page an address shows.
 */
export function routeSources(routesFile: string): RouteSources {
  const text = readFileSync(routesFile, 'utf8');
  const source = ts.createSourceFile(routesFile, text, ts.ScriptTarget.Latest, true);
  const out: RouteSources = {};
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const prop = (name: string) =>
        node.properties.find(
          (p): p is ts.PropertyAssignment =>
            ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name,
        );
      const path = prop('path')?.initializer;
      const load = prop('load')?.initializer;
      if (path && ts.isStringLiteral(path) && path.text.startsWith('/') && load) {
        const imports: string[] = [];
        const findImports = (n: ts.Node) => {
          if (
            ts.isCallExpression(n) &&
            n.expression.kind === ts.SyntaxKind.ImportKeyword &&
            n.arguments[0] &&
            ts.isStringLiteral(n.arguments[0])
          )
            imports.push(resolveSource(dirname(routesFile), n.arguments[0].text));
          ts.forEachChild(n, findImports);
        };
        findImports(load);
        out[path.text] = imports;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function resolveSource(dir: string, specifier: string): string {
  const base = resolve(dir, specifier);
  const found = ['', '.ts', '.svelte.ts', '.js'].map((ext) => base + ext).find((file) => existsSync(file));
  if (!found) throw new Error(`routes.ts imports ${specifier}, which is not a file`);
  return found;
}

/**
 * The chunks that must arrive before a module can run: its own chunk and every chunk that one imports
 * statically, transitively, except the entry (already loading from index.html).
 */
export function chunkClosure(bundle: Rollup.OutputBundle, moduleId: string): string[] {
  const chunks = Object.values(bundle).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  const own = chunks.find((c) => c.facadeModuleId === moduleId) ?? chunks.find((c) => c.moduleIds.includes(moduleId));
  if (!own) throw new Error(`no chunk holds ${moduleId}`);
  const files: string[] = [];
  const walk = (chunk: Rollup.OutputChunk) => {
    if (chunk.isEntry || files.includes(chunk.fileName)) return;
    files.push(chunk.fileName);
    for (const imported of chunk.imports) {
      const next = bundle[imported];
      if (next?.type === 'chunk') walk(next);
    }
  };
  walk(own);
  return files;
}

/**
 * Runs in the page, from index.html, before the entry script: adds the modulepreload links for the
 * address's route. Self-contained (the build inlines its source text), so it may use nothing from outside.
 * `routes` maps a path to indexes into `files`; an address matches its first segment ('/lab'), its
 * first two ('/practice/drill', '/scenarios/<id>'), like matchRoute in routes.ts, and, when it has a
 * second segment, its first segment followed by '/*' (any scenario: '/scenarios/*').
 *
 * The links go in eight at a time, one batch per task (`later` queues the next one), the page's own
 * chunk first. Each insertion starts a request, which in a Lighthouse trace of this host cost close to
 * 1 ms; the 26–28 links of /progress or a scenario in one go were one task of 20–30 ms, which at 4× CPU
 * is a long task of its own (total blocking time, issue 18). The entry script is still downloading
 * while the batches run, so no request starts noticeably later.
 */
export function preloadFirstRoute(
  files: string[],
  routes: Record<string, number[]>,
  pathname: string,
  doc: Document,
  later: (next: () => void) => void,
): void {
  const segments = pathname.split('/').filter((s) => s.length > 0);
  const home = segments.length === 0 || (segments.length === 1 && segments[0] === 'index.html');
  const keys = home ? ['/'] : ['/' + segments[0], '/' + segments.slice(0, 2).join('/')];
  if (segments.length > 1) keys.push('/' + segments[0] + '/*');
  const wanted: number[] = [];
  for (const key of keys) for (const i of routes[key] ?? []) if (wanted.indexOf(i) < 0) wanted.push(i);
  const batch = 8;
  const insert = (from: number) => {
    for (const i of wanted.slice(from, from + batch)) {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      // The same request mode as the module import and as Vite's helper, so the browser reuses it.
      link.crossOrigin = '';
      link.href = '/' + files[i];
      doc.head.appendChild(link);
    }
    if (from + batch < wanted.length) later(() => insert(from + batch));
  };
  insert(0);
}

/** The inline script for a table of route → chunk files. */
export function preloadScript(table: Record<string, string[]>): string {
  const files = [...new Set(Object.values(table).flat())].sort();
  const routes = Object.fromEntries(
    Object.entries(table).map(([path, list]) => [path, list.map((f) => files.indexOf(f))]),
  );
  return `<script>(${preloadFirstRoute.toString()})(${JSON.stringify(files)},${JSON.stringify(routes)},location.pathname,document,function(next){setTimeout(next,0)});</script>`;
}

export function routePreload(options: { routes: string; extra?: RouteSources }): Plugin {
  let root = process.cwd();
  return {
    name: 'canary-lab:route-preload',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html; // dev: modules load unbundled, one by one, anyway
        const sources = routeSources(resolve(root, options.routes));
        for (const [path, files] of Object.entries(options.extra ?? {}))
          sources[path] = [...(sources[path] ?? []), ...files.map((f) => resolve(root, f))];
        const bundle = ctx.bundle;
        const table = Object.fromEntries(
          Object.entries(sources).map(([path, modules]) => [
            path,
            [...new Set(modules.flatMap((m) => chunkClosure(bundle, m)))],
          ]),
        );
        if (!html.includes(PRELOAD_MARKER)) throw new Error(`index.html: no ${PRELOAD_MARKER}`);
        return html.replace(PRELOAD_MARKER, preloadScript(table));
      },
    },
  };
}
