import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenarios } from '../../../src/scenario/catalog';
import { parseScenarioFile } from '../../../src/scenario/file';
import { SCENARIO_IDS, durationMs } from '../../../src/scenario/schema';
import { scenarioSetup } from '../../../src/scenario/labSetup';
import { createWorld } from '../../../src/sim';

const good = readFileSync('content/scenarios/latest-wiring.yaml', 'utf8');

describe('scenario files (content/scenarios/*.yaml)', () => {
  it('there is one valid file for each of the 18 scenario ids of ids.md', () => {
    expect(
      loadScenarios()
        .map((s) => s.id)
        .sort(),
    ).toEqual([...SCENARIO_IDS].sort());
  });

  it('every scenario cites AWS documentation and names its note', () => {
    for (const s of loadScenarios()) {
      expect(s.docs.length, s.id).toBeGreaterThan(0);
      expect(
        s.reveal.docs.every((u) => u.startsWith('https://docs.aws.amazon.com/')),
        s.id,
      ).toBe(true);
    }
  });

  it.each([
    ['a missing title', (t: string) => t.replace(/^title:.*\n/m, ''), 'title'],
    [
      'a predict choice without its why',
      (t: string) => t.replace(/\n {6}why: An unqualified[^\n]*/, ''),
      'predict.choices.1.why',
    ],
    ['two correct choices', (t: string) => t.replace('correct: false', 'correct: true'), 'predict.choices'],
    [
      'an unknown goal predicate',
      (t: string) => t.replace('- noInvokerTargets: $LATEST', '- runJavaScript: "alert(1)"'),
      'goal.all.0',
    ],
    [
      'a non-AWS doc link',
      (t: string) => t.replace(/(docs:\n\s+- )https:\/\/docs\.aws\.amazon\.com\/[^\n]+/, '$1https://example.com/x'),
      'reveal.docs.0',
    ],
    [
      'a shell command instead of aws/sam',
      (t: string) => t.replace('- aws lambda publish-version --function-name pay\n', '- rm -rf /\n'),
      'setup.steps.2',
    ],
    [
      'a bad duration',
      (t: string) => t.replace('within: 2m\n  highlight', 'within: soon\n  highlight'),
      'run.until.within',
    ],
    ['an unknown note', (t: string) => t.replace('note: versions-and-latest', 'note: nope'), 'note'],
  ])('a file with %s fails with the file name and the field path', (_what, mutate, field) => {
    const bad = mutate(good);
    expect(bad).not.toBe(good);
    expect(() => parseScenarioFile('content/scenarios/latest-wiring.yaml', bad)).toThrow(
      `content/scenarios/latest-wiring.yaml: field "${field}"`,
    );
  });

  it('a file whose id does not match its name is rejected', () => {
    expect(() => parseScenarioFile('content/scenarios/hook-never-reports.yaml', good)).toThrow(
      'content/scenarios/hook-never-reports.yaml: field "id"',
    );
  });

  it('broken YAML is reported with the file name', () => {
    expect(() => parseScenarioFile('content/scenarios/x.yaml', 'id: [unclosed')).toThrow(
      'content/scenarios/x.yaml: field "(yaml)"',
    );
  });

  it('durations read as simulated milliseconds', () => {
    expect(durationMs('1h 5m 30s')).toBe(3_930_000);
    expect(durationMs('0s')).toBe(0);
  });
});

describe('scenarioSetup (the Lab page entry)', () => {
  it('builds the scenario world from its command lines', async () => {
    const world = createWorld({ seed: 3 });
    await scenarioSetup('latest-wiring', { withAct: false })(world);
    expect(world.snapshot().lambda.functions.map((f) => f.FunctionName)).toEqual(['pay']);
    expect(world.snapshot().traffic.sources[0]!.targetKind).toBe('LATEST');
  });

  it('throws a clear error for an unknown id', () => {
    expect(() => scenarioSetup('<script>')).toThrow(/Unknown scenario "<script>"\. Known scenarios: .*latest-wiring/);
  });
});
