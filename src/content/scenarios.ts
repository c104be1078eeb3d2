/**
 * Loads the trap scenarios. Every content/scenarios/<id>.yaml is bundled as raw text and validated
 * here, so a broken file fails the build and the tests with the FILE NAME and the PATH of the bad field.
 */
import { parse } from 'yaml';
import { scenarioSchema, type ScenarioDef } from './scenariosSchema';

export type { ScenarioDef } from './scenariosSchema';

export class ScenarioFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: field "${field}": ${detail}`);
    this.name = 'ScenarioFileError';
  }
}

/** Parses and validates one file; its name must be the scenario's id. */
export function parseScenarioFile(path: string, raw: string): ScenarioDef {
  let data: unknown;
  try {
    data = parse(raw);
  } catch (e) {
    throw new ScenarioFileError(path, '(yaml)', e instanceof Error ? e.message : String(e));
  }
  const result = scenarioSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    const field = first.path.length ? first.path.join('.') : '(root)';
    const more = result.error.issues.length > 1 ? ` (+${result.error.issues.length - 1} more)` : '';
    throw new ScenarioFileError(path, field, `${first.message}${more}`);
  }
  const base = path.split('/').pop()?.replace(/\.ya?ml$/, '');
  if (result.data.id !== base) throw new ScenarioFileError(path, 'id', `"${result.data.id}" does not match the file name "${base}"`);
  return result.data;
}

// Inside a function so that plain Node tools can import this module; Vite rewrites it.
const rawFiles = (): Record<string, string> =>
  import.meta.glob('/content/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let cache: ScenarioDef[] | undefined;

/** Every scenario, validated, sorted by file name (throws on the first bad file). */
export function loadScenarios(): ScenarioDef[] {
  cache ??= Object.entries(rawFiles())
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, raw]) => parseScenarioFile(path, raw));
  return cache;
}

export function findScenario(id: string): ScenarioDef | undefined {
  return loadScenarios().find((s) => s.id === id);
}
