// @vitest-environment node
// The build checks every content file it bundles (scripts/viteContentData.ts → contentFileData): a bad
// file stops the build with its name and field, and the app receives the checked data as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFileData } from '../../../src/content/contentFileData';
import { contentData } from '../../../scripts/viteContentData';

const root = process.cwd();
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('contentFileData (architecture.md: bad data fails the build)', () => {
  it('checks a scenario file and returns the scenario', () => {
    const data = contentFileData(
      '/content/scenarios/latest-wiring.yaml',
      read('content/scenarios/latest-wiring.yaml'),
    ) as { id: string };
    expect(data.id).toBe('latest-wiring');
  });

  it('returns every question of a topic file, checked', () => {
    const data = contentFileData('/questions/hooks.yaml', read('questions/hooks.yaml')) as {
      id: string;
      topic: string;
    }[];
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((q) => q.topic === 'hooks')).toBe(true);
  });

  it('rejects a question with a bad field, naming file, question and field', () => {
    const broken = read('questions/hooks.yaml').replace(/difficulty: \d/, 'difficulty: 9');
    expect(() => contentFileData('/questions/hooks.yaml', broken)).toThrow(
      /\/questions\/hooks\.yaml: question hooks-\d+: field "difficulty"/,
    );
  });

  it('rejects a scenario that is not valid YAML, naming the file', () => {
    expect(() => contentFileData('/content/scenarios/latest-wiring.yaml', 'id: [unclosed')).toThrow(
      /latest-wiring\.yaml/,
    );
  });

  it('rejects a note without frontmatter, naming the file', () => {
    expect(() => contentFileData('/content/01-lambda/01-x.md', '# no frontmatter\n')).toThrow(
      /01-x\.md: missing frontmatter/,
    );
  });

  it('refuses a file it has no schema for instead of passing it through unchecked', () => {
    expect(() => contentFileData('/content/other.yaml', 'a: 1')).toThrow(/no schema is known/);
  });
});

describe('the content-data Vite plugin', () => {
  type LoadHook = (this: { addWatchFile(file: string): void }, id: string) => Promise<{ code: string } | null>;
  const plugin = contentData();
  (plugin.configResolved as (c: { root: string }) => void)({ root });
  const load = plugin.load as unknown as LoadHook;
  const context = { addWatchFile: () => undefined };

  it('turns a ?data import into the checked data, as a JSON module', async () => {
    const result = await load.call(context, join(root, 'content/glossary.yaml?data'));
    const json = /^export default JSON\.parse\((.*)\);$/s.exec(result?.code ?? '')?.[1];
    expect(JSON.parse(JSON.parse(json ?? '""'))).toEqual(
      contentFileData('/content/glossary.yaml', read('content/glossary.yaml')),
    );
  });

  it('leaves every other import alone', async () => {
    expect(await load.call(context, join(root, 'content/glossary.yaml?raw'))).toBeNull();
    expect(await load.call(context, join(root, 'src/content/notes.ts'))).toBeNull();
  });
});
