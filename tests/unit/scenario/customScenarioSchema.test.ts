import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../src/scenario/catalog';
import { customIdFromTitle, customScenarioSchema, isCustomScenarioId } from '../../../src/scenario/custom';
import { decodeShareFragment, encodeShareFragment, toBase64Url } from '../../../src/workshop/codec';
import { WorkshopImportError } from '../../../src/workshop/errors';
import { parseWorkshopFile } from '../../../src/workshop/validate';

const builtIn = (id: string) => structuredClone(loadScenarios().find((s) => s.id === id)!);
const custom = (id = 'custom-api-skips-canary') => ({ ...builtIn('latest-wiring'), id });
const file = (scenario: unknown, extra: object = {}) => ({
  format: 'canary-lab-scenario',
  version: 1,
  scenario,
  ...extra,
});

function refusal(text: string): WorkshopImportError {
  try {
    parseWorkshopFile('scenario', text);
  } catch (e) {
    if (e instanceof WorkshopImportError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('custom scenario schema (issue 10 builder: custom-<slug> ids, data only, bounded)', () => {
  it('accepts a copy of a built-in scenario under a custom id', () => {
    expect(customScenarioSchema.safeParse(custom()).success).toBe(true);
  });

  it.each([
    ['latest-wiring', 'a built-in id would shadow the repository scenario'],
    ['custom-', 'no slug'],
    ['custom-Bad-Caps', 'upper case'],
    ['custom--double', 'double dash'],
    ['custom-a b', 'a space'],
    [`custom-${'a'.repeat(42)}`, 'longer than 48 characters'],
  ])('refuses the id “%s” (%s)', (id) => {
    const r = customScenarioSchema.safeParse(custom(id));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]!.path).toEqual(['id']);
  });

  it('derives a valid custom id from any title', () => {
    expect(customIdFromTitle('Canary vs. linear: the slow bug!')).toBe('custom-canary-vs-linear-the-slow-bug');
    expect(customIdFromTitle('<script>')).toBe('custom-script');
    expect(customIdFromTitle('!!!')).toBe('custom-scenario');
    expect(isCustomScenarioId(customIdFromTitle('x'.repeat(200)))).toBe(true);
  });

  it('a shared file may carry a custom scenario or a built-in one, and the custom id survives', () => {
    expect(parseWorkshopFile('scenario', JSON.stringify(file(custom()))).scenario.id).toBe('custom-api-skips-canary');
    expect(parseWorkshopFile('scenario', JSON.stringify(file(builtIn('latest-wiring')))).scenario.id).toBe(
      'latest-wiring',
    );
  });

  it('refuses a shared scenario whose title carries script markup, naming the field', () => {
    const e = refusal(JSON.stringify(file({ ...custom(), title: '<script>alert(1)</script>' })));
    expect(e.code).toBe('invalid');
    expect(e.message).toContain('“scenario.title”');
    expect(e.message).toContain('angle brackets');
  });

  it('refuses a __proto__ key anywhere in a shared scenario before validating it', () => {
    const text = JSON.stringify(file(custom())).replace('"story":{', '"story":{"__proto__":{"polluted":true},');
    expect(refusal(text).code).toBe('hostile-json');
  });

  it('refuses an unknown field smuggled into a scenario (strict schema)', () => {
    expect(refusal(JSON.stringify(file({ ...custom(), onload: 'alert(1)' }))).message).toContain('scenario');
  });

  it('refuses a link for doc links outside docs.aws.amazon.com', () => {
    const s = custom();
    s.docs = ['javascript:alert(1)' as never];
    expect(refusal(JSON.stringify(file(s))).message).toContain('“scenario.docs.0”');
  });

  it('refuses a wait or a check longer than 2 hours of simulated time, so a hostile file cannot freeze the tab', () => {
    const s = custom();
    s.setup.steps = [...s.setup.steps, { wait: '9999h' }];
    expect(refusal(JSON.stringify(file(s))).message).toMatch(/scenario\.setup\.steps\.\d+\.wait/);
    const t = custom();
    t.goal.within = '3h';
    expect(refusal(JSON.stringify(file(t))).message).toContain('“scenario.goal.within”');
  });

  it('refuses a file path that climbs out of the workspace', () => {
    const s = custom();
    s.setup.files = { '../etc/passwd': 'x' };
    expect(refusal(JSON.stringify(file(s))).message).toContain('setup.files');
  });

  it('refuses a file longer than the 20,000 characters a workshop file may hold in one string, so every export re-imports', () => {
    const s = custom();
    s.setup.files = { ...s.setup.files, 'notes/big.txt': 'x'.repeat(20_001) };
    expect(customScenarioSchema.safeParse(s).error?.issues[0]!.path).toEqual(['setup', 'files', 'notes/big.txt']);
  });

  it('a scenario too big for a 16 KB link is refused with advice to share the file instead', async () => {
    let seed = 7;
    const noise = () =>
      Array.from({ length: 15_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join(
        '',
      );
    const s = custom();
    s.setup.files = { ...s.setup.files, 'notes/a.txt': noise(), 'notes/b.txt': noise() };
    expect(customScenarioSchema.safeParse(s).success).toBe(true);
    const e = await encodeShareFragment('scenario', file(s) as never).catch((error: unknown) => error);
    expect(e).toBeInstanceOf(WorkshopImportError);
    expect((e as WorkshopImportError).code).toBe('too-large');
    expect((e as WorkshopImportError).message).toMatch(/links are limited to 16 KB\. Share it as a file instead\./);
  });

  it('refuses more than five prediction choices', () => {
    const s = custom();
    const c = s.predict.choices[0]!;
    s.predict.choices = [...s.predict.choices, ...'defg'.split('').map((id) => ({ ...c, id, correct: false }))];
    expect(refusal(JSON.stringify(file(s))).message).toContain('“scenario.predict.choices”');
  });

  it('refuses a scenario file of another format version with the version in the message', () => {
    const e = refusal(JSON.stringify({ ...file(custom()), version: 2 }));
    expect(e.code).toBe('wrong-version');
    expect(e.message).toContain('version 2');
  });

  it('opens a custom scenario from a plain share link', async () => {
    const fragment = `#scenario=j${toBase64Url(new TextEncoder().encode(JSON.stringify(file(custom()))))}`;
    const shared = await decodeShareFragment(fragment);
    expect(shared.kind === 'scenario' && shared.data.scenario.id).toBe('custom-api-skips-canary');
  });
});
