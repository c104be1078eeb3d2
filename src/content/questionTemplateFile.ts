/**
 * The schema of questions/templates.yaml and its check, run by the build on the file
 * (scripts/viteContentData.ts); kept apart from the generators so the browser does not load it.
 */
import { parse } from 'yaml';
import { z } from '../zodConfigured';
import { NOTE_IDS, QUESTION_TOPICS, SCENARIO_IDS } from './questionsSchema';
import { TEMPLATE_GENERATORS } from './questionTemplates';

export const questionTemplateSchema = z.strictObject({
  id: z.string().regex(/^t\d{2}$/),
  generator: z.enum(TEMPLATE_GENERATORS),
  topic: z.enum(QUESTION_TOPICS),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  note: z.enum(NOTE_IDS),
  tags: z.array(z.string()).min(1),
  scenario: z.enum(SCENARIO_IDS).optional(),
  stem: z.string().min(20),
  explanation: z.string().min(20),
  refs: z.array(z.url()).min(1),
});
export type QuestionTemplate = z.infer<typeof questionTemplateSchema>;

export function parseTemplateFile(path: string, raw: string): QuestionTemplate[] {
  const data: unknown = parse(raw);
  const result = z.array(questionTemplateSchema).safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0]!; // a failed parse reports at least one issue
    throw new Error(`${path}: template field "${first.path.join('.')}": ${first.message}`);
  }
  return result.data;
}
