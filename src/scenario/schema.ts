/**
 * Schema of a trap scenario (content/scenarios/<id>.yaml). Scenarios are data only — command lines,
 * templates and declarative goal predicates, never code — so a scenario can be shared as a file or a
 * link safely (architecture.md "Content as data"). Bad data fails loudly with the file and field path.
 */
import { z } from '../zodConfigured';
import { NOTE_IDS, QUESTION_TOPICS, SCENARIO_IDS } from '../content/questionsSchema';
import { DURATION, durationMs } from './duration';

/** The 18 scenario ids of /work/briefs/ids.md (one list, kept with the question schema); they double as trap tags. */
export { SCENARIO_IDS };
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Simulated durations written as `30s`, `5m`, `1h` or `1h 5m` (duration.ts). */
export { durationMs };
export const durationSchema = z.string().regex(DURATION, 'a duration such as "30s", "5m" or "1h 5m"');

const awsDocUrl = z
  .url()
  .refine(
    (u) => /^https:\/\/docs\.aws\.amazon\.com\//.test(u),
    'an AWS documentation URL (https://docs.aws.amazon.com/…)',
  );
const text = z.string().trim().min(1);
const commandLine = z
  .string()
  .trim()
  .regex(/^(aws|sam) /, 'an `aws …` or `sam …` command line');
const trafficSourceKind = z.enum(['ApiGateway', 'EventBridge', 'S3', 'SNS', 'SQS', 'Client']);

/** One thing the setup or a fix does, in order: a command line, a wait, or a traffic source. */
export const stepSchema = z.union([
  commandLine,
  z.strictObject({ run: commandLine, expectFailure: z.boolean().optional() }),
  z.strictObject({ wait: durationSchema }),
  z.strictObject({
    traffic: z.strictObject({
      source: trafficSourceKind,
      target: text,
      ratePerSecond: z.number().positive().max(2000),
    }),
  }),
  z.strictObject({ stopTraffic: text }),
]);
export type Step = z.infer<typeof stepSchema>;

const deploymentStatus = z.enum(['Created', 'InProgress', 'Succeeded', 'Failed', 'Stopped']);
/** Which deployment a predicate looks at: `last` (newest), `first`, or `last-user` (newest not created by a rollback). */
const deploymentPick = z.enum(['first', 'last', 'last-user']);
const fnVersion = z.strictObject({ function: text, version: text });

/** Declarative checks on the world, interpreted by src/scenario/goals.ts. Each item has exactly one key. */
export type Predicate =
  | { noInvokerTargets: '$LATEST' }
  | { invokersUseAlias: string }
  | {
      deployment: {
        which?: 'first' | 'last' | 'last-user';
        status?: string;
        creator?: string;
        errorCode?: string;
        notStatus?: string;
        shiftedShare?: { min?: number; max?: number };
      };
    }
  | { deploymentCount: { min?: number; max?: number } }
  | { alias: { function: string; name: string; version?: string; weights?: 'none' | Record<string, number> } }
  | { errorThrown: string }
  | { noErrorThrown: true }
  | { noColdStartsOn: { function: string; version: string } }
  | { coldStartsOn: { function: string; version: string; min?: number; max?: number } }
  | { alarm: { name: string; state: string } }
  | { alarmEverIn: { name: string; state: string } }
  | { versions: { function: string; count: number } }
  | { versionTimeout: { function: string; version: string; seconds: number } }
  | { deploymentMinutes: { which?: 'first' | 'last' | 'last-user'; min?: number; max?: number } }
  | { servedShare: { function: string; version: string; min?: number; max?: number } }
  | { failedRequests: { min?: number; max?: number } }
  | { provisioned: { function: string; qualifier: string; status?: string; allocatedMin?: number } }
  | { busyOn: { function: string; version: string; min?: number; max?: number } }
  | { lifecycleEvent: { which?: 'first' | 'last' | 'last-user'; name: string; status: string } }
  | { event: { type: string; min?: number; max?: number; contains?: string } }
  | { not: Predicate }
  | { anyOf: Predicate[] };

const range = { min: z.number().min(0).optional(), max: z.number().min(0).optional() };

