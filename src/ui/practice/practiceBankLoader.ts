/**
 * The practice bank (practiceBank.ts: every question file plus the generated variants, about 77 KB gzip),
 * loaded on demand: the Practice home paints from questionSummaries.ts without it, and a drill, exam or
 * review waits for it (issue 18). main.ts starts this same import early for those addresses.
 */
import type { PracticeBank } from './practiceBank';

let loading: Promise<PracticeBank> | undefined;
let loaded: PracticeBank | undefined;

export function loadPracticeBank(): Promise<PracticeBank> {
  if (!loading) {
    const load = import('./practiceBank').then((m) => (loaded = m.practiceBank()));
    // A failed fetch (an app updated since the tab opened) may be retried by the next call.
    load.catch(() => {
      if (loading === load) loading = undefined;
    });
    loading = load;
  }
  return loading;
}

/** The bank if it has already loaded (so a page that has it renders at once). */
export function loadedPracticeBank(): PracticeBank | undefined {
  return loaded;
}
