import { describe, expect, it, vi } from 'vitest';

/** The scenario player runs these before a set-up's first command, each in a task of its own. */
describe('the player warms up xstate and hashing before a set-up', () => {
  /** A fresh copy of the simulator (as on a page just opened), optionally warmed up, then set up. */
  async function setUpAfresh(warm: boolean) {
    vi.resetModules();
    const { createWorld } = await import('../../../../src/sim');
    const { loadScenarios } = await import('../../../../src/scenario/catalog');
    const { setUpScenario } = await import('../../../../src/scenario/runner');
    const { warmUps } = await import('../../../../src/ui/scenarios/warmUp');
    const def = loadScenarios().find((s) => s.id === 'alarm-wrong-dimension');
    if (!def) throw new Error('alarm-wrong-dimension is not in the catalogue');
    if (warm) for (const warmUp of warmUps) warmUp();
    const world = createWorld({ seed: 7 });
    await setUpScenario(world, def);
    return world.snapshot();
  }

  it('the same seed sets up the same world whether the warm-ups ran first or not', async () => {
    expect(await setUpAfresh(true)).toEqual(await setUpAfresh(false));
  });
});
