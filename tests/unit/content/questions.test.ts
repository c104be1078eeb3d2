import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../../src/content/questions';
import { parseQuestionBank, parseQuestionFile, QuestionFileError } from '../../../src/content/questionFile';
import { NOTE_IDS, QUESTION_TOPICS, REF_DOMAINS, SCENARIO_IDS } from '../../../src/content/questionsSchema';
import {
  expectedAliasError,
  expectedDeploymentOutcome,
  expectedPublishResult,
  expectedWeightAt,
} from '../../../src/content/questionTemplatesRules';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
// https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html
// https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html
// https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html
// https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html

const bank = loadQuestionBank();

describe('question bank: files and schema', () => {
  it('loads every questions/<topic>.yaml through the schema without an error', () => {
    expect(bank.length).toBeGreaterThan(0);
  });

  it('gives every bank question an id of the form <topic>-NNN', () => {
    for (const q of bank) expect(q.id, q.id).toMatch(new RegExp(`^${q.topic}-\\d{3}$`));
  });

  it('marks exactly `choose` options correct, with 4 options for single and 5–6 for multiple answer', () => {
    for (const q of bank) {
      expect(q.options.filter((o) => o.correct).length, q.id).toBe(q.choose);
      expect(q.options.length, q.id).toBe(q.type === 'single' ? 4 : q.options.length);
      if (q.type === 'multiple') expect(q.options.length, q.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('has unique ids and unique stems across all topics', () => {
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    expect(new Set(bank.map((q) => q.stem.trim().toLowerCase())).size).toBe(bank.length);
  });

  it('cites only AWS documentation domains in refs', () => {
    for (const q of bank) {
      for (const ref of q.refs)
        expect(
          REF_DOMAINS.some((d) => ref.startsWith(`https://${d}`)),
          `${q.id} ${ref}`,
        ).toBe(true);
    }
  });

  it('links every question to a topic-level note id from the agreed list', () => {
    for (const q of bank) expect(NOTE_IDS as readonly string[], q.id).toContain(q.note);
  });

  it('uses only scenario ids from ids.md, in `scenario` and in tags', () => {
    const allowed = new Set<string>([...SCENARIO_IDS, ...QUESTION_TOPICS]);
    for (const q of bank) {
      if (q.scenario) expect(SCENARIO_IDS as readonly string[], q.id).toContain(q.scenario);
      for (const t of q.tags) expect(allowed.has(t), `${q.id} tag ${t}`).toBe(true);
    }
  });

  it('practises every scenario / trap id from ids.md in at least one question', () => {
    for (const id of SCENARIO_IDS)
      expect(
        bank.some((q) => q.tags.includes(id)),
        id,
      ).toBe(true);
  });

  it('has at least 8 questions in every topic and at least 90 in total', () => {
    for (const topic of QUESTION_TOPICS)
      expect(bank.filter((q) => q.topic === topic).length, topic).toBeGreaterThanOrEqual(8);
    expect(bank.length).toBeGreaterThanOrEqual(90);
  });

  it('writes an explanation of its own for every option, right or wrong', () => {
    for (const q of bank) expect(new Set(q.options.map((o) => o.why)).size, q.id).toBe(q.options.length);
  });
});

describe('question bank: behavioural keys (sim blocks)', () => {
  const withSim = bank.filter((q) => q.sim);

  it('has at least 25 questions whose key is a simulator behaviour, covering all four kinds', () => {
    expect(withSim.length).toBeGreaterThanOrEqual(25);
    expect(new Set(withSim.map((q) => q.sim!.kind))).toEqual(
      new Set(['schedule-weight', 'deployment-outcome', 'publish-sequence', 'alias-validation']),
    );
  });

  it('points keyFromSim at the option marked correct', () => {
    for (const q of withSim) expect(q.options.find((o) => o.id === q.keyFromSim)?.correct, q.id).toBe(true);
  });

  it('states schedule weights that follow the canary/linear rule', () => {
    for (const q of withSim) {
      if (q.sim!.kind === 'schedule-weight')
        expect(expectedWeightAt(q.sim!.config, q.sim!.atMinutes), q.id).toBe(q.sim!.expectPercent);
    }
  });

  it('states deployment outcomes that follow the alarm, hook, stop and rollback rules', () => {
    for (const q of withSim) {
      const s = q.sim!;
      if (s.kind === 'deployment-outcome') expect(expectedDeploymentOutcome(s), q.id).toEqual(s.expect);
    }
  });

  it('states version numbers that are never reused and unchanged publishes that return the last version', () => {
    for (const q of withSim) {
      const s = q.sim!;
      if (s.kind !== 'publish-sequence') continue;
      const r = expectedPublishResult(s.steps);
      expect(r.versions, q.id).toEqual(s.expect.versions);
      if (s.expect.returned) expect(r.returned, q.id).toEqual(s.expect.returned);
    }
  });

  it('states alias routing errors that follow the RoutingConfig rules', () => {
    for (const q of withSim) {
      const s = q.sim!;
      if (s.kind === 'alias-validation') expect(expectedAliasError(s), q.id).toBe(s.expect.error);
    }
  });
});

describe('parseQuestionFile: malformed data is rejected with file, question and field', () => {
  const good = `
- id: hooks-901
  topic: hooks
  type: single
  choose: 1
  difficulty: 1
  tags: [hooks]
  stem: A team wants to know which lifecycle events of a Lambda deployment accept hooks at all.
  options:
    - {id: a, text: One, correct: true, why: Because the docs say so here.}
    - {id: b, text: Two, correct: false, why: Because the docs say otherwise.}
    - {id: c, text: Three, correct: false, why: Because the docs say neither.}
    - {id: d, text: Four, correct: false, why: Because the docs never say it.}
  explanation: Only BeforeAllowTraffic and AfterAllowTraffic can run hooks in a Lambda deployment.
  refs: [https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html]
  note: lifecycle-hooks
`;

  it('accepts a well-formed fixture', () => {
    expect(parseQuestionFile('questions/hooks.yaml', good)).toHaveLength(1);
  });

  it('rejects two correct options on a single-answer question, naming the field', () => {
    const bad = good.replace('text: Two, correct: false', 'text: Two, correct: true');
    expect(() => parseQuestionFile('questions/hooks.yaml', bad)).toThrow(
      /questions\/hooks\.yaml: question hooks-901: field "options"/,
    );
  });

  it('rejects an unknown note id and a non-AWS ref, naming the field', () => {
    expect(() =>
      parseQuestionFile('questions/hooks.yaml', good.replace('note: lifecycle-hooks', 'note: hooks-note')),
    ).toThrow(/field "note"/);
    expect(() =>
      parseQuestionFile('questions/hooks.yaml', good.replace('https://docs.aws.amazon.com/', 'https://example.com/')),
    ).toThrow(/field "refs.0"/);
  });

  it('rejects a sim block with an unknown kind, naming sim.kind', () => {
    const bad = good.replace(
      'note: lifecycle-hooks',
      'note: lifecycle-hooks\n  keyFromSim: a\n  sim: {kind: guess, config: x}',
    );
    expect(() => parseQuestionFile('questions/hooks.yaml', bad)).toThrow(/field "sim.kind"/);
  });

  it('rejects a question filed under the wrong topic file', () => {
    expect(() => parseQuestionFile('questions/metrics.yaml', good)).toThrow(QuestionFileError);
  });

  it('rejects broken YAML and duplicate ids across files', () => {
    expect(() => parseQuestionFile('questions/hooks.yaml', '- id: [')).toThrow(/questions\/hooks\.yaml/);
    expect(() => parseQuestionBank({ '/questions/hooks.yaml': good + good })).toThrow(
      /question hooks-901: field "id": duplicate id/,
    );
  });
});
