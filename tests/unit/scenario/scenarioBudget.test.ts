import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../src/scenario/catalog';
import type { Step } from '../../../src/scenario/schema';
import { decodeShareFragment, encodeShareFragment, toBase64Url } from '../../../src/workshop/codec';
import { shareableScenarioSchema } from '../../../src/scenario/custom';
import { WorkshopImportError } from '../../../src/workshop/errors';
import { SCENARIO_BUDGET, scenarioCost } from '../../../src/scenario/budget';
import { sharedScenario } from '../workshop/fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const plainLink = (value: unknown) => `#scenario=j${toBase64Url(utf8(JSON.stringify(value)))}`;

/** The link fuzzing found (issue 21): 29 sources at 2,000 rps and 26 two-hour waits, each step within its own limit. */
function flood() {
  const shared = sharedScenario();
  const sources: Step[] = Array.from({ length: 29 }, (_, i) => ({
    traffic: { source: 'Client', target: `orders:live${i}`, ratePerSecond: 2000 },
  }));
  const waits: Step[] = Array.from({ length: 26 }, () => ({ wait: '2h' }));
  return {
    ...shared,
    scenario: { ...shared.scenario, setup: { ...shared.scenario.setup, steps: [...sources, ...waits] } },
  };
}

describe('the total budget of a shared or custom scenario', () => {
  it('counts rate × simulated time over setup, the act, the trap check, the longer fix and the goal check', () => {
    const base = sharedScenario().scenario;
    const def = {
      ...base,
      setup: {
        ...base.setup,
        steps: [{ traffic: { source: 'Client', target: 'orders:live', ratePerSecond: 10 } }, { wait: '1m' }] as Step[],
        deployment: [{ wait: '30s' }] as Step[],
      },
      run: { ...base.run, until: { ...base.run.until, within: '2m' } },
      fix: {
        ...base.fix,
        reference: { ...base.fix.reference, steps: [{ stopTraffic: 'orders:live' }] as Step[] },
        wrong: { ...base.fix.wrong, steps: [{ wait: '1m' }] as Step[] },
      },
      goal: { ...base.goal, within: '5m' },
    };
    // 10 rps for 1 m + 30 s + 2 m = 210 s → 2,100; the wrong fix keeps it on for 1 m + 5 m more → 3,600.
    expect(scenarioCost(def)).toEqual({ requests: 5_700, simulatedMs: 570_000, sources: 1 });
  });

  it('every built-in scenario fits the budget with room to spare', () => {
    for (const def of loadScenarios()) {
      const cost = scenarioCost(def);
      expect(cost.requests, def.id).toBeLessThanOrEqual(SCENARIO_BUDGET.requests / 5);
      expect(cost.simulatedMs, def.id).toBeLessThanOrEqual(SCENARIO_BUDGET.simulatedMs / 2);
      expect(shareableScenarioSchema.safeParse(def).success, def.id).toBe(true);
    }
  });

  it('refuses on decode the link that would have frozen the tab, saying why', async () => {
    const link = plainLink(flood());
    expect(link.length).toBeLessThan(16 * 1024);
    const error = await decodeShareFragment(link).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkshopImportError);
    expect((error as Error).message).toMatch(/would simulate about [\d,]+ requests/);
    expect((error as Error).message).toMatch(/the limit is 1,000,000/);
  });

  it('still opens a shared built-in scenario', async () => {
    const fragment = await encodeShareFragment('scenario', sharedScenario());
    expect((await decodeShareFragment(fragment)).kind).toBe('scenario');
  });
});
