import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../src/content/scenarios';
import { runScenario } from '../../../src/scenario/runner';

const scenarios = loadScenarios();
const SEED = 7;
const explain = (rs: { ok: boolean; detail: string }[]) => rs.map((r) => `${r.ok ? '✓' : '✗'} ${r.detail}`).join('\n');

describe.each(scenarios.map((s) => [s.id, s] as const))('scenario %s (content/scenarios)', (_id, def) => {
  it('sets up without error and the trap really happens in the simulator (run.until holds)', async () => {
    const { trap } = await runScenario(def, { seed: SEED });
    expect(trap.ok, explain(trap.results)).toBe(true);
  });

  it('the reference fix reaches the goal', async () => {
    const { fix } = await runScenario(def, { seed: SEED, fix: 'reference' });
    expect(fix?.goal.ok, explain(fix?.goal.results ?? [])).toBe(true);
  });

  it('the plausible wrong fix does not reach the goal', async () => {
    const { fix } = await runScenario(def, { seed: SEED, fix: 'wrong' });
    expect(fix?.goal.ok, explain(fix?.goal.results ?? [])).toBe(false);
  });
});
