import type { WorldSetup } from './labRuntime.svelte';

/**
 * Loads a scenario's WorldSetup from src/scenario/labSetup (the SCENARIOS engineer's module). A glob
 * rather than a plain dynamic import, so the Lab builds and says so plainly while that module does
 * not exist yet.
 */
type LabSetupModule = { scenarioSetup(id: string): WorldSetup | Promise<WorldSetup> };

const modules = import.meta.glob<LabSetupModule>('../../scenario/labSetup.ts');

export function scenarioWorldSetup(id: string): WorldSetup {
  return async (world) => {
    const load = Object.values(modules)[0];
    if (!load) throw new Error(`Scenario “${id}” cannot be loaded: scenarios are not available in this build yet.`);
    const setup = await (await load()).scenarioSetup(id);
    await setup(world);
  };
}
