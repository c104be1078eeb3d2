/**
 * The learning path as the app uses it: checked at build time (`?data`), plus lookups for a scenario's
 * place in the list. Small (no note or question text), so Home can load it at once.
 */
import type { Difficulty, LearningPath, ScenarioPlacement } from './learningPathSchema';
import pathData from '/content/path.yaml?data';

export type { Difficulty, LearningPath, PathChapter, PathStep, ScenarioPlacement } from './learningPathSchema';

export const learningPath: LearningPath = pathData as LearningPath;

const placements = new Map(learningPath.scenarios.map((s, index) => [s.id, { ...s, order: index + 1 }]));

/** A scenario's position in the list (1 = first), difficulty and assumed notes; undefined when not placed. */
export function scenarioPlacement(id: string): (ScenarioPlacement & { order: number }) | undefined {
  return placements.get(id as ScenarioPlacement['id']);
}

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { 1: 'Starter', 2: 'Intermediate', 3: 'Advanced' };
