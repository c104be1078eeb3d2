/**
 * The practice bank (every question file plus the generated variants, about 77 KB gzip)
 * and the views that show questions (practiceViews.ts), loaded on demand: the Practice home paints from
 * questionSummaries.ts without them, and a question, the exam, results and review wait for them
 * (issue 18). A drill needs neither to paint: it loads only DrillView and its first question's file
 * (drillStart.ts), then the bank, so exam-only code (results' charts) stays off its path. main.ts
 * starts these same imports early for those addresses.
 */
import type { PracticeBank } from './practiceBankBuild';
import type DrillViewComponent from './DrillView.svelte';
import type * as Views from './practiceViews';
import { lazyOnce } from '../lazyOnce';

export type PracticeViews = typeof Views;
export type DrillView = typeof DrillViewComponent;
export interface LoadedPractice {
  bank: PracticeBank;
  views: PracticeViews;
}

// File by file (questionFiles.ts, which returns in a task of its own), then checked and completed with
// the variants: the same bank as practiceBank.ts builds (tests/unit/ui/practice/practiceLoader.test.ts).
// Its modules load with it, not with the app's entry, which imports this file.
const bank = lazyOnce(async () => {
  const [{ buildPracticeBank }, { checkQuestionBank }, files] = await Promise.all([
    import('./practiceBankBuild'),
    import('../../content/questionBank'),
    import('../../content/questionFiles').then((m) => m.loadAllQuestionFiles()),
  ]);
  return buildPracticeBank(checkQuestionBank(files.questions), files.templates);
});
const views = lazyOnce(() => import('./practiceViews'));
const drillView = lazyOnce(() => import('./DrillView.svelte').then((m) => m.default));

export const loadPracticeBank = (): Promise<PracticeBank> => bank.load();

/** The bank if it has already loaded. */
export const loadedPracticeBank = (): PracticeBank | undefined => bank.loaded();

export const loadPractice = (): Promise<LoadedPractice> =>
  Promise.all([bank.load(), views.load()]).then(([b, v]) => ({ bank: b, views: v }));

/** The bank and views if they have already loaded (so a page that has them renders at once). */
export const loadedPractice = (): LoadedPractice | undefined => {
  const [b, v] = [bank.loaded(), views.loaded()];
  return b && v ? { bank: b, views: v } : undefined;
};

/** The drill's own view, without the other practice views (drill mode of PracticePage). */
export const loadDrillView = (): Promise<DrillView> => drillView.load();

export const loadedDrillView = (): DrillView | undefined => drillView.loaded();
