/**
 * What the /scenarios list shows of each bundled scenario (id, title, topic, trap tags, minutes and the
 * story's goal), from the build-time index (`?index`, src/content/contentFileData.ts): the list and a
 * scenario's title paint without loading every scenario's full text or the zod schema (issue 18). The
 * full definition of one scenario comes from scenarioData.ts; tests/unit/scenario/summaries.test.ts
 * proves the two agree.
 */
import type { ScenarioDef } from './schema';
import { byCodeUnits } from '../content/codeUnitOrder';

export type ScenarioSummary = Pick<ScenarioDef, 'id' | 'title' | 'topic' | 'traps' | 'minutes'> & {
  story: Pick<ScenarioDef['story'], 'goal'>;
};

// Inside a function so that plain Node tools can import this module; Vite rewrites it.
const indexFiles = (): Record<string, ScenarioSummary> =>
  import.meta.glob<ScenarioSummary>('/content/scenarios/*.yaml', { query: '?index', import: 'default', eager: true });

let cache: ScenarioSummary[] | undefined;

/** Every bundled scenario's summary, sorted by file name (as catalog.ts sorts the full definitions). */
export function scenarioSummaries(): ScenarioSummary[] {
  cache ??= Object.entries(indexFiles())
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([, summary]) => summary);
  return cache;
}
