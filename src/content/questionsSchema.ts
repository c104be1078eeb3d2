/**
 * Schema of the question bank (questions/<topic>.yaml). Bad data must fail loudly at build and test
 * time, naming the file, the question and the field, so a content author can fix it without reading code.
 *
 * Fixed vocabularies (topics, note ids, scenario ids, config names) live here so that every check
 * uses one list; they mirror /work/briefs/ids.md and the note ids agreed with the notes engineer.
 */
import { z } from '../zodConfigured';
import { QUESTION_TOPICS, REQUIRED_NOTE_IDS, SCENARIO_IDS } from './notesIds';
import { ALIAS_ERRORS, PREDEFINED_LAMBDA_CONFIGS } from './questionVocabulary';

// One list of topics, note ids and scenario ids for notes and questions alike (src/content/notesIds.ts).
export { QUESTION_TOPICS, SCENARIO_IDS } from './notesIds';
export type { QuestionTopic } from './notesIds';
/** The topic-level notes a question may link to. */
export const NOTE_IDS = REQUIRED_NOTE_IDS;

// The predefined configurations and the alias errors live in a module without zod (questionTemplates uses them).
export { ALIAS_ERRORS, PREDEFINED_LAMBDA_CONFIGS } from './questionVocabulary';
export type { AliasErrorName, PredefinedLambdaConfig } from './questionVocabulary';

/** Domains an answer may cite: AWS's own documentation and AWS-owned repositories. */
export const REF_DOMAINS = [
  'docs.aws.amazon.com',
  'aws.amazon.com',
  'docs.amazonaws.cn',
  'github.com/aws/',
  'github.com/awsdocs/',
] as const;

/**
 * A custom TimeBasedCanary / TimeBasedLinear config. Step 1–99 % and whole minutes, first-to-last shift
 * within 2,880 minutes (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations-create.html).
 */
export const customConfigSchema = z.strictObject({
  type: z.enum(['TimeBasedCanary', 'TimeBasedLinear']),
  percentage: z.int().min(1).max(99),
  intervalMinutes: z.int().min(1).max(2880),
});
export type CustomConfig = z.infer<typeof customConfigSchema>;

export const deploymentConfigSchema = z.union([z.enum(PREDEFINED_LAMBDA_CONFIGS), customConfigSchema]);
export type DeploymentConfigRef = z.infer<typeof deploymentConfigSchema>;

const optionId = z.enum(['a', 'b', 'c', 'd', 'e', 'f']);
export type OptionId = z.infer<typeof optionId>;

/** The new version's share (0–100) of the alias's traffic `atMinutes` after the deployment starts shifting. */
const scheduleWeightSim = z.strictObject({
  kind: z.literal('schedule-weight'),
  config: deploymentConfigSchema,
  atMinutes: z.number().min(0),
  expectPercent: z.number().min(0).max(100),
});

/**
 * One CodeDeploy Lambda deployment. `autoRollback` (default true) means the group rolls back on all
 * three events, as SAM generates; `stop.rollback` is StopDeployment's autoRollbackEnabled.
 * `alarm.atMinutes` is when a rollback alarm on the deployment group enters `state`, measured from
 * the start of traffic shifting. aliasVersion: "split" = the alias is left weighted across two versions.
 */
const deploymentOutcomeSim = z.strictObject({
  kind: z.literal('deployment-outcome'),
  config: deploymentConfigSchema,
  autoRollback: z.boolean().optional(),
  alarm: z.strictObject({ state: z.enum(['ALARM', 'INSUFFICIENT_DATA']), atMinutes: z.number().min(0) }).optional(),
  hook: z
    .strictObject({
      event: z.enum(['BeforeAllowTraffic', 'AfterAllowTraffic']),
      reports: z.enum(['Succeeded', 'Failed', 'nothing']),
    })
    .optional(),
  stop: z.strictObject({ atMinutes: z.number().min(0), rollback: z.boolean() }).optional(),
  expect: z.strictObject({
    status: z.enum(['Succeeded', 'Failed', 'Stopped']),
    aliasVersion: z.enum(['old', 'new', 'split']),
    rollback: z.boolean(),
  }),
});

export const PUBLISH_STEP = /^(create|update-code|update-config|publish|delete-version:[1-9][0-9]*)$/;

/**
 * Lambda API calls in order: `create` = CreateFunction without Publish; `update-code` /
 * `update-config` change $LATEST; `publish` = PublishVersion; `delete-version:N` = DeleteFunction with
 * Qualifier N. expect.versions = the published version numbers that exist at the end (ascending);
 * expect.returned (optional) = the Version each `publish` step returned, in order.
 */
const publishSequenceSim = z.strictObject({
  kind: z.literal('publish-sequence'),
  steps: z
    .array(
      z.string().regex(PUBLISH_STEP, 'step must be create | update-code | update-config | publish | delete-version:N'),
    )
    .min(1),
  expect: z.strictObject({
    versions: z.array(z.int().min(1)),
    returned: z.array(z.int().min(1)).optional(),
  }),
});

