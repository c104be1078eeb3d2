// The app loads the practice bank file by file (practiceLoader.ts, issue 18); a learner must get the same
// questions, in the same order, as the bank built from the whole bundled question bank at once.
import { describe, expect, it } from 'vitest';
import { loadAllQuestionFiles } from '../../../../src/content/questionFiles';
import { parseVariantId } from '../../../../src/content/variantIds';
import { practiceBank } from '../../../../src/ui/practice/practiceBank';
import { loadPracticeBank, loadedPracticeBank } from '../../../../src/ui/practice/practiceLoader';

describe('the practice bank, loaded file by file', () => {
  it('has every question of the bundled bank and its variants, in the same order', async () => {
    const whole = practiceBank();
    const loaded = await loadPracticeBank();
    expect(whole.questions.length).toBeGreaterThan(100);
    expect(loaded.questions.map((q) => q.id)).toEqual(whole.questions.map((q) => q.id));
    expect(loaded.questions).toEqual(whole.questions);
  });

  it('finds a question and a generated variant by id, as the whole bank does', async () => {
    const whole = practiceBank();
    const loaded = await loadPracticeBank();
    // The variants follow the hand-written questions.
    const variant = whole.questions.at(-1)!.id;
    expect(parseVariantId(variant)).toBeDefined();
    for (const id of [whole.questions[0]!.id, variant]) {
      expect(loaded.byId(id)).toBeDefined();
      expect(loaded.byId(id)).toEqual(whole.byId(id));
    }
    expect(loaded.byId('no-such-question')).toBeUndefined();
  });

  it('is loaded once: a second request hands over the same bank, also without waiting', async () => {
    const first = await loadPracticeBank();
    expect(await loadPracticeBank()).toBe(first);
    expect(loadedPracticeBank()).toBe(first);
  });

  it('keeps the templates apart from the questions', async () => {
    const files = await loadAllQuestionFiles();
    expect(Object.keys(files.questions).some((path) => path.endsWith('/templates.yaml'))).toBe(false);
    expect(files.templates.length).toBeGreaterThan(0);
    expect(Object.keys(files.questions).length).toBeGreaterThan(10);
  });
});
