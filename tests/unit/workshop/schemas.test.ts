import { describe, expect, it } from 'vitest';
import { WorkshopImportError } from '../../../src/workshop/errors';
import { MAX_FILE_BYTES, parseWorkshopFile } from '../../../src/workshop/validate';
import { plan, results, sharedScenario } from './fixtures';

function refusal(kind: 'plan' | 'scenario' | 'results', text: string): WorkshopImportError {
  try {
    parseWorkshopFile(kind, text);
  } catch (e) {
    if (e instanceof WorkshopImportError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('workshop files (issue 10: ≤ 1 MB, zod-validated, specific errors)', () => {
  it('accepts a session plan, a shared scenario and a results file exported by the app', () => {
    expect(parseWorkshopFile('plan', JSON.stringify(plan))).toEqual(plan);
    expect(parseWorkshopFile('scenario', JSON.stringify(sharedScenario()))).toEqual(sharedScenario());
    const r = results('Ana', [{ kind: 'question', id: 'hooks-001', correct: true }]);
    expect(parseWorkshopFile('results', JSON.stringify(r))).toEqual(r);
  });

  it('refuses a file over 1 MB without parsing it', () => {
    const e = refusal('plan', `{"title":"${'a'.repeat(MAX_FILE_BYTES)}"}`);
    expect(e.code).toBe('too-large');
  });

  it('refuses a results file whose learner name holds markup', () => {
    const e = refusal('results', JSON.stringify(results('<img src=x onerror=alert(1)>', [])));
    expect(e.message).toContain('“learner”');
  });

  it('refuses an unknown note, scenario or question id in a plan, naming the step', () => {
    const bad = { ...plan, steps: [{ kind: 'scenario', id: 'made-up', minutes: 5, freezeAndPredict: false }] };
    expect(refusal('plan', JSON.stringify(bad)).message).toContain('steps.0.id');
  });

  it('refuses extra fields (strict schemas: a file carries only known data)', () => {
    expect(refusal('plan', JSON.stringify({ ...plan, onload: 'alert(1)' })).code).toBe('invalid');
  });

  it('refuses a scenario whose prediction has two correct choices (the scenario schema rule)', () => {
    const s = sharedScenario();
    s.scenario.predict.choices = s.scenario.predict.choices.map((c) => ({ ...c, correct: true }));
    expect(refusal('scenario', JSON.stringify(s)).message).toMatch(/exactly one choice/);
  });

  it('refuses the same item twice in one results file', () => {
    const r = results('Bo', [
      { kind: 'question', id: 'hooks-001', correct: true },
      { kind: 'question', id: 'hooks-001', correct: false },
    ]);
    expect(refusal('results', JSON.stringify(r)).message).toMatch(/appears twice/);
  });

  it('names a results file given where a plan was expected', () => {
    const e = refusal('plan', JSON.stringify(results('Cy', [])));
    expect(e.code).toBe('wrong-kind');
    expect(e.message).toContain('canary-lab-results');
  });

  it('refuses a JSON array or invalid JSON with a clear message', () => {
    expect(refusal('plan', '[]').code).toBe('invalid');
    expect(refusal('plan', '{oops').code).toBe('malformed-json');
  });
});
