/**
 * The practice bank (practiceBank.ts: every question file plus the generated variants, about 77 KB gzip)
 * and the views that show questions (practiceViews.ts), loaded on demand: the Practice home paints from
 * questionSummaries.ts without them, and a drill, a question, the exam, results and review wait for
 * them (issue 18). main.ts starts this same import early for those addresses.
 */
import type { PracticeBank } from './practiceBank';
import type * as Views from './practiceViews';

export type PracticeViews = typeof Views;
export interface LoadedPractice {
  bank: PracticeBank;
  views: PracticeViews;
}

let loading: Promise<LoadedPractice> | undefined;
let loaded: LoadedPractice | undefined;

export function loadPractice(): Promise<LoadedPractice> {
  if (!loading) {
    const load = import('./practiceViews').then((views) => (loaded = { bank: views.practiceBank(), views }));
    // A failed fetch (an app updated since the tab opened) may be retried by the next call.
    load.catch(() => {
      if (loading === load) loading = undefined;
    });
    loading = load;
  }
  return loading;
}

/** The bank and views if they have already loaded (so a page that has them renders at once). */
export function loadedPractice(): LoadedPractice | undefined {
  return loaded;
}

export const loadPracticeBank = (): Promise<PracticeBank> => loadPractice().then((p) => p.bank);
