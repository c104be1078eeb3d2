/**
 * Parameterised questions: the prose lives in questions/templates.yaml, the parameters come from a
 * seeded RNG (same seed, same question), and the key is computed by the rules in
 * questionTemplatesRules.ts. Every variant is a normal `Question` (with a `sim:` block where a
 * simulator check exists) and must pass the same schema as the hand-written bank (checked by the tests).
 */
import { createRng, type Rng } from '../sim/core/rng';
import type { QuestionTemplate } from './questionTemplateFile';
import { variantId } from './variantIds';
import type { CustomConfig, DeploymentConfigRef, Question, QuestionOption, SimCheck } from './questionsSchema';
import { ALIAS_ERRORS, PREDEFINED_LAMBDA_CONFIGS, type AliasErrorName } from './questionVocabulary';
import {
  AmbiguousRuleError,
  expectedAliasError,
  expectedDeploymentOutcome,
  expectedPublishResult,
  expectedWeightAt,
  firstToLastShiftMinutes,
  isInLinearAmbiguousWindow,
  shiftMinutes,
  shiftPlanOf,
} from './questionTemplatesRules';

export type { QuestionTemplate } from './questionTemplateFile';

export const TEMPLATE_GENERATORS = [
  'schedule-weight',
  'alarm-timing',
  'total-shift-time',
  'publish-sequence',
  'alias-validation',
] as const;

/** What a generator contributes; the template supplies the rest. */
interface Generated {
  values: Record<string, string>;
  options: { text: string; correct: boolean; why: string }[];
  sim?: SimCheck;
}

// rng.int(n) is in [0, n); callers pass non-empty lists.
const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)]!;

function shuffle<T>(rng: Rng, items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!]; // j ≤ i < out.length
  }
  return out;
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const minutesText = (n: number): string => `${fmt(n)} ${n === 1 ? 'minute' : 'minutes'}`;

function describePlan(config: DeploymentConfigRef): string {
  const plan = shiftPlanOf(config);
  const shifts = shiftMinutes(config);
  if (plan.type === 'AllAtOnce') return 'AllAtOnce moves all traffic in one step.';
  if (plan.type === 'TimeBasedCanary') {
    return `This canary moves ${plan.percentage}% at minute 0 and the remaining ${100 - plan.percentage}% at minute ${plan.intervalMinutes}.`;
  }
  return `This linear schedule adds ${plan.percentage}% at minutes ${shifts.join(', ')}, reaching 100% at minute ${shifts[shifts.length - 1]}.`;
}

function customName(c: CustomConfig): string {
  return c.type === 'TimeBasedCanary'
    ? `a custom TimeBasedCanary configuration (canaryPercentage ${c.percentage}, canaryInterval ${c.intervalMinutes})`
    : `a custom TimeBasedLinear configuration (linearPercentage ${c.percentage}, linearInterval ${c.intervalMinutes})`;
}
const configText = (c: DeploymentConfigRef): string => (typeof c === 'string' ? c : customName(c));

/** Fills 4 options: the key plus 3 distinct distractors from `pool` (pool must hold enough values). */
function numericOptions(
  rng: Rng,
  answer: number,
  pool: number[],
  unit: string,
  why: (v: number) => string,
): Generated['options'] {
  const distractors = [...new Set(pool.filter((v) => v !== answer && v >= 0))];
  if (distractors.length < 3) throw new Error(`not enough distractors for ${answer}`);
  const chosen = shuffle(rng, distractors).slice(0, 3);
  return shuffle(rng, [answer, ...chosen]).map((v) => ({
    text: `${fmt(v)}${unit}`,
    correct: v === answer,
    why: v === answer ? `Correct. ${why(v)}` : `Incorrect. ${why(v)}`,
  }));
}

