/**
 * No giveaways (issue 15): a learner who always picks one position, or always the longest option, or
 * avoids options with absolute words, must not beat chance. Measured over the authored bank in file
 * order (the options are shuffled again per attempt, see optionOrder.ts) and over 1,000 generated
 * template variants. The thresholds are the issue's: every key position at most 35 % of
 * single-answer items, the key strictly the longest option in at most 25 %, and absolute words no
 * more common in keys than in distractors.
 */
import { describe, expect, it } from 'vitest';
import { loadQuestionBank, loadQuestionTemplates, type Question } from '../../../src/content/questions';
import { generateVariant } from '../../../src/content/questionTemplates';

const bank = loadQuestionBank();
const templates = loadQuestionTemplates();
const variants: Question[] = Array.from({ length: 1000 }, (_, i) =>
  generateVariant(templates[i % templates.length]!, Math.floor(i / templates.length) * 7919 + 11),
);

const ABSOLUTE = /\b(always|never|only|cannot|must|all|none)\b/i;

function positionShares(questions: readonly Question[]): number[] {
  const singles = questions.filter((q) => q.type === 'single');
  const counts = [0, 0, 0, 0];
  for (const q of singles) counts[q.options.findIndex((o) => o.correct)]! += 1;
  return counts.map((c) => c / singles.length);
}

function strictlyLongestShare(questions: readonly Question[]): number {
  const singles = questions.filter((q) => q.type === 'single');
  const longest = singles.filter((q) => {
    const key = q.options.find((o) => o.correct)!;
    return q.options.every((o) => o === key || o.text.length < key.text.length);
  });
  return longest.length / singles.length;
}

function absoluteShares(questions: readonly Question[]): { keys: number; distractors: number } {
  const options = questions.flatMap((q) => q.options);
  const keys = options.filter((o) => o.correct);
  const distractors = options.filter((o) => !o.correct);
  const share = (list: typeof options) => list.filter((o) => ABSOLUTE.test(o.text)).length / list.length;
  return { keys: share(keys), distractors: share(distractors) };
}

describe.each([
  ['the authored bank', bank],
  ['1,000 generated template variants', variants],
])('no giveaways in %s', (_name, questions) => {
  it('has no key position above 35 % of single-answer questions', () => {
    for (const share of positionShares(questions)) expect(share).toBeLessThanOrEqual(0.35);
  });

  it('has the key strictly the longest option in at most 25 % of single-answer questions', () => {
    expect(strictlyLongestShare(questions)).toBeLessThanOrEqual(0.25);
  });

  it('uses absolute words ("always", "never", "only"…) no more often in keys than in distractors', () => {
    const { keys, distractors } = absoluteShares(questions);
    expect(keys).toBeLessThanOrEqual(distractors);
  });
});

describe('multiple-answer keys', () => {
  it('do not favour the first option: fewer than 60 % of keys include it', () => {
    const multiples = bank.filter((q) => q.type === 'multiple');
    const withFirst = multiples.filter((q) => q.options[0]!.correct).length;
    expect(withFirst / multiples.length).toBeLessThan(0.6);
  });
});