/**
 * CreateAlias/UpdateAlias with a RoutingConfig. `weights` = AdditionalVersionWeights as written by the
 * caller (keys may be invalid on purpose). `sameRole` = whether all versions named share one execution
 * role. `publishedVersions` (default: every numeric version named) = versions that exist.
 */
const aliasValidationSim = z.strictObject({
  kind: z.literal('alias-validation'),
  functionVersion: z.string().min(1),
  weights: z.record(z.string(), z.number()),
  sameRole: z.boolean(),
  publishedVersions: z.array(z.int().min(1)).optional(),
  expect: z.strictObject({ error: z.enum(ALIAS_ERRORS).nullable() }),
});

export const simCheckSchema = z.discriminatedUnion('kind', [
  scheduleWeightSim,
  deploymentOutcomeSim,
  publishSequenceSim,
  aliasValidationSim,
]);
export type SimCheck = z.infer<typeof simCheckSchema>;
export type ScheduleWeightSim = z.infer<typeof scheduleWeightSim>;
export type DeploymentOutcomeSim = z.infer<typeof deploymentOutcomeSim>;
export type PublishSequenceSim = z.infer<typeof publishSequenceSim>;
export type AliasValidationSim = z.infer<typeof aliasValidationSim>;

export const optionSchema = z.strictObject({
  id: optionId,
  text: z.string().min(1),
  correct: z.boolean(),
  why: z.string().min(10),
});
export type QuestionOption = z.infer<typeof optionSchema>;

const refSchema = z
  .url()
  .refine((u) => REF_DOMAINS.some((d) => u.startsWith(`https://${d}`) || u.startsWith(`http://${d}`)), {
    message: `must be an AWS documentation URL (${REF_DOMAINS.join(', ')})`,
  });

export const questionSchema = z
  .strictObject({
    // Bank questions are <topic>-NNN; generated template variants are <topic>-tNNxSEED.
    id: z.string().regex(/^[a-z-]+-(\d{3}|t\d{2}x\d+)$/, 'id must be <topic>-NNN'),
    topic: z.enum(QUESTION_TOPICS),
    type: z.enum(['single', 'multiple']),
    choose: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    tags: z.array(z.string().min(1)).min(1),
    stem: z.string().min(40),
    options: z.array(optionSchema).min(4).max(6),
    explanation: z.string().min(40),
    refs: z.array(refSchema).min(1),
    note: z.enum(NOTE_IDS),
    scenario: z.enum(SCENARIO_IDS).optional(),
    sim: simCheckSchema.optional(),
    keyFromSim: optionId.optional(),
    /**
     * 'api-drill': a recall item (an exception name, CLI or API syntax, schedule arithmetic) rather than a
     * DOP-C02-style scenario. It is practised in the separately labelled API drill and does not count
     * towards exams, topic drills or the readiness estimate. Absent means exam practice.
     */
    practice: z.enum(['exam', 'api-drill']).optional(),
  })
  .superRefine((q, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (!q.id.startsWith(`${q.topic}-`)) issue(['id'], `id must start with its topic "${q.topic}-"`);
    if (!q.tags.includes(q.topic)) issue(['tags'], `tags must include the topic "${q.topic}"`);
    q.tags.forEach((t, i) => {
      if (!(QUESTION_TOPICS as readonly string[]).includes(t) && !(SCENARIO_IDS as readonly string[]).includes(t)) {
        issue(['tags', i], `unknown tag "${t}": use a topic or a scenario/trap id from ids.md`);
      }
    });
    const correct = q.options.filter((o) => o.correct).length;
    if (correct !== q.choose) issue(['options'], `has ${correct} correct option(s) but choose is ${q.choose}`);
    if (q.type === 'single' && (q.choose !== 1 || q.options.length !== 4))
      issue(['type'], 'single questions have choose 1 and exactly 4 options');
    if (q.type === 'multiple' && (q.choose === 1 || q.options.length < 5))
      issue(['type'], 'multiple questions have choose 2 or 3 and 5–6 options');
    if (q.type === 'multiple' && !new RegExp(`\\(Choose ${q.choose === 2 ? 'TWO' : 'THREE'}\\.\\)\\s*$`).test(q.stem)) {
      issue(['stem'], `a multiple question's stem ends with "(Choose ${q.choose === 2 ? 'TWO' : 'THREE'}.)"`);
    }
    q.options.forEach((o, i) => {
      if (o.id !== 'abcdef'[i]) issue(['options', i, 'id'], `option ${i + 1} must have id "${'abcdef'[i]}"`);
    });
    if (new Set(q.options.map((o) => o.text.trim())).size !== q.options.length)
      issue(['options'], 'option texts must be distinct');
    if ((q.sim === undefined) !== (q.keyFromSim === undefined)) issue(['keyFromSim'], 'sim and keyFromSim go together');
    if (q.keyFromSim !== undefined && !q.options.some((o) => o.id === q.keyFromSim && o.correct)) {
      issue(['keyFromSim'], `keyFromSim "${q.keyFromSim}" must name a correct option`);
    }
    if (q.scenario !== undefined && !q.tags.includes(q.scenario))
      issue(['tags'], `tags must include the scenario "${q.scenario}"`);
  });
export type Question = z.infer<typeof questionSchema>;

export const questionFileSchema = z.array(questionSchema).min(1);
