// The data behind the notes' ```diagram blocks (content/diagrams/*.yaml). Each file is checked here
// at build time (src/content/contentFileData.ts), so a diagram that breaks a rule below fails
// `vite build` and the tests with the file and field, instead of drawing something untrue.
import { z } from '../zodConfigured';
import { awsDocUrl } from './notesSchema';

/** SVG labels are not wrapped; keeping them short keeps them inside a 300 px wide drawing. */
const shortLabel = (max: number) => z.string().min(1).max(max, `must be at most ${max} characters to fit a phone`);
const sentence = z
  .string()
  .min(10, 'must be a full sentence')
  .refine((s) => /[.?!)]$/.test(s.trim()), 'must end like a sentence (. ? ! or a closing bracket)');

const common = {
  title: z.string().min(3).max(90),
  /** The caption's one-sentence summary: what a reader should take from the picture. */
  summary: sentence,
  sources: z.array(awsDocUrl).min(1),
};

/**
 * The five lifecycle events of a Lambda deployment, in this order; hooks attach only to
 * BeforeAllowTraffic and AfterAllowTraffic.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
 */
export const LAMBDA_LIFECYCLE_EVENTS = [
  'Start',
  'BeforeAllowTraffic',
  'AllowTraffic',
  'AfterAllowTraffic',
  'End',
] as const;
export const HOOKABLE_EVENTS: readonly string[] = ['BeforeAllowTraffic', 'AfterAllowTraffic'];

const lifecycleSchema = z
  .strictObject({
    kind: z.literal('lifecycle'),
    ...common,
    events: z
      .array(
        z.strictObject({
          name: z.enum(LAMBDA_LIFECYCLE_EVENTS),
          /** What the event is called where it is drawn, e.g. "PreTraffic hook". */
          label: shortLabel(28),
          /** The full sentence the text alternative reads. */
          text: sentence,
          /** SAM's name for the hook on this event; only the two hookable events may have one. */
          hook: shortLabel(16).optional(),
        }),
      )
      .length(LAMBDA_LIFECYCLE_EVENTS.length),
    /** How long CodeDeploy waits for a hook to report before the event fails. */
    hookLimit: z.strictObject({ label: shortLabel(22), text: sentence }),
    /** Alarm polling: from the start of the deployment to the event where it stops mattering. */
    alarms: z.strictObject({ until: z.enum(LAMBDA_LIFECYCLE_EVENTS), label: shortLabel(22), text: sentence }),
  })
  .superRefine((d, ctx) => {
    d.events.forEach((event, i) => {
      if (event.name !== LAMBDA_LIFECYCLE_EVENTS[i])
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'name'],
          message: `must be ${LAMBDA_LIFECYCLE_EVENTS[i]}: a Lambda deployment runs ${LAMBDA_LIFECYCLE_EVENTS.join(' → ')}`,
        });
      if (event.hook && !HOOKABLE_EVENTS.includes(event.name))
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'hook'],
          message: `${event.name} takes no hook: only ${HOOKABLE_EVENTS.join(' and ')} do`,
        });
    });
  });

const sequenceSchema = z
  .strictObject({
    kind: z.literal('sequence'),
    ...common,
    participants: z
      .array(z.strictObject({ id: z.string().regex(/^[a-z]+$/), name: shortLabel(14) }))
      .min(2)
      .max(4),
    steps: z
      .array(
        z.strictObject({
          from: z.string(),
          to: z.string(),
          /** Drawn beside the arrow when there is room; the number is always drawn. */
          label: shortLabel(24),
          text: sentence,
        }),
      )
      .min(2),
    /** A participant blocked between two steps (1-based, inclusive), e.g. the stack waiting. */
    waits: z
      .array(
        z.strictObject({
          participant: z.string(),
          fromStep: z.int().positive(),
          toStep: z.int(),
          label: shortLabel(14),
        }),
      )
      .default([]),
  })
  .superRefine((d, ctx) => {
    const ids = new Set(d.participants.map((p) => p.id));
    d.steps.forEach((step, i) => {
      for (const end of ['from', 'to'] as const)
        if (!ids.has(step[end]))
          ctx.addIssue({ code: 'custom', path: ['steps', i, end], message: `"${step[end]}" is not a participant` });
    });
    d.waits.forEach((wait, i) => {
      if (!ids.has(wait.participant))
        ctx.addIssue({
          code: 'custom',
          path: ['waits', i, 'participant'],
          message: `"${wait.participant}" is not a participant`,
        });
      if (wait.toStep < wait.fromStep || wait.toStep > d.steps.length)
        ctx.addIssue({
          code: 'custom',
          path: ['waits', i, 'toStep'],
          message: `must be a step from ${wait.fromStep} to ${d.steps.length}`,
        });
    });
  });

const recordsSchema = z
  .strictObject({
    kind: z.literal('records'),
    ...common,
    records: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9-]+$/),
          title: shortLabel(30),
          fields: z
            .array(
              z.strictObject({
                name: shortLabel(34),
                value: shortLabel(30),
                /** The id of the record this field's value points to. */
                linksTo: z.string().optional(),
              }),
            )
            .min(1),
        }),
      )
      .min(2),
    /** Sentences the text alternative reads after the records. */
    notes: z.array(sentence).default([]),
  })
  .superRefine((d, ctx) => {
    const ids = new Set(d.records.map((r) => r.id));
    d.records.forEach((record, r) =>
      record.fields.forEach((field, f) => {
        if (field.linksTo !== undefined && (!ids.has(field.linksTo) || field.linksTo === record.id))
          ctx.addIssue({
            code: 'custom',
            path: ['records', r, 'fields', f, 'linksTo'],
            message: `"${field.linksTo}" must name another record`,
          });
      }),
    );
  });

export interface DecisionAnswer {
  answer: string;
  why: string;
}
export interface DecisionQuestion {
  ask: string;
  yes: DecisionNode;
  no: DecisionNode;
}
export type DecisionNode = DecisionQuestion | DecisionAnswer;

const decisionNode: z.ZodType<DecisionNode> = z.lazy(() =>
  z.union([
    z.strictObject({
      ask: z.string().min(10).max(120).endsWith('?', 'must be a question'),
      yes: decisionNode,
      no: decisionNode,
    }),
    z.strictObject({ answer: z.string().min(3).max(60), why: sentence }),
  ]),
);

const decisionSchema = z.strictObject({ kind: z.literal('decision'), ...common, tree: decisionNode });

export const diagramSchema = z.discriminatedUnion('kind', [
  lifecycleSchema,
  sequenceSchema,
  recordsSchema,
  decisionSchema,
]);

export type DiagramData = z.infer<typeof diagramSchema>;
export type Diagram = DiagramData & { id: string };
export type LifecycleDiagram = Extract<Diagram, { kind: 'lifecycle' }>;
export type SequenceDiagram = Extract<Diagram, { kind: 'sequence' }>;
export type RecordsDiagram = Extract<Diagram, { kind: 'records' }>;
export type DecisionDiagram = Extract<Diagram, { kind: 'decision' }>;