export const predicateSchema: z.ZodType<Predicate> = z.lazy(() =>
  z.union([
    z.strictObject({ noInvokerTargets: z.literal('$LATEST') }),
    z.strictObject({ invokersUseAlias: text }),
    z.strictObject({
      deployment: z.strictObject({
        which: deploymentPick.optional(),
        status: deploymentStatus.optional(),
        notStatus: deploymentStatus.optional(),
        creator: z
          .enum([
            'user',
            'autoscaling',
            'codeDeployRollback',
            'CodeDeploy',
            'CodeDeployAutoUpdate',
            'CloudFormation',
            'CloudFormationRollback',
          ])
          .optional(),
        errorCode: text.optional(),
        /**
         * The share of the alias's traffic the deployment had moved to the target version when it
         * ended (or so far): a stop at 0 % means nothing was tried, e.g. an alarm already in ALARM.
         */
        shiftedShare: z
          .strictObject({ min: z.number().min(0).max(1).optional(), max: z.number().min(0).max(1).optional() })
          .optional(),
      }),
    }),
    z.strictObject({ deploymentCount: z.strictObject(range) }),
    z.strictObject({
      alias: z.strictObject({
        function: text,
        name: text,
        version: text.optional(),
        weights: z.union([z.literal('none'), z.record(z.string(), z.number().min(0).max(1))]).optional(),
      }),
    }),
    z.strictObject({
      errorThrown: z
        .string()
        .regex(/^[A-Z][A-Za-z]+(Exception|Error)$/, 'an AWS exception name such as DeploymentLimitExceededException'),
    }),
    z.strictObject({ noErrorThrown: z.literal(true) }),
    z.strictObject({ noColdStartsOn: fnVersion }),
    z.strictObject({ coldStartsOn: z.strictObject({ function: text, version: text, ...range }) }),
    z.strictObject({ alarm: z.strictObject({ name: text, state: z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']) }) }),
    z.strictObject({
      alarmEverIn: z.strictObject({ name: text, state: z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']) }),
    }),
    z.strictObject({ versions: z.strictObject({ function: text, count: z.number().int().min(0) }) }),
    z.strictObject({
      versionTimeout: z.strictObject({ function: text, version: text, seconds: z.number().int().min(1).max(900) }),
    }),
    z.strictObject({ deploymentMinutes: z.strictObject({ which: deploymentPick.optional(), ...range }) }),
    z.strictObject({
      servedShare: z.strictObject({
        function: text,
        version: text,
        min: z.number().min(0).max(1).optional(),
        max: z.number().min(0).max(1).optional(),
      }),
    }),
    z.strictObject({ failedRequests: z.strictObject(range) }),
    z.strictObject({
      provisioned: z.strictObject({
        function: text,
        qualifier: text,
        status: z.enum(['IN_PROGRESS', 'READY', 'FAILED']).optional(),
        allocatedMin: z.number().int().min(0).optional(),
      }),
    }),
    z.strictObject({ busyOn: z.strictObject({ function: text, version: text, ...range }) }),
    z.strictObject({
      lifecycleEvent: z.strictObject({
        which: deploymentPick.optional(),
        name: z.enum(['BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic']),
        status: z.enum(['Pending', 'InProgress', 'Succeeded', 'Failed', 'Skipped', 'Unknown']),
      }),
    }),
    z.strictObject({
      event: z.strictObject({
        type: z.string().regex(/^[a-z]+\.[a-zA-Z-]+$/, 'an event type such as deployment.stopped'),
        contains: text.optional(),
        ...range,
      }),
    }),
    z.strictObject({ not: predicateSchema }),
    z.strictObject({ anyOf: z.array(predicateSchema).min(2) }),
  ]),
);

/** The checks of one phase: all must hold, at the latest `within` after the phase started. */
const checkSchema = z.strictObject({ all: z.array(predicateSchema).min(1), within: durationSchema });

const fixSolution = z.strictObject({
  files: z.record(z.string(), z.string()).optional(),
  steps: z.array(stepSchema).min(1),
});

export const scenarioSchema = z.strictObject({
  id: z.enum(SCENARIO_IDS),
  title: text,
  traps: z.array(z.enum(SCENARIO_IDS)).min(1),
  topic: z.enum(QUESTION_TOPICS),
  story: z.strictObject({ team: text, goal: text }),
  setup: z.strictObject({
    files: z.record(z.string(), z.string()).optional(),
    steps: z.array(stepSchema),
    /** The deployment (or other act) the learner watches; run after the predict step. */
    deployment: z.array(stepSchema).min(1).optional(),
  }),
  predict: z.strictObject({
    question: text,
    choices: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z]$/, 'a single lower-case letter'),
          text,
          correct: z.boolean(),
          why: text,
        }),
      )
      .min(2)
      .refine((cs) => cs.filter((c) => c.correct).length === 1, 'exactly one choice must be correct')
      .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, 'choice ids must be unique'),
  }),
  run: z.strictObject({
    /** Auto-play until these hold (the moment that matters) — the trap outcome, checked headless. */
    until: checkSchema,
    highlight: z.array(z.string().regex(/^[a-z]+\.[a-zA-Z-]+$/)).min(1),
  }),
  reveal: z.strictObject({ happened: text, rule: text, docs: z.array(awsDocUrl).min(1) }),
  fix: z.strictObject({
    challenge: text,
    hints: z.array(text).min(1),
    reference: fixSolution,
    wrong: fixSolution.extend({ why: text }),
  }),
  goal: checkSchema,
  docs: z.array(awsDocUrl).min(1),
  note: z.enum(NOTE_IDS),
  minutes: z.number().int().min(1).max(60),
});

export type ScenarioDef = z.infer<typeof scenarioSchema>;
export type ScenarioCheck = z.infer<typeof checkSchema>;
export type FixSolution = z.infer<typeof fixSolution>;
