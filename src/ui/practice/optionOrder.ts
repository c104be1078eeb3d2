/**
 * The order a learner sees a question's options in. Files keep their authored order (a–f), but a
 * learner never sees it: each attempt shows the options shuffled from a seed that is stored with the
 * attempt (AttemptRecord.optionSeed, ExamSessionRecord.optionSeed), so the review of that attempt, a
 * resumed exam and an exported result all rebuild the same order. Option ids stay the stable
 * identifiers of what was chosen; letters shown to the learner follow the displayed position.
 *
 * Records written before seeds existed have none: they show the file order, as they did then.
 */
import type { Question } from '../../content/questions';
import { createRng } from '../../sim/core/rng';

/** FNV-1a over the question id, so one seed gives each question of an exam its own order. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The option ids of `question` in the order the attempt with `seed` shows them (file order without a seed). */
export function optionOrder(question: Pick<Question, 'id' | 'options'>, seed: number | undefined): string[] {
  const ids = question.options.map((o) => o.id);
  if (seed === undefined) return ids;
  const rng = createRng((seed ^ hashId(question.id)) >>> 0);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!]; // j ≤ i < ids.length
  }
  return ids;
}

/** The question with its options in the attempt's display order (ids and texts unchanged). */
export function withOptionOrder(question: Question, seed: number | undefined): Question {
  if (seed === undefined) return question;
  const byId = new Map<string, Question['options'][number]>(question.options.map((o) => [o.id, o]));
  return { ...question, options: optionOrder(question, seed).map((id) => byId.get(id)!) };
}

/** A fresh seed for a new attempt or exam: an unsigned 32-bit integer from the browser's CSPRNG. */
export function newOptionSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** "A", "B", … for the option at `index` of the displayed order. */
export const positionLetter = (index: number): string => 'ABCDEF'[index] ?? String(index + 1);

/** The letters, as displayed, of `optionIds` in a question already put in display order. */
export function displayedLetters(question: Pick<Question, 'options'>, optionIds: readonly string[]): string[] {
  return question.options
    .map((o, i) => (optionIds.includes(o.id) ? positionLetter(i) : null))
    .filter((l): l is string => l !== null);
}
