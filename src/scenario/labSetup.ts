/**
 * The Lab page's entry to scenarios: `scenarioSetup(id)` returns the WorldSetup that builds the
 * scenario's world (files + setup command lines + traffic), or throws a clear error for an unknown id.
 */
import type { World } from '../sim';
import { findScenario, loadScenarios } from './catalog';
import { setUpScenario, startScenarioAct } from './runner';

export type WorldSetup = (world: World) => Promise<void>;

/** `withAct: false` leaves the watched deployment for the learner to start (the player starts it after predicting). */
export function scenarioSetup(id: string, options: { withAct?: boolean } = {}): WorldSetup {
  const def = findScenario(id);
  if (!def) {
    const known = loadScenarios().map((s) => s.id);
    throw new Error(`Unknown scenario "${id.slice(0, 80)}". Known scenarios: ${known.join(', ')}.`);
  }
  return async (world) => {
    await setUpScenario(world, def);
    if (options.withAct ?? true) await startScenarioAct(world, def);
  };
}
