/**
 * The bundled trap scenarios. Every content/scenarios/<id>.yaml arrives parsed and already checked
 * against the schema by the build (scripts/viteContentData.ts → src/content/contentFileData.ts → ./file.ts).
 */
import type { ScenarioDef } from './schema';
import { byCodeUnits } from '../content/codeUnitOrder';

export type { ScenarioDef } from './schema';

// Inside a function so that plain Node tools can import this module; Vite rewrites it.
const dataFiles = (): Record<string, unknown> =>
  import.meta.glob<unknown>('/content/scenarios/*.yaml', { query: '?data', import: 'default', eager: true });

let cache: ScenarioDef[] | undefined;

/** Every scenario, sorted by file name. */
export function loadScenarios(): ScenarioDef[] {
  cache ??= Object.entries(dataFiles())
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([, data]) => data as ScenarioDef);
  return cache;
}

export function findScenario(id: string): ScenarioDef | undefined {
  return loadScenarios().find((s) => s.id === id);
}