// ---------- t01: weight at a time ----------
function genScheduleWeight(rng: Rng): Generated {
  const custom = rng.next() < 0.3;
  const config: DeploymentConfigRef = custom
    ? {
        type: rng.next() < 0.5 ? 'TimeBasedCanary' : 'TimeBasedLinear',
        percentage: pick(rng, [5, 15, 20, 25, 30, 40]),
        intervalMinutes: pick(rng, [2, 3, 4, 5, 6, 15]),
      }
    : pick(
        rng,
        PREDEFINED_LAMBDA_CONFIGS.filter((c) => !c.endsWith('AllAtOnce')),
      );
  const plan = shiftPlanOf(config);
  const shifts = shiftMinutes(config);
  // Ask halfway between two shifts (never on one), and never inside the linear window AWS text disputes.
  const candidates = shifts.map((s, i) =>
    i + 1 < shifts.length ? (s + shifts[i + 1]!) / 2 : s + plan.intervalMinutes / 2,
  );
  const usable = candidates.filter((m) => !isInLinearAmbiguousWindow(config, m));
  const minutes = pick(rng, usable);
  const answer = expectedWeightAt(config, minutes);
  const p = plan.percentage;
  const pool = [
    p,
    100,
    100 - p,
    Math.min(100, answer + p),
    Math.max(0, answer - p),
    Math.min(100, answer + 2 * p),
    0,
    2 * p,
    50,
  ].filter((v) => v <= 100);
  return {
    values: {
      config: configText(config),
      minutes: fmt(minutes),
      minutesText: minutesText(minutes),
      plan: describePlan(config),
      answer: fmt(answer),
    },
    options: numericOptions(rng, answer, pool, '%', (v) =>
      v === answer
        ? `By minute ${fmt(minutes)} the schedule has moved ${fmt(v)}% of traffic.`
        : `${fmt(v)}% does not match the shifts that have happened by minute ${fmt(minutes)}.`,
    ),
    sim: { kind: 'schedule-weight', config, atMinutes: minutes, expectPercent: answer },
  };
}

// ---------- t02: alarm timing ----------
function genAlarmTiming(rng: Rng): Generated {
  const config: DeploymentConfigRef = pick(rng, [
    'CodeDeployDefault.LambdaCanary10Percent5Minutes',
    'CodeDeployDefault.LambdaCanary10Percent10Minutes',
    'CodeDeployDefault.LambdaCanary10Percent15Minutes',
    'CodeDeployDefault.LambdaCanary10Percent30Minutes',
    'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes',
    'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes',
    'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
  ] as const);
  const last = firstToLastShiftMinutes(config);
  let minutes: number;
  for (;;) {
    minutes = 1 + rng.int(Math.max(2, Math.round(last * 1.6)));
    if (minutes !== last && !isInLinearAmbiguousWindow(config, minutes)) break;
  }
  const outcome = expectedDeploymentOutcome({ config, alarm: { state: 'ALARM', atMinutes: minutes } });
  const stopped = outcome.status === 'Stopped';
  const options = [
    {
      text: 'CodeDeploy stops the deployment and runs a new rollback deployment that returns the alias to the original version.',
      correct: stopped,
      why: stopped
        ? 'Correct. The alarm fired while traffic was still shifting, so the deployment stops and rolls back.'
        : 'Incorrect. The deployment had already finished; CodeDeploy no longer watches its alarms.',
    },
    {
      text: 'Nothing changes: the deployment has already succeeded and the alias keeps serving the new version.',
      correct: !stopped,
      why: !stopped
        ? 'Correct. After the final shift the deployment is complete and later alarms trigger no rollback.'
        : 'Incorrect. The deployment was still running, so the alarm stops it.',
    },
    {
      text: 'CodeDeploy pauses traffic shifting until the alarm returns to OK and then continues the schedule.',
      correct: false,
      why: 'Incorrect. CodeDeploy has no pause-and-resume behaviour for alarms; an alarm in ALARM stops the deployment.',
    },
    {
      text: 'The deployment is marked Failed and the alias stays weighted between both versions until an operator intervenes.',
      correct: false,
      why: 'Incorrect. An alarm stop gives the status Stopped, and with rollback enabled the alias goes back to one version.',
    },
  ];
  return {
    values: {
      config,
      minutes: fmt(minutes),
      minutesText: minutesText(minutes),
      plan: describePlan(config),
      when: stopped ? 'before' : 'after',
    },
    options: shuffle(rng, options),
    sim: { kind: 'deployment-outcome', config, alarm: { state: 'ALARM', atMinutes: minutes }, expect: outcome },
  };
}

