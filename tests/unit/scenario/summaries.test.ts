import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../src/scenario/catalog';
import { scenarioSummaries } from '../../../src/scenario/summaries';
import { loadScenario } from '../../../src/scenario/scenarioData';

describe('the scenario summaries and the one-scenario loader agree with the full definitions', () => {
  const full = loadScenarios();

  it('summarise every bundled scenario, in the same order', () => {
    expect(full.length).toBeGreaterThan(0);
    expect(scenarioSummaries().map((s) => s.id)).toEqual(full.map((s) => s.id));
  });

  it('give each scenario the title, topic, traps, minutes and story goal of its full definition', () => {
    for (const [i, s] of scenarioSummaries().entries()) {
      const def = full[i]!;
      expect(s).toEqual({
        id: def.id,
        title: def.title,
        topic: def.topic,
        traps: def.traps,
        minutes: def.minutes,
        story: { goal: def.story.goal },
      });
    }
  });

  it('load exactly the full definition of each scenario by its id', async () => {
    for (const def of full) expect(await loadScenario(def.id)).toEqual(def);
  });

  it('load the same promise twice, and nothing for an id with no file', async () => {
    const id = full[0]!.id;
    expect(loadScenario(id)).toBe(loadScenario(id));
    expect(await loadScenario('no-such-scenario')).toBeUndefined();
  });
});
