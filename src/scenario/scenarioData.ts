/**
 * One bundled scenario's full definition, loaded on demand: each content/scenarios/<id>.yaml is a small
 * module of its own (`?data`, parsed and checked against the schema by the build,
 * scripts/viteContentData.ts), so a scenario's page loads just that scenario instead of all of them
 * (catalog.ts, issue 18). Kept apart from summaries.ts so that main.ts can start loading the scenario
 * in the address together with the page's own chunk, without the list's index in the entry chunk.
 */
import type { ScenarioDef } from './schema';

// Inside a function so that plain Node tools can import this module; Vite rewrites it.
const dataFiles = (): Record<string, () => Promise<ScenarioDef>> =>
  import.meta.glob<ScenarioDef>('/content/scenarios/*.yaml', { query: '?data', import: 'default' });

const loads = new Map<string, Promise<ScenarioDef | undefined>>();

/**
 * Scenario `id` (its file is content/scenarios/<id>.yaml, which the build checks), or undefined when no
 * such file is bundled. Loaded once: later calls get the same promise, so a page that asks again (a new
 * seed, main.ts's early start) neither fetches twice nor waits on a new promise.
 */
export function loadScenario(id: string): Promise<ScenarioDef | undefined> {
  let load = loads.get(id);
  if (!load) {
    const file = dataFiles()[`/content/scenarios/${id}.yaml`];
    load = file ? file() : Promise.resolve(undefined);
    // A failed fetch (an app updated since the tab opened, offline before caching) may be retried.
    load.catch(() => loads.delete(id));
    loads.set(id, load);
  }
  return load;
}
