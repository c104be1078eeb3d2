import type { WorldSetup } from './labRuntime.svelte';

/**
 * Loads a scenario's WorldSetup from src/scenario/labSetup (the SCENARIOS engineer's module). A glob
 * rather than a plain dynamic import, so the Lab builds and says so plainly while that module does
 * not exist yet.
 */
type LabSetupModule = { scenarioSetup(id: string): WorldSetup | Promise<WorldSetup> };

const modules = import.meta.glob<LabSetupModule>('../../scenario/labSetup.ts');

/** Titles only (the build-time `?index` of each scenario), so naming a preset loads no scenario text. */
const indexed = import.meta.glob<{ id: string; title: string }>('/content/scenarios/*.yaml', {
  query: '?index',
  import: 'default',
  eager: true,
});

/**
 * An old `/lab?scenario=<id>` link opens the scenario's world as a titled preset; the guided player
 * (story, prediction, watched run, fix) lives at `guidedHref`. Undefined for an unknown id.
 */
export function scenarioPreset(id: string): { title: string; guidedHref: string } | undefined {
  const entry = Object.values(indexed).find((s) => s.id === id);
  return entry && { title: entry.title, guidedHref: `/scenarios/${encodeURIComponent(id)}` };
}

export function scenarioWorldSetup(id: string): WorldSetup {
  return async (world) => {
    const load = Object.values(modules)[0];
    if (!load) throw new Error(`Scenario “${id}” cannot be loaded: scenarios are not available in this build yet.`);
    const setup = await (await load()).scenarioSetup(id);
    await setup(world);
  };
}