// ---------- t03: total time of a custom config ----------
function genTotalShiftTime(rng: Rng): Generated {
  let config: CustomConfig;
  do {
    const type = rng.next() < 0.6 ? 'TimeBasedLinear' : 'TimeBasedCanary';
    config = {
      type,
      // Linear steps divide 100 exactly: AWS does not document the size of a shorter last step (e.g. 15 %
      // steps end at 90 % + 10 %?), and a key must never hang on an undocumented number.
      // https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html
      percentage: pick(rng, type === 'TimeBasedLinear' ? [5, 10, 20, 25, 50] : [5, 10, 15, 20, 25, 30, 33, 40, 50]),
      intervalMinutes: pick(rng, [1, 2, 3, 4, 5, 6, 10, 15, 20, 30, 60]),
    };
  } while (firstToLastShiftMinutes(config) > 2880);
  const answer = firstToLastShiftMinutes(config);
  const steps = Math.ceil(100 / config.percentage);
  const i = config.intervalMinutes;
  // Linear: N × interval is what some AWS prose says, so it is never offered as a wrong answer.
  const excluded = config.type === 'TimeBasedLinear' ? [steps * i] : [];
  const pool = [
    i,
    2 * i,
    (steps + 1) * i,
    Math.max(0, steps - 2) * i,
    Math.round((100 / config.percentage) * i * 2),
    steps,
    100 - config.percentage,
    answer + 1,
    Math.round(answer * 1.5),
    answer * 2,
    answer + 2 * i,
  ].filter((v) => v > 0 && !excluded.includes(v));
  const routing =
    config.type === 'TimeBasedCanary'
      ? `{"type":"TimeBasedCanary","timeBasedCanary":{"canaryPercentage":${config.percentage},"canaryInterval":${i}}}`
      : `{"type":"TimeBasedLinear","timeBasedLinear":{"linearPercentage":${config.percentage},"linearInterval":${i}}}`;
  return {
    values: { routing, plan: describePlan(config), answer: fmt(answer) },
    options: numericOptions(rng, answer, pool, ' minutes', (v) =>
      v === answer
        ? `The last shift happens ${v} minutes after the first.`
        : `${v} minutes does not follow from the shift times ${shiftMinutes(config).join(', ')}.`,
    ),
  };
}

// ---------- t04: publish sequence ----------
type Step = string;

