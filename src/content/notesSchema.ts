import { z } from '../zodConfigured';
import { QUESTION_TOPICS, SCENARIO_IDS } from './notesIds';
import { isAwsDocUrl } from './awsDocUrl';

/** kebab-case: lower-case words joined by single hyphens. */
export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

export { isAwsDocUrl } from './awsDocUrl';

export const awsDocUrl = z.string().refine(isAwsDocUrl, {
  message:
    'must be an AWS documentation URL (docs.aws.amazon.com, aws.amazon.com, docs.amazonaws.cn or github.com/aws*/)',
});

const oneSentence = z
  .string()
  .min(20, 'must be a full sentence')
  .max(240, 'must be one short sentence')
  .refine((s) => /[.?!]$/.test(s.trim()) && !/[.?!]\s+[A-Z]/.test(s.trim()), 'must be exactly one sentence');

export const noteFrontmatterSchema = z.strictObject({
  id: kebabId,
  title: z.string().min(3),
  summary: oneSentence,
  section: z.string().min(3),
  order: z.int().positive(),
  tags: z.array(z.enum(QUESTION_TOPICS)).min(1),
  scenarios: z.array(z.enum(SCENARIO_IDS)).min(1),
  related: z.array(kebabId).optional(),
  glossary: z.array(kebabId).optional(),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  sources: z.array(awsDocUrl).min(1),
});

export type NoteFrontmatter = z.infer<typeof noteFrontmatterSchema>;

export interface Note extends NoteFrontmatter {
  /** Source path as the loader saw it, e.g. /content/01-foundations/02-versions-and-latest.md */
  path: string;
  /** Position of the section folder (its NN- prefix), used to sort sections. */
  sectionOrder: number;
  /** Markdown after the frontmatter. */
  body: string;
  wordCount: number;
  /** Computed at 200 words per minute, at least 1. */
  readingMinutes: number;
}

export const glossaryTermSchema = z.strictObject({
  id: kebabId,
  term: z.string().min(1),
  definition: z.string().min(20),
  docUrl: awsDocUrl,
});

export const glossarySchema = z.array(glossaryTermSchema).min(1);

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
