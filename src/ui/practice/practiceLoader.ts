/**
 * The practice bank (practiceBank.ts: every question file plus the generated variants, about 77 KB gzip)
 * and the views that show questions (practiceViews.ts), loaded on demand: the Practice home paints from
 * questionSummaries.ts without them, and a drill, a question, the exam, results and review wait for
 * them (issue 18). main.ts starts this same import early for those addresses.
 */
import type { PracticeBank } from './practiceBank';
import type * as Views from './practiceViews';
import { lazyOnce } from '../lazyOnce';

export type PracticeViews = typeof Views;
export interface LoadedPractice {
  bank: PracticeBank;
  views: PracticeViews;
}

const practice = lazyOnce(() =>
  import('./practiceViews').then((views): LoadedPractice => ({ bank: views.practiceBank(), views })),
);

export const loadPractice = (): Promise<LoadedPractice> => practice.load();

/** The bank and views if they have already loaded (so a page that has them renders at once). */
export const loadedPractice = (): LoadedPractice | undefined => practice.loaded();

export const loadPracticeBank = (): Promise<PracticeBank> => loadPractice().then((p) => p.bank);