function genPublishSequence(rng: Rng): Generated {
  for (;;) {
    const steps: Step[] = ['create'];
    const length = 4 + rng.int(4);
    for (let k = 0; k < length; k++) {
      const { versions } = expectedPublishResult(steps);
      const deletable = versions.slice(0, -1); // never the newest: an unchanged publish after that is undocumented
      const choice = rng.int(10);
      if (choice < 3) steps.push(pick(rng, ['update-code', 'update-config']));
      else if (choice < 8 || deletable.length === 0) steps.push('publish');
      else steps.push(`delete-version:${pick(rng, deletable)}`);
    }
    if (!steps.includes('publish')) continue;
    let result;
    try {
      result = expectedPublishResult(steps);
    } catch (e) {
      if (e instanceof AmbiguousRuleError) continue;
      throw e;
    }
    const show = (vs: number[]) => (vs.length ? vs.join(', ') : 'none (only $LATEST)');
    // Wrong models a learner might hold: every publish makes a version; numbers are reused (len + 1); deletes are ignored.
    const everyPublishMakesOne = (() => {
      let n = 0;
      const live = new Set<number>();
      for (const s of steps) {
        if (s === 'publish') live.add(++n);
        else if (s.startsWith('delete-version:')) live.delete(Number(s.split(':')[1]));
      }
      return [...live].sort((a, b) => a - b);
    })();
    const reuseNumbers = (() => {
      const live: number[] = [];
      let changed = true;
      for (const s of steps) {
        if (s === 'update-code' || s === 'update-config') changed = true;
        else if (s === 'publish' && changed) {
          live.push(live.length + 1);
          changed = false;
        } else if (s.startsWith('delete-version:')) {
          const n = Number(s.split(':')[1]);
          const at = live.indexOf(n);
          if (at >= 0) live.splice(at, 1);
          live.forEach((v, idx) => (live[idx] = idx + 1));
        }
      }
      return live;
    })();
    const ignoringDeletes = [...new Set(result.returned)].sort((a, b) => a - b);
    const max = Math.max(0, ...result.returned);
    const candidates = [
      everyPublishMakesOne,
      reuseNumbers,
      ignoringDeletes,
      [...result.versions, max + 1],
      result.versions.slice(1),
      Array.from({ length: max + 1 }, (_, k) => k + 1),
    ];
    const answer = show(result.versions);
    const distractors = [...new Set(candidates.map(show))].filter((t) => t !== answer);
    if (distractors.length < 3) continue;
    const texts = shuffle(rng, distractors).slice(0, 3);
    const options = shuffle(rng, [answer, ...texts]).map((text) => ({
      text,
      correct: text === answer,
      why:
        text === answer
          ? 'Correct. Each publish after a change takes the next unused number, an unchanged publish returns the latest version, and deleted numbers stay retired.'
          : 'Incorrect. This set either reuses a deleted number, counts a publish that changed nothing, or ignores a deletion.',
    }));
    return {
      values: {
        steps: steps
          .map((s) =>
            s.startsWith('delete-version:')
              ? `delete-function --qualifier ${s.split(':')[1]}`
              : s === 'create'
                ? 'create-function'
                : s === 'publish'
                  ? 'publish-version'
                  : s === 'update-code'
                    ? 'update-function-code'
                    : 'update-function-configuration',
          )
          .join(' → '),
        returned: result.returned.join(', '),
        answer,
      },
      options,
      sim: { kind: 'publish-sequence', steps, expect: result },
    };
  }
}

// ---------- t05: alias validation ----------
interface AliasCase {
  primary: string;
  weights: Record<string, number>;
  sameRole: boolean;
  published: number[];
  reason: string;
}

function genAliasCase(rng: Rng): AliasCase {
  const base = 3 + rng.int(6);
  const published = Array.from({ length: base }, (_, k) => k + 1);
  const v = String(base - 1);
  const w = String(base);
  const weight = pick(rng, [0.05, 0.1, 0.2, 0.25, 0.5]);
  const cases: (() => AliasCase)[] = [
    () => ({
      primary: v,
      weights: { [w]: weight },
      sameRole: true,
      published,
      reason: `Version ${w} at ${weight} with version ${v} as primary is a valid weighted alias, so the call succeeds.`,
    }),
    () => ({
      primary: v,
      weights: { [w]: pick(rng, [1.5, 2, 10, 1.25]) },
      sameRole: true,
      published,
      reason: 'A weight above 1.0 breaks the map value constraint and fails input validation (ValidationException).',
    }),
    () => ({
      primary: v,
      weights: { [w]: -0.1 },
      sameRole: true,
      published,
      reason: 'A negative weight breaks the map value constraint and fails input validation (ValidationException).',
    }),
    () => ({
      primary: String(base - 2),
      weights: { [v]: 0.1, [w]: 0.1 },
      sameRole: true,
      published,
      reason: 'Only one additional version is allowed; two map entries give InvalidParameterValueException.',
    }),
    () => ({
      primary: v,
      weights: { $LATEST: weight },
      sameRole: true,
      published,
      reason: 'The map key must be a version number; $LATEST fails the key pattern (ValidationException).',
    }),
    () => ({
      primary: '$LATEST',
      weights: { [w]: weight },
      sameRole: true,
      published,
      reason: 'An alias that points at $LATEST cannot have a second version (InvalidParameterValueException).',
    }),
    () => ({
      primary: v,
      weights: { [v]: weight },
      sameRole: true,
      published,
      reason:
        'The additional version is the primary version itself, which Lambda rejects with InvalidParameterValueException.',
    }),
    () => ({
      primary: v,
      weights: { [w]: weight },
      sameRole: false,
      published,
      reason: 'Both versions must use the same execution role; different roles give InvalidParameterValueException.',
    }),
    () => ({
      primary: v,
      weights: { [String(base + 3)]: weight },
      sameRole: true,
      published,
      reason: `Version ${base + 3} was never published, so Lambda answers ResourceNotFoundException.`,
    }),
  ];
  return pick(rng, cases)();
}

