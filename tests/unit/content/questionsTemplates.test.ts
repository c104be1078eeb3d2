import { describe, expect, it } from 'vitest';
import { generateVariant, TEMPLATE_GENERATORS } from '../../../src/content/questionTemplates';
import { loadQuestionTemplates } from '../../../src/content/questions';
import { questionSchema } from '../../../src/content/questionsSchema';
import {
  AmbiguousRuleError,
  expectedAliasError,
  expectedDeploymentOutcome,
  expectedPublishResult,
  expectedWeightAt,
  firstToLastShiftMinutes,
} from '../../../src/content/questionTemplatesRules';
import { simWeightPercentAt } from '../../../src/content/questionSimSchedule';

const templates = loadQuestionTemplates();
const SEEDS = Array.from({ length: 1000 }, (_, i) => i * 7919 + 1);

describe('question templates', () => {
  it('has at least one template per generator (weight, alarm timing, total time, publish, alias validation)', () => {
    expect(new Set(templates.map((t) => t.generator))).toEqual(new Set(TEMPLATE_GENERATORS));
  });

  for (const template of templates) {
    it(`${template.id} (${template.generator}): 1,000 seeds each pass the bank's schema, give exactly one correct option, distinct texts, a key consistent with the rule`, () => {
      const stems = new Set<string>();
      for (const seed of SEEDS) {
        const q = generateVariant(template, seed);
        // The same schema as the hand-written bank (generateVariant itself does not parse).
        expect(questionSchema.safeParse(q).error).toBeUndefined();
        expect(q.options.filter((o) => o.correct)).toHaveLength(1);
        expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
        expect(q.stem).not.toMatch(/\{\w+\}/);
        stems.add(q.stem);
        const key = q.options.find((o) => o.correct)!;
        const s = q.sim;
        if (s) expect(q.keyFromSim).toBe(key.id);
        if (s?.kind === 'schedule-weight') {
          // The key must match what the simulator's own schedule (a separate implementation) shows then.
          expect(key.text).toBe(`${simWeightPercentAt(s.config, s.atMinutes)}%`);
          expect(s.expectPercent).toBe(simWeightPercentAt(s.config, s.atMinutes));
        }
        if (s?.kind === 'deployment-outcome') {
          const outcome = expectedDeploymentOutcome(s);
          expect(outcome).toEqual(s.expect);
          expect(key.text).toMatch(outcome.status === 'Stopped' ? /stops the deployment/ : /already succeeded/);
        }
        if (s?.kind === 'publish-sequence') {
          const r = expectedPublishResult(s.steps);
          expect(key.text).toBe(r.versions.length ? r.versions.join(', ') : 'none (only $LATEST)');
        }
        if (s?.kind === 'alias-validation') {
          const error = expectedAliasError(s);
          expect(s.expect.error).toBe(error);
          expect(key.text).toContain(error ?? 'The alias is updated');
        }
        if (template.generator === 'total-shift-time') {
          const m = /"(?:canaryPercentage|linearPercentage)":(\d+),"(?:canaryInterval|linearInterval)":(\d+)/.exec(
            q.stem,
          )!;
          const type = q.stem.includes('TimeBasedCanary') ? 'TimeBasedCanary' : 'TimeBasedLinear';
          const total = firstToLastShiftMinutes({ type, percentage: Number(m[1]), intervalMinutes: Number(m[2]) });
          expect(key.text).toBe(`${total} minutes`);
          expect(total).toBeLessThanOrEqual(2880);
        }
      }
      // The RNG really varies the questions.
      expect(stems.size).toBeGreaterThan(5);
    });
  }

  it('gives the same question for the same seed (no Math.random in generation)', () => {
    for (const t of templates) expect(generateVariant(t, 42)).toEqual(generateVariant(t, 42));
  });
});

// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html (the predefined
// Lambda configurations), https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html
// (a linear step shifts "at the start of each increment"), https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html
describe('key rules', () => {
  // The new version's share, minutes after the first shift, as the documented configurations state it:
  // a canary holds its 10 % until its interval has passed; a linear config adds 10 % at the start of
  // each interval, so the tenth step (100 %) comes 9 intervals after the first.
  it.each([
    ['CodeDeployDefault.LambdaCanary10Percent5Minutes', 0, 10],
    ['CodeDeployDefault.LambdaCanary10Percent5Minutes', 4.9, 10],
    ['CodeDeployDefault.LambdaCanary10Percent5Minutes', 5, 100],
    ['CodeDeployDefault.LambdaCanary10Percent10Minutes', 9, 10],
    ['CodeDeployDefault.LambdaCanary10Percent10Minutes', 10, 100],
    ['CodeDeployDefault.LambdaCanary10Percent15Minutes', 14, 10],
    ['CodeDeployDefault.LambdaCanary10Percent15Minutes', 15, 100],
    ['CodeDeployDefault.LambdaCanary10Percent30Minutes', 29.5, 10],
    ['CodeDeployDefault.LambdaCanary10Percent30Minutes', 30, 100],
    ['CodeDeployDefault.LambdaLinear10PercentEvery1Minute', 0, 10],
    ['CodeDeployDefault.LambdaLinear10PercentEvery1Minute', 1, 20],
    ['CodeDeployDefault.LambdaLinear10PercentEvery1Minute', 4.5, 50],
    ['CodeDeployDefault.LambdaLinear10PercentEvery1Minute', 8, 90],
    ['CodeDeployDefault.LambdaLinear10PercentEvery1Minute', 9, 100],
    ['CodeDeployDefault.LambdaLinear10PercentEvery2Minutes', 1.9, 10],
    ['CodeDeployDefault.LambdaLinear10PercentEvery2Minutes', 2, 20],
    ['CodeDeployDefault.LambdaLinear10PercentEvery2Minutes', 17, 90],
    ['CodeDeployDefault.LambdaLinear10PercentEvery2Minutes', 18, 100],
    ['CodeDeployDefault.LambdaLinear10PercentEvery3Minutes', 7, 30],
    ['CodeDeployDefault.LambdaLinear10PercentEvery3Minutes', 26, 90],
    ['CodeDeployDefault.LambdaLinear10PercentEvery3Minutes', 27, 100],
    ['CodeDeployDefault.LambdaLinear10PercentEvery10Minutes', 25, 30],
    ['CodeDeployDefault.LambdaLinear10PercentEvery10Minutes', 89, 90],
    ['CodeDeployDefault.LambdaLinear10PercentEvery10Minutes', 90, 100],
    ['CodeDeployDefault.LambdaAllAtOnce', 0, 100],
  ] as const)('%s at minute %s: %s %% on the new version', (config, minutes, percent) => {
    expect(expectedWeightAt(config, minutes)).toBe(percent);
  });

  it('nothing has shifted before the deployment starts', () => {
    expect(expectedWeightAt('CodeDeployDefault.LambdaCanary10Percent5Minutes', -1)).toBe(0);
    expect(expectedWeightAt('CodeDeployDefault.LambdaAllAtOnce', -0.5)).toBe(0);
  });

  it('linear adds its step at the start of each interval: Linear10PercentEvery3Minutes is 30% at minute 7', () => {
    expect(expectedWeightAt('CodeDeployDefault.LambdaLinear10PercentEvery3Minutes', 7)).toBe(30);
    expect(expectedWeightAt({ type: 'TimeBasedLinear', percentage: 25, intervalMinutes: 2 }, 6)).toBe(100);
    expect(expectedWeightAt({ type: 'TimeBasedLinear', percentage: 30, intervalMinutes: 5 }, 15)).toBe(100);
  });

  it('LambdaLinear10PercentEvery1Minute (singular) is recognised; Every1Minutes (the ECS spelling) is not', () => {
    expect(firstToLastShiftMinutes('CodeDeployDefault.LambdaLinear10PercentEvery1Minute')).toBe(9);
    expect(() => expectedWeightAt('CodeDeployDefault.LambdaLinear10PercentEvery1Minutes' as never, 1)).toThrow();
  });

  it('only ALARM stops a deployment; INSUFFICIENT_DATA lets it succeed', () => {
    const config = 'CodeDeployDefault.LambdaCanary10Percent10Minutes' as const;
    expect(expectedDeploymentOutcome({ config, alarm: { state: 'ALARM', atMinutes: 3 } })).toEqual({
      status: 'Stopped',
      aliasVersion: 'old',
      rollback: true,
    });
    expect(expectedDeploymentOutcome({ config, alarm: { state: 'INSUFFICIENT_DATA', atMinutes: 3 } })).toEqual({
      status: 'Succeeded',
      aliasVersion: 'new',
      rollback: false,
    });
  });

  it('a stop without rollback mid-canary leaves the alias split', () => {
    expect(
      expectedDeploymentOutcome({
        config: 'CodeDeployDefault.LambdaCanary10Percent30Minutes',
        stop: { atMinutes: 12, rollback: false },
      }),
    ).toEqual({ status: 'Stopped', aliasVersion: 'split', rollback: false });
  });

  it('a hook that never reports fails the deployment (after one hour)', () => {
    expect(
      expectedDeploymentOutcome({
        config: 'CodeDeployDefault.LambdaAllAtOnce',
        hook: { event: 'BeforeAllowTraffic', reports: 'nothing' },
      }),
    ).toEqual({ status: 'Failed', aliasVersion: 'old', rollback: true });
    expect(
      expectedDeploymentOutcome({
        config: 'CodeDeployDefault.LambdaAllAtOnce',
        autoRollback: false,
        hook: { event: 'AfterAllowTraffic', reports: 'nothing' },
      }),
    ).toEqual({ status: 'Failed', aliasVersion: 'new', rollback: false });
  });

  it('never reuses a version number and returns the last version for an unchanged publish', () => {
    expect(
      expectedPublishResult([
        'create',
        'publish',
        'publish',
        'update-code',
        'publish',
        'delete-version:1',
        'update-config',
        'publish',
      ]),
    ).toEqual({ versions: [2, 3], returned: [1, 1, 2, 3] });
  });

  it('refuses inputs AWS leaves undocumented instead of guessing', () => {
    expect(() => expectedAliasError({ functionVersion: '1', weights: { '2': 1 }, sameRole: true })).toThrow(
      AmbiguousRuleError,
    );
    expect(() => expectedPublishResult(['create', 'publish', 'delete-version:1', 'publish'])).toThrow(
      AmbiguousRuleError,
    );
  });

  it('alias routing: one extra version, weight 0–1, no $LATEST, same role', () => {
    expect(expectedAliasError({ functionVersion: '1', weights: { '2': 0.1 }, sameRole: true })).toBeNull();
    expect(expectedAliasError({ functionVersion: '1', weights: { '2': 1.5 }, sameRole: true })).toBe(
      'ValidationException',
    );
    expect(expectedAliasError({ functionVersion: '1', weights: { '2': 0.1, '3': 0.1 }, sameRole: true })).toBe(
      'InvalidParameterValueException',
    );
    expect(expectedAliasError({ functionVersion: '1', weights: { $LATEST: 0.1 }, sameRole: true })).toBe(
      'ValidationException',
    );
    expect(expectedAliasError({ functionVersion: '$LATEST', weights: { '2': 0.1 }, sameRole: true })).toBe(
      'InvalidParameterValueException',
    );
    expect(expectedAliasError({ functionVersion: '1', weights: { '2': 0.1 }, sameRole: false })).toBe(
      'InvalidParameterValueException',
    );
    expect(
      expectedAliasError({ functionVersion: '1', weights: { '9': 0.1 }, sameRole: true, publishedVersions: [1, 2] }),
    ).toBe('ResourceNotFoundException');
  });
});
