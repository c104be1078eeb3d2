import { describe, expect, it } from 'vitest';
import { questionSummaries } from '../../../src/content/questionSummaries';
import { QUESTION_TOPICS } from '../../../src/content/notesIds';
import { practiceBank } from '../../../src/ui/practice/practiceBank';
import { isExamPractice, trapTagsInBank } from '../../../src/ui/practice/questionSelection';

describe('the question summaries the Practice home counts agree with the practice bank', () => {
  const bank = practiceBank().questions;
  const summaries = questionSummaries();

  it('summarise every question and variant of the bank, in the same order', () => {
    expect(bank.length).toBeGreaterThan(0);
    expect(summaries).toEqual(
      bank.map((q) =>
        q.practice === undefined
          ? { topic: q.topic, tags: q.tags }
          : { topic: q.topic, tags: q.tags, practice: q.practice },
      ),
    );
  });

  it.each(QUESTION_TOPICS)('count the same exam-practice questions in topic %s', (topic) => {
    const count = (qs: readonly { topic: string; practice?: string }[]) =>
      qs.filter((q) => q.topic === topic && isExamPractice(q as { practice?: 'exam' | 'api-drill' })).length;
    expect(count(summaries)).toBe(count(bank));
  });

  it('list the same trap tags', () => {
    expect(trapTagsInBank(summaries)).toEqual(trapTagsInBank(bank));
  });
});