const ALIAS_RESULT_TEXT: Record<AliasErrorName | 'ok', string> = {
  ok: 'The alias is updated and starts splitting traffic between the two versions.',
  ValidationException: 'The call fails with ValidationException.',
  InvalidParameterValueException: 'The call fails with InvalidParameterValueException.',
  ResourceNotFoundException: 'The call fails with ResourceNotFoundException.',
};
const EXTRA_WRONG = 'The call fails with ResourceConflictException.';

function genAliasValidation(rng: Rng): Generated {
  const c = genAliasCase(rng);
  const error = expectedAliasError({
    functionVersion: c.primary,
    weights: c.weights,
    sameRole: c.sameRole,
    publishedVersions: c.published,
  });
  const key = error ?? 'ok';
  const others = shuffle(rng, [
    ...(['ok', ...ALIAS_ERRORS] as const).filter((k) => k !== key).map((k) => ALIAS_RESULT_TEXT[k]),
    EXTRA_WRONG,
  ]).slice(0, 3);
  const options = shuffle(rng, [ALIAS_RESULT_TEXT[key], ...others]).map((text) => ({
    text,
    correct: text === ALIAS_RESULT_TEXT[key],
    why: text === ALIAS_RESULT_TEXT[key] ? `Correct. ${c.reason}` : `Incorrect. ${c.reason}`,
  }));
  // The CLI's JSON form: its shorthand cannot carry a key such as $LATEST, and a quoted shorthand key
  // ({"8":0.05}) is rejected by the CLI before Lambda sees it.
  // https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html
  const routing = JSON.stringify({ AdditionalVersionWeights: c.weights });
  return {
    values: {
      published: `1 to ${c.published.length}`,
      roles: c.sameRole
        ? 'All versions use the same execution role and no dead-letter queue.'
        : `Version ${c.published.length} was published after the function was switched to a new execution role.`,
      primary: c.primary,
      routing,
      reason: c.reason,
    },
    options,
    sim: {
      kind: 'alias-validation',
      functionVersion: c.primary,
      weights: c.weights,
      sameRole: c.sameRole,
      publishedVersions: c.published,
      expect: { error },
    },
  };
}

const GENERATORS: Record<QuestionTemplate['generator'], (rng: Rng) => Generated> = {
  'schedule-weight': genScheduleWeight,
  'alarm-timing': genAlarmTiming,
  'total-shift-time': genTotalShiftTime,
  'publish-sequence': genPublishSequence,
  'alias-validation': genAliasValidation,
};

const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in values)) throw new Error(`template placeholder {${key}} has no value`);
    return values[key]!; // checked just above
  });

/**
 * One variant of `template` for `seed`: same seed, same question. Not parsed with zod here, so the
 * Practice page does not load the schema to build its variants (issue 18): the unit tests check 1,000
 * seeds of every template against the bank's schema (tests/unit/content/questionsTemplates.test.ts).
 */
export function generateVariant(template: QuestionTemplate, seed: number): Question {
  const rng = createRng(seed);
  const g = GENERATORS[template.generator](rng);
  const correctId = 'abcdef'[g.options.findIndex((o) => o.correct)] as QuestionOption['id'];
  const question: Question = {
    id: variantId(template.topic, template.id, seed),
    topic: template.topic,
    type: 'single' as const,
    choose: 1 as const,
    difficulty: template.difficulty,
    tags: template.tags,
    stem: fill(template.stem, g.values),
    options: g.options.map((o, i) => ({ id: 'abcdef'[i], ...o })) as QuestionOption[],
    explanation: fill(template.explanation, g.values),
    refs: template.refs,
    note: template.note,
    ...(template.scenario ? { scenario: template.scenario } : {}),
    ...(g.sim ? { sim: g.sim, keyFromSim: correctId } : {}),
    // Generated variants are schedule arithmetic, version numbering and API validation: recall, not scenarios.
    practice: 'api-drill' as const,
  };
  return question;
}
