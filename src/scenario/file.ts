/**
 * Checks one trap scenario file against the schema, naming the FILE and the PATH of the bad field. The
 * build runs it on every scenario it bundles (scripts/viteContentData.ts), so a broken file fails the
 * build and the tests.
 */
import { parse } from 'yaml';
import { scenarioSchema, type ScenarioDef } from './schema';

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
    // zod reports a failed parse with at least one issue.
    const first = result.error.issues[0]!;
    const field = first.path.length ? first.path.join('.') : '(root)';
    const more = result.error.issues.length > 1 ? ` (+${result.error.issues.length - 1} more)` : '';
    throw new ScenarioFileError(path, field, `${first.message}${more}`);
  }
  const base = path
    .split('/')
    .pop()
    ?.replace(/\.ya?ml$/, '');
  if (result.data.id !== base)
    throw new ScenarioFileError(path, 'id', `"${result.data.id}" does not match the file name "${base}"`);
  return result.data;
}
