import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../src/content/questions';
import { correctOptionIds, isAnswerCorrect, isComplete, toggleOption } from '../../../../src/ui/practice/answers';

const option = (id: string, correct: boolean) => ({
  id,
  text: `Option ${id}`,
  correct,
  why: `Because of option ${id}.`,
});
const single = {
  type: 'single',
  choose: 1,
  options: [option('a', false), option('b', true), option('c', false), option('d', false)],
} as unknown as Question;
const chooseTwo = {
  type: 'multiple',
  choose: 2,
  options: [option('a', true), option('b', false), option('c', true), option('d', false), option('e', false)],
} as unknown as Question;

describe('choosing and checking answers', () => {
  it('a single-answer question replaces the choice on every click', () => {
    expect(toggleOption(single, ['a'], 'c').chosen).toEqual(['c']);
  });

  it('a "Choose TWO" question toggles options and keeps them in option order', () => {
    expect(toggleOption(chooseTwo, ['c'], 'a').chosen).toEqual(['a', 'c']);
    expect(toggleOption(chooseTwo, ['a', 'c'], 'a').chosen).toEqual(['c']);
  });

  it('a "Choose TWO" question refuses a third option and says why', () => {
    const result = toggleOption(chooseTwo, ['a', 'b'], 'c');
    expect(result.chosen).toEqual(['a', 'b']);
    expect(result.refused).toMatch(/choose TWO/);
  });

  it('an unknown option id changes nothing', () => {
    expect(toggleOption(single, ['a'], 'z').chosen).toEqual(['a']);
  });

  it('submitting needs exactly as many choices as the question asks for', () => {
    expect(isComplete(chooseTwo, ['a'])).toBe(false);
    expect(isComplete(chooseTwo, ['a', 'c'])).toBe(true);
    expect(isComplete(single, [])).toBe(false);
  });

  it('an answer is right only when it is exactly the correct set (no partial credit on AWS exams)', () => {
    expect(correctOptionIds(chooseTwo)).toEqual(['a', 'c']);
    expect(isAnswerCorrect(chooseTwo, ['c', 'a'])).toBe(true);
    expect(isAnswerCorrect(chooseTwo, ['a'])).toBe(false);
    expect(isAnswerCorrect(chooseTwo, ['a', 'b'])).toBe(false);
    expect(isAnswerCorrect(single, ['b'])).toBe(true);
    expect(isAnswerCorrect(single, [])).toBe(false);
  });
});
