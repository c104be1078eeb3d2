/**
 * The three things a workshop passes around — a session plan, a shared scenario and a learner's
 * results — as versioned, size-bounded DATA. Nothing in them is ever executed or rendered as HTML:
 * scenario steps are command lines interpreted by the simulator's CLI parser, never eval'd.
 */
import { z } from '../zodConfigured';
import { shareableScenarioSchema } from '../scenario/custom';
import { NOTE_IDS, SCENARIO_IDS } from '../content/questionsSchema';

export const WORKSHOP_FORMAT_VERSION = 1;

// Titles and names are shown as text, never HTML; angle brackets are refused anyway so a pasted
// <script> or <img onerror> never even reaches a screen or another learner's file.
const noMarkup = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !/[<>]/.test(v), 'angle brackets (HTML markup) are not allowed');
const label = noMarkup(120);
const questionId = z.string().regex(/^[a-z-]+-(\d{3}|t\d{2}x\d+)$/, 'a question id such as hooks-001');

/** One agenda step: read a note, run a scenario (optionally frozen for a room vote), answer a question, or a break. */
export const agendaStepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('note'), id: z.enum(NOTE_IDS), minutes: z.number().int().min(1).max(120) }),
  z.strictObject({
    kind: z.literal('scenario'),
    id: z.enum(SCENARIO_IDS),
    minutes: z.number().int().min(1).max(120),
    /** Pause before the deployment runs while the room votes on the prediction. */
    freezeAndPredict: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('question'), id: questionId, minutes: z.number().int().min(1).max(120) }),
  z.strictObject({ kind: z.literal('break'), title: label, minutes: z.number().int().min(1).max(120) }),
]);
export type AgendaStep = z.infer<typeof agendaStepSchema>;

export const sessionPlanSchema = z.strictObject({
  format: z.literal('canary-lab-plan'),
  version: z.literal(WORKSHOP_FORMAT_VERSION),
  title: label,
  steps: z.array(agendaStepSchema).min(1).max(60),
});
export type SessionPlan = z.infer<typeof sessionPlanSchema>;

/** A scenario passed around as a file or link: a built-in one as it is, or a `custom-…` one from the builder. */
export const sharedScenarioSchema = z.strictObject({
  format: z.literal('canary-lab-scenario'),
  version: z.literal(WORKSHOP_FORMAT_VERSION),
  scenario: shareableScenarioSchema,
});
export type SharedScenario = z.infer<typeof sharedScenarioSchema>;

export const itemResultSchema = z.strictObject({
  kind: z.enum(['question', 'scenario']),
  id: z.union([questionId, z.enum(SCENARIO_IDS)]),
  correct: z.boolean(),
});
export type ItemResult = z.infer<typeof itemResultSchema>;

export const resultsFileSchema = z
  .strictObject({
    format: z.literal('canary-lab-results'),
    version: z.literal(WORKSHOP_FORMAT_VERSION),
    /** The plan's title, so a facilitator can spot a file from another session. */
    session: label,
    learner: noMarkup(60),
    items: z.array(itemResultSchema).max(500),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.items.forEach((item, i) => {
      const key = `${item.kind}:${item.id}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['items', i], message: `${item.kind} ${item.id} appears twice` });
      seen.add(key);
      if (item.kind === 'scenario' && !(SCENARIO_IDS as readonly string[]).includes(item.id)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `unknown scenario id "${item.id}"` });
      }
    });
  });
export type ResultsFile = z.infer<typeof resultsFileSchema>;

export const workshopKinds = {
  plan: { format: 'canary-lab-plan', schema: sessionPlanSchema, noun: 'session plan' },
  scenario: { format: 'canary-lab-scenario', schema: sharedScenarioSchema, noun: 'scenario' },
  results: { format: 'canary-lab-results', schema: resultsFileSchema, noun: 'results file' },
} as const;
export type WorkshopKind = keyof typeof workshopKinds;
export type WorkshopData<K extends WorkshopKind> = z.infer<(typeof workshopKinds)[K]['schema']>;
