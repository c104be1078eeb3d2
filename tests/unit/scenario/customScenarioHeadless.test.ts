import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../src/scenario/catalog';
import { formToScenario, scenarioToForm, type ScenarioForm } from '../../../src/scenario/form/scenarioForm';
import { checkScenarioHeadless, verdictPassed } from '../../../src/scenario/headlessCheck';
import {
  CUSTOM_SCENARIOS_KEY,
  loadCustomScenarios,
  saveCustomScenario,
  deleteCustomScenario,
  toSharedScenario,
} from '../../../src/ui/workshop/builder/customStorage';

const builtIn = (id: string) => loadScenarios().find((s) => s.id === id)!;
function scenarioOf(form: ScenarioForm) {
  const r = formToScenario(form);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}

describe('builder validation runs the scenario headless (seed 42), as the repository tests do', () => {
  it.each([['latest-wiring'], ['sam-first-deploy'], ['rollback-is-new-deployment']])(
    'a copy of %s: its trap shows without the fix and the reference fix reaches the goal',
    async (id) => {
      const verdict = await checkScenarioHeadless(scenarioOf(scenarioToForm(builtIn(id), `custom-${id}`)));
      expect(verdict.kind).toBe('ran');
      if (verdict.kind !== 'ran') return;
      expect(verdict.trap.ok).toBe(true);
      expect(verdict.goal.ok).toBe(true);
      expect(verdict.wrongFixReachesGoal).toBe(false);
      expect(verdictPassed(verdict)).toBe(true);
    },
  );

  // A missing function: https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html (ResourceNotFoundException).
  it('a setup command that fails is named with its place and the AWS error text (a missing function → ResourceNotFoundException `Function not found: …`)', async () => {
    const form = scenarioToForm(builtIn('latest-wiring'), 'custom-broken');
    form.setupLines = form.setupLines.replace(
      'create-alias --function-name pay',
      'create-alias --function-name payments',
    );
    const verdict = await checkScenarioHeadless(scenarioOf(form));
    const aliasStep = builtIn('latest-wiring').setup.steps.findIndex(
      (s) => typeof s === 'string' && s.includes('create-alias'),
    );
    expect(verdict).toMatchObject({ kind: 'step-failed', where: `setup.steps[${aliasStep}]` });
    if (verdict.kind !== 'step-failed') return;
    expect(verdict.command).toContain('--function-name payments');
    expect(verdict.error).toMatch(
      /An error occurred \(ResourceNotFoundException\).*Function not found: arn:aws:lambda:[a-z0-9-]+:\d{12}:function:payments/,
    );
    expect(verdictPassed(verdict)).toBe(false);
  });

  it('a line marked "# expect failure" that succeeds is reported as such', async () => {
    const form = scenarioToForm(builtIn('latest-wiring'), 'custom-no-failure');
    form.setupLines += '\n# expect failure: aws lambda publish-version --function-name pay';
    const verdict = await checkScenarioHeadless(scenarioOf(form));
    // The appended line is the last setup step.
    const lastStep = builtIn('latest-wiring').setup.steps.length;
    expect(verdict).toMatchObject({
      kind: 'step-failed',
      where: `setup.steps[${lastStep}]`,
      error: 'the command succeeded, but the line says it must fail',
    });
  });

  it('a trap check that never holds fails validation, with what the simulator showed', async () => {
    const form = scenarioToForm(builtIn('latest-wiring'), 'custom-no-trap');
    form.trapCheck.predicates = [{ ...form.trapCheck.predicates[0]!, kind: 'rollback-created' }];
    const verdict = await checkScenarioHeadless(scenarioOf(form));
    expect(verdict.kind === 'ran' && verdict.trap.ok).toBe(false);
    expect(verdict.kind === 'ran' && verdict.goal.ok).toBe(true);
    expect(verdictPassed(verdict)).toBe(false);
    expect(verdict.kind === 'ran' && verdict.trap.results[0]!.detail).toBe('no deployment exists');
  });

  it('a reference fix that does not reach the goal fails validation', async () => {
    const form = scenarioToForm(builtIn('latest-wiring'), 'custom-bad-fix');
    form.referenceLines = form.wrongLines;
    const verdict = await checkScenarioHeadless(scenarioOf(form));
    expect(verdict.kind === 'ran' && verdict.goal.ok).toBe(false);
    expect(verdictPassed(verdict)).toBe(false);
  });
});

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
}

describe('saved custom scenarios (localStorage, validated on every read)', () => {
  const scenario = () => scenarioOf(scenarioToForm(builtIn('latest-wiring'), 'custom-saved'));

  it('saves, replaces by id, lists and deletes', () => {
    const storage = new MemoryStorage();
    saveCustomScenario(scenario(), storage);
    saveCustomScenario({ ...scenario(), title: 'Renamed' }, storage);
    expect(loadCustomScenarios(storage)).toEqual({ scenarios: [{ ...scenario(), title: 'Renamed' }], problems: [] });
    deleteCustomScenario('custom-saved', storage);
    expect(loadCustomScenarios(storage).scenarios).toEqual([]);
  });

  it('reports a damaged store and ignores it instead of crashing', () => {
    const storage = new MemoryStorage();
    storage.setItem(CUSTOM_SCENARIOS_KEY, '{not json');
    const loaded = loadCustomScenarios(storage);
    expect(loaded.scenarios).toEqual([]);
    expect(loaded.problems[0]).toMatch(/damaged/);
  });

  it('skips one tampered entry (markup in the title, a built-in id) and keeps the good ones', () => {
    const storage = new MemoryStorage();
    const good = toSharedScenario(scenario());
    const hostile = toSharedScenario({ ...scenario(), id: 'custom-evil', title: '<img src=x onerror=alert(1)>' });
    const builtInId = toSharedScenario(builtIn('latest-wiring'));
    storage.setItem(CUSTOM_SCENARIOS_KEY, JSON.stringify([hostile, good, builtInId]));
    const loaded = loadCustomScenarios(storage);
    expect(loaded.scenarios.map((s) => s.id)).toEqual(['custom-saved']);
    expect(loaded.problems).toHaveLength(2);
    expect(loaded.problems[0]).toContain('Saved scenario 1');
    expect(loaded.problems[1]).toContain('not a custom-… id');
  });
});
