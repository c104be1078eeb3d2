/**
 * Vite plugin: `<content file>?data` imports (questions/*.yaml, content/scenarios/*.yaml,
 * content/glossary.yaml, content/**.md notes) are parsed AND checked against their schemas at build
 * time by src/content/contentFileData.ts; `?index` imports get only what names each item (ids,
 * topics, trap tags, titles) for the progress catalogue, and `?stems` imports of a question file its
 * questions' stems (what names them in Progress's review queue, loaded only then); `?summary` imports get a file's items
 * without their text (a note's frontmatter for the Learn pages, questions' topics and tags for the
 * Practice home: contentFileSummary); `?rendered` imports of a note get its HTML,
 * rendered and sanitised at build time (src/content/notesRender.ts). Bad content fails `vite build` and every test that loads it,
 * with the file and field; the browser receives plain, already-validated JSON instead of parsing YAML
 * and running zod on every page load (together most of the Progress page's start-up time,
 * bench/dashboard-render.mjs). Cross-file rules (unique ids, links between notes) stay in the loaders.
 * The checks are loaded with Vite's module runner (runnerImport), so this config never imports
 * application TypeScript itself.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const QUERIES = ['?data', '?index', '?summary', '?stems', '?rendered'] as const;

interface ContentChecks {
  contentFileData(path: string, text: string): unknown;
  contentFileIndex(path: string, data: unknown): unknown;
  contentFileSummary(path: string, data: unknown): unknown;
  contentFileStems(path: string, data: unknown): unknown;
}
interface NoteRenderer {
  renderNoteBody(body: string, domWindow: unknown): unknown;
}

export function contentData(): Plugin {
  let root = process.cwd();
  let checks: Promise<ContentChecks> | undefined;
  // A file is imported both as ?data and as ?index: parse and check it once per version of its text.
  const checked = new Map<string, { text: string; data: unknown }>();
  const loadChecks = () =>
    (checks ??= runnerImport<ContentChecks>(join(root, 'src/content/contentFileData.ts'), {
      configFile: false,
      logLevel: 'warn',
    }).then((r) => r.module));
  // `<note>.md?rendered`: the note's HTML, rendered and sanitised here (DOMPurify in a jsdom window)
  // instead of in the browser; one small module per note, loaded when its page opens.
  let renderer: Promise<{ render: NoteRenderer; domWindow: unknown }> | undefined;
  const loadRenderer = () =>
    (renderer ??= Promise.all([
      runnerImport<NoteRenderer>(join(root, 'src/content/notesRender.ts'), { configFile: false, logLevel: 'warn' }),
      import('jsdom'),
    ]).then(([r, { JSDOM }]) => ({ render: r.module, domWindow: new JSDOM('').window })));
  return {
    name: 'canary-lab:content-data',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async load(id) {
      const query = QUERIES.find((q) => id.endsWith(q));
      if (!query) return null;
      const file = id.slice(0, -query.length);
      this.addWatchFile(file);
      const [text, checks] = await Promise.all([readFile(file, 'utf8'), loadChecks()]);
      const path = `/${relative(root, file).split(sep).join('/')}`;
      let entry = checked.get(file);
      if (entry?.text !== text) {
        entry = { text, data: checks.contentFileData(path, text) };
        checked.set(file, entry);
      }
      if (query === '?rendered') {
        if (!path.endsWith('.md')) throw new Error(`${path}: only notes (.md) can be imported ?rendered`);
        const { render, domWindow } = await loadRenderer();
        const rendered = render.renderNoteBody((entry.data as { body: string }).body, domWindow);
        return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(rendered))});`, map: null };
      }
      const data =
        query === '?data'
          ? entry.data
          : query === '?summary'
            ? checks.contentFileSummary(path, entry.data)
            : query === '?stems'
              ? checks.contentFileStems(path, entry.data)
              : checks.contentFileIndex(path, entry.data);
      // JSON.parse of a string literal is faster for engines to load than the same object literal.
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, map: null };
    },
  };
}
