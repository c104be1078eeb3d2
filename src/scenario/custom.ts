/**
 * Scenarios a facilitator builds in the Workshop: the repository's scenario schema with the id rule
 * swapped for `custom-<slug>` (so a custom scenario can never shadow one of the 18 built-in ones), plus
 * bounds that keep an untrusted file or link from freezing the tab when it is run headless or played.
 * Scenarios stay DATA: command lines go through the simulator's CLI parser, predicates through
 * src/scenario/goals.ts; nothing in them is executed as code or rendered as HTML.
 */
import { z } from '../zodConfigured';
import { durationMs, scenarioSchema, SCENARIO_IDS, type ScenarioDef, type Step } from './schema';
import { budgetIssues } from './budget';
import { CUSTOM_ID_MAX, CUSTOM_ID_PATTERN, customIdFromTitle, isCustomScenarioId } from './customId';

export { CUSTOM_ID_MAX, CUSTOM_ID_PATTERN, customIdFromTitle, isCustomScenarioId };

export const customIdSchema = z
  .string()
  .max(CUSTOM_ID_MAX, `at most ${CUSTOM_ID_MAX} characters`)
  .regex(
    CUSTOM_ID_PATTERN,
    'custom-<words>: lower-case letters and digits joined by single dashes, such as custom-my-canary',
  );

/** Simulated time one wait or one check may take. The longest built-in check is 65 min (a hook's one-hour timeout). */
export const MAX_SIMULATED_MS = 2 * 3_600_000;
/** Steps in one list (setup, watched act, one fix). Built-in scenarios use at most a dozen. */
export const MAX_STEPS = 60;
/** Files one scenario may write into the simulated workspace. */
export const MAX_FILES = 20;
/** Choices of the prediction (issue 10: "prediction with choices", two to five). */
export const MAX_CHOICES = 5;
export const MAX_TITLE = 120;
/** One file's text: the same bound the workshop file reader puts on any string, so every export can be re-imported. */
export const MAX_FILE_CHARS = 20_000;

/** File paths stay plain relative paths inside the simulated workspace. */
const FILE_PATH = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/;

/** A built-in or custom scenario: the repository's ScenarioDef with any id. */
export type AnyScenarioDef = Omit<ScenarioDef, 'id'> & { id: string };

/**
 * The runner and the player are typed for repository scenarios, but read the id only to label steps,
 * errors and progress records; a validated custom scenario is safe to hand to them.
 */
export const asRunnableScenario = (def: AnyScenarioDef): ScenarioDef => def as ScenarioDef;

type Issue = { path: (string | number)[]; message: string };

function stepIssues(steps: readonly Step[] | undefined, path: (string | number)[]): Issue[] {
  const issues: Issue[] = [];
  if (!steps) return issues;
  if (steps.length > MAX_STEPS) issues.push({ path, message: `at most ${MAX_STEPS} steps` });
  steps.forEach((step, i) => {
    if (typeof step === 'object' && 'wait' in step && durationMs(step.wait) > MAX_SIMULATED_MS) {
      issues.push({ path: [...path, i, 'wait'], message: 'a wait of at most 2h of simulated time' });
    }
  });
  return issues;
}

function fileIssues(files: Record<string, string> | undefined, path: (string | number)[]): Issue[] {
  const names = Object.keys(files ?? {});
  const issues: Issue[] = [];
  if (names.length > MAX_FILES) issues.push({ path, message: `at most ${MAX_FILES} files` });
  for (const name of names) {
    if (!FILE_PATH.test(name) || name.split('/').includes('..'))
      issues.push({ path: [...path, name], message: 'a plain relative file path such as code/v2.json' });
    else if ((files?.[name] ?? '').length > MAX_FILE_CHARS)
      issues.push({ path: [...path, name], message: `at most ${MAX_FILE_CHARS} characters in one file` });
  }
  return issues;
}

/** The bounds every shared or custom scenario must respect on top of the repository schema. */
function boundIssues(s: AnyScenarioDef): Issue[] {
  const issues: Issue[] = [];
  // Titles appear in headings, notices and file names; markup is refused outright, like plan titles.
  if (s.title.length > MAX_TITLE) issues.push({ path: ['title'], message: `at most ${MAX_TITLE} characters` });
  if (/[<>]/.test(s.title)) issues.push({ path: ['title'], message: 'angle brackets (HTML markup) are not allowed' });
  if (s.predict.choices.length > MAX_CHOICES)
    issues.push({ path: ['predict', 'choices'], message: `at most ${MAX_CHOICES} choices` });
  issues.push(
    ...fileIssues(s.setup.files, ['setup', 'files']),
    ...fileIssues(s.fix.reference.files, ['fix', 'reference', 'files']),
    ...fileIssues(s.fix.wrong.files, ['fix', 'wrong', 'files']),
  );
  issues.push(
    ...stepIssues(s.setup.steps, ['setup', 'steps']),
    ...stepIssues(s.setup.deployment, ['setup', 'deployment']),
    ...stepIssues(s.fix.reference.steps, ['fix', 'reference', 'steps']),
    ...stepIssues(s.fix.wrong.steps, ['fix', 'wrong', 'steps']),
  );
  for (const [path, within] of [
    [['run', 'until', 'within'], s.run.until.within],
    [['goal', 'within'], s.goal.within],
  ] as const) {
    if (durationMs(within) > MAX_SIMULATED_MS)
      issues.push({ path: [...path], message: 'at most 2h of simulated time' });
  }
  // Per-step limits are not enough on their own: the whole run must fit the budget too.
  if (issues.length === 0) issues.push(...budgetIssues(s));
  return issues;
}

const withBounds = <T extends z.ZodType<AnyScenarioDef>>(schema: T) =>
  schema.superRefine((s, ctx) => {
    for (const issue of boundIssues(s)) ctx.addIssue({ code: 'custom', ...issue });
  });

/** A scenario built in the Workshop: `custom-<slug>` id, bounded sizes and durations. */
export const customScenarioSchema = withBounds(scenarioSchema.extend({ id: customIdSchema }));

/**
 * What a shared link or file may carry: a custom scenario, or one of the built-in ones (a facilitator
 * may share a built-in scenario as it is). The same bounds apply to both.
 */
export const shareableScenarioSchema = withBounds(
  scenarioSchema.extend({ id: z.union([z.enum(SCENARIO_IDS), customIdSchema]) }),
);

export type CustomScenarioDef = z.infer<typeof customScenarioSchema>;

/** A schema problem with the dotted path of the field, as the builder lists it. */
export interface FieldProblem {
  path: string;
  message: string;
  /** The validator's issue code and bounds, so a UI can word the problem itself (src/ui/workshop/builder/problemWording.ts). */
  code?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

export function schemaProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((i) => ({
    path: i.path.length ? i.path.map(String).join('.') : '(root)',
    message: i.message,
    code: i.code,
    ...('origin' in i && typeof i.origin === 'string' ? { origin: i.origin } : {}),
    ...('minimum' in i ? { minimum: i.minimum } : {}),
    ...('maximum' in i ? { maximum: i.maximum } : {}),
  }));
}
