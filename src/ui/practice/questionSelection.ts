/**
 * Which questions a drill shows (the mock exam's weighted draw is in mockExam.ts). Seeded, so a given
 * seed always gives the same set (tests, and links that reproduce a drill).
 */
import type { Question } from '../../content/questions';
import { QUESTION_TOPICS, SCENARIO_IDS, type QuestionTopic } from '../../content/notesIds';
import { contentTitles } from '../../content/titles';
import { createRng } from '../../sim/core/rng';

export type DrillFilter =
  { kind: 'topic'; topic: QuestionTopic } | { kind: 'trap'; trap: string } | { kind: 'all' } | { kind: 'api' };

/** Exam practice (scenario-style items); API-drill recall items are practised only in the API drill. */
export const isExamPractice = (question: Pick<Question, 'practice'>): boolean => question.practice !== 'api-drill';

export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!]; // j ≤ i < out.length
  }
  return out;
}

export function matchesFilter(question: Pick<Question, 'topic' | 'tags' | 'practice'>, filter: DrillFilter): boolean {
  if (filter.kind === 'api') return !isExamPractice(question);
  if (!isExamPractice(question)) return false;
  if (filter.kind === 'all') return true;
  if (filter.kind === 'topic') return question.topic === filter.topic;
  return question.tags.includes(filter.trap);
}

/** Reads ?topic= or ?trap= from the URL; anything unknown means "all". */
export function filterFromQuery(query: URLSearchParams): DrillFilter {
  if (query.get('set') === 'api') return { kind: 'api' };
  const topic = query.get('topic');
  if (topic && (QUESTION_TOPICS as readonly string[]).includes(topic))
    return { kind: 'topic', topic: topic as QuestionTopic };
  const trap = query.get('trap');
  if (trap && (SCENARIO_IDS as readonly string[]).includes(trap)) return { kind: 'trap', trap };
  return { kind: 'all' };
}

export function drillQuestions(bank: readonly Question[], filter: DrillFilter, seed: number): Question[] {
  return seededShuffle(
    bank.filter((q) => matchesFilter(q, filter)),
    seed,
  );
}

/** Trap tags that at least one question carries, in ids.md order. */
export const trapTagsInBank = (bank: readonly Pick<Question, 'tags'>[]): string[] =>
  SCENARIO_IDS.filter((id) => bank.some((q) => q.tags.includes(id)));

// Titles come from the one catalogue in src/content/titles.ts (topics in words, traps by their scenario's title).
export const topicTitle = (topic: string): string => contentTitles().topic(topic);

/** A trap tag is a scenario id: "hook-never-reports" reads as that scenario's title. */
export const trapTitle = (trap: string): string => contentTitles().trap(trap);
