/**
 * The "Start here" learning path (content/path.yaml): chapters of steps, and each scenario's place,
 * difficulty and assumed notes. Parsed and checked at build time (contentFileData.ts), so a typo fails
 * the build with the file and field; ids are checked against the content in tests/unit/content.
 */
import { parse } from 'yaml';
import { z } from '../zodConfigured';
import { kebabId } from './notesSchema';
import { SCENARIO_IDS } from './notesIds';

/** One step: read a note, play a scenario (watch → predict → fix), or check with a few questions. */
export const pathStepSchema = z.union([
  z.strictObject({ read: kebabId }),
  z.strictObject({ scenario: z.enum(SCENARIO_IDS) }),
  z.strictObject({ check: z.array(z.string().min(1)).min(1).max(5) }),
]);

export const pathChapterSchema = z.strictObject({
  id: kebabId,
  title: z.string().min(3),
  summary: z.string().min(10),
  steps: z.array(pathStepSchema).min(1),
});

/** 1 starter, 2 intermediate, 3 advanced. */
export const difficultySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const scenarioPlacementSchema = z.strictObject({
  id: z.enum(SCENARIO_IDS),
  difficulty: difficultySchema,
  assumes: z.array(kebabId).min(1),
});

export const learningPathSchema = z.strictObject({
  chapters: z.array(pathChapterSchema).min(1),
  scenarios: z.array(scenarioPlacementSchema).min(1),
});

export type PathStep = z.infer<typeof pathStepSchema>;
export type PathChapter = z.infer<typeof pathChapterSchema>;
export type ScenarioPlacement = z.infer<typeof scenarioPlacementSchema>;
export type Difficulty = z.infer<typeof difficultySchema>;
export type LearningPath = z.infer<typeof learningPathSchema>;

export class LearningPathError extends Error {
  constructor(file: string, field: string, detail: string) {
    super(`${file}: field "${field}": ${detail}`);
    this.name = 'LearningPathError';
  }
}

/** Parses and checks content/path.yaml; throws naming the file and the first bad field. */
export function parseLearningPath(path: string, raw: string): LearningPath {
  let data: unknown;
  try {
    data = parse(raw);
  } catch (e) {
    throw new LearningPathError(path, '(yaml)', e instanceof Error ? e.message : String(e));
  }
  const result = learningPathSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0]!; // a failed parse reports at least one issue
    throw new LearningPathError(path, first.path.length ? first.path.join('.') : '(root)', first.message);
  }
  const seen = new Set<string>();
  result.data.scenarios.forEach((s, i) => {
    if (seen.has(s.id)) throw new LearningPathError(path, `scenarios.${i}.id`, `"${s.id}" is listed twice`);
    seen.add(s.id);
  });
  const chapters = new Set<string>();
  result.data.chapters.forEach((c, i) => {
    if (chapters.has(c.id)) throw new LearningPathError(path, `chapters.${i}.id`, `"${c.id}" is used twice`);
    chapters.add(c.id);
  });
  return result.data;
}
