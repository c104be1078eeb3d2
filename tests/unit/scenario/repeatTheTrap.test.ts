import { describe, expect, it } from 'vitest';
import { findScenario, loadScenarios } from '../../../src/scenario/catalog';
import { runScenario } from '../../../src/scenario/runner';
import type { Step } from '../../../src/scenario/schema';
import { DEFAULT_SEED, nextSeed } from '../../../src/ui/scenarios/shareParams';

const scenarios = loadScenarios();
// The player's default seed, the seed its "Reset" moves to next, and one more.
const SEEDS = [DEFAULT_SEED, nextSeed(DEFAULT_SEED), 7];
const explain = (rs: { ok: boolean; detail: string; expected: string }[]) =>
  rs.map((r) => `${r.ok ? '✓' : '✗'} expected ${r.expected}; now ${r.detail}`).join('\n');

describe.each(scenarios.flatMap((s) => SEEDS.map((seed) => [s.id, seed, s] as const)))(
  'scenario %s at seed %i: repeating the trap',
  (_id, seed, def) => {
    it('replaying the watched act as the "fix" does not reach the goal', async () => {
      expect(def.setup.deployment, 'every scenario has a watched act').toBeDefined();
      const { fix } = await runScenario(def, { seed, fix: def.setup.deployment ?? [] });
      expect(fix?.goal.ok, explain(fix?.goal.results ?? [])).toBe(false);
    });
  },
);

// The trap leaves the alarm in ALARM. CodeDeploy stops a deployment that starts while one of its
// alarms is in ALARM before it moves any traffic
// (https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-create-alarms.html), so the
// right configuration started at once has shown nothing yet: the goal wants the new version to
// have been tried under the alarm's watch.
const tooSoon: [id: string, steps: Step[]][] = [
  ['all-at-once-bad-version', ['aws deploy create-deployment --cli-input-yaml file://deploy/v2-canary.yaml']],
  [
    'slow-bug-canary-vs-linear',
    [
      'aws lambda update-alias --function-name orders --name live --function-version 1',
      'aws deploy create-deployment --cli-input-yaml file://deploy/v2-linear.yaml',
    ],
  ],
];

describe.each(tooSoon)('scenario %s: the right deployment started while the alarm is still in ALARM', (id, steps) => {
  it.each(SEEDS)('is stopped before any traffic moves and does not reach the goal (seed %i)', async (seed) => {
    const def = findScenario(id)!;
    const { fix } = await runScenario(def, { seed, fix: steps });
    expect(fix?.goal.ok, explain(fix?.goal.results ?? [])).toBe(false);
    const deployment = fix!.goal.results[0];
    expect(deployment!.expected).toContain('stopped by an alarm');
    expect(deployment!.detail).toContain('0 % of traffic moved to version 2');
  });
});

describe('a failed goal check says what was expected and what is there now', () => {
  it('all-at-once-bad-version, deploying AllAtOnce again after the alarm clears', async () => {
    const def = findScenario('all-at-once-bad-version')!;
    const { fix } = await runScenario(def, { seed: DEFAULT_SEED, fix: 'wrong' });
    const failed = fix!.goal.results.filter((r) => !r.ok);
    expect(failed.length).toBeGreaterThan(0);
    const failures = failed.find((r) => r.expected.includes('failed request'));
    expect(failures?.expected).toBe('1 to 600 failed request(s) from the start of this step');
    expect(failures?.detail).toMatch(/^\d+ request\(s\) failed in this phase$/);
  });
});
