/**
 * "How faithful is this?" (content/faithfulness.yaml): what the simulator models exactly, what it
 * approximates and why, and what it leaves out, each with the AWS page it follows. The file is
 * checked against this schema when the page loads it and by a unit test, so a typo names the field.
 */
import { parse } from 'yaml';
import { z } from '../zodConfigured';
import { isAwsDocUrl } from './awsDocUrl';

export const FAITHFULNESS_STATUSES = ['modelled', 'approximated', 'not-modelled'] as const;
export const FAITHFULNESS_AREAS = ['lambda', 'codedeploy', 'cloudwatch', 'sam'] as const;

const awsUrl = z.string().refine(isAwsDocUrl, { message: 'must be an AWS documentation or AWS GitHub URL' });

export const faithfulnessEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'),
  area: z.enum(FAITHFULNESS_AREAS),
  status: z.enum(FAITHFULNESS_STATUSES),
  /** What the learner can rely on, in one or two sentences. */
  claim: z.string().min(20),
  /** For approximations and gaps: why, and what to expect on real AWS instead. */
  why: z.string().min(20).optional(),
  sources: z.array(awsUrl).min(1),
});

export const faithfulnessSchema = z
  .array(faithfulnessEntrySchema)
  .min(1)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id '${e.id}'` });
      seen.add(e.id);
      if (e.status !== 'modelled' && e.why === undefined)
        ctx.addIssue({ code: 'custom', path: [i, 'why'], message: `a '${e.status}' entry must say why` });
    });
  });

export type FaithfulnessEntry = z.infer<typeof faithfulnessEntrySchema>;
export type FaithfulnessStatus = (typeof FAITHFULNESS_STATUSES)[number];

/** Parses and checks the file; throws naming the file and the first bad field. */
export function parseFaithfulness(file: string, text: string): FaithfulnessEntry[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid YAML (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  const result = faithfulnessSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!; // a failed parse reports at least one issue
    throw new Error(`${file}: field "${issue.path.join('.')}": ${issue.message}`);
  }
  return result.data;
}
