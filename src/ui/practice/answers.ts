/**
 * Choosing and checking answers. A "Choose TWO" question accepts exactly two options, as on the real
 * exam; extra clicks are refused (with a reason the UI announces) rather than silently swapping.
 */
import type { Question } from '../../content/questions';

/** The ids of the options marked correct, in option order. */
export const correctOptionIds = (question: Question): string[] =>
  question.options.filter((o) => o.correct).map((o) => o.id);

/** Right only when the chosen set equals the correct set: partial credit does not exist on AWS exams. */
export function isAnswerCorrect(question: Question, chosen: readonly string[]): boolean {
  const want = correctOptionIds(question);
  const got = new Set(chosen);
  return got.size === want.length && want.every((id) => got.has(id));
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three'] as const;
export const countWord = (n: number): string => COUNT_WORDS[n] ?? String(n);

export interface ToggleResult {
  chosen: string[];
  /** Set when the click was refused, e.g. a third option on a "Choose TWO" question. */
  refused?: string;
}

/**
 * The next selection after the learner picks `optionId`: single questions replace the choice;
 * multiple questions toggle it, up to `choose` options.
 */
export function toggleOption(question: Question, chosen: readonly string[], optionId: string): ToggleResult {
  if (!question.options.some((o) => o.id === optionId)) return { chosen: [...chosen] };
  if (question.type === 'single') return { chosen: [optionId] };
  if (chosen.includes(optionId)) return { chosen: chosen.filter((id) => id !== optionId) };
  if (chosen.length >= question.choose) {
    const word = countWord(question.choose).toUpperCase();
    return {
      chosen: [...chosen],
      refused: `This question asks you to choose ${word}. Clear one of your choices first.`,
    };
  }
  // Keep option order so the stored answer does not depend on click order.
  const next = new Set([...chosen, optionId]);
  return { chosen: question.options.map((o) => o.id).filter((id) => next.has(id)) };
}

/** Submitting needs exactly `choose` options. */
export const isComplete = (question: Question, chosen: readonly string[]): boolean => chosen.length === question.choose;
