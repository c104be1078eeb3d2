/**
 * Code (or data built from it) that a page loads on demand, once: every caller shares the one load, and
 * `loaded()` hands over the value without waiting once it has arrived, so a page that already has it
 * renders in the same frame. A failed load (a chunk gone because the app was updated since the tab
 * opened) is forgotten, so the next call tries again.
 */
export interface LazyOnce<T> {
  load(): Promise<T>;
  loaded(): T | undefined;
}

export function lazyOnce<T>(start: () => Promise<T>): LazyOnce<T> {
  let loading: Promise<T> | undefined;
  let value: T | undefined;
  return {
    load() {
      if (!loading) {
        const load = start().then((v) => (value = v));
        load.catch(() => {
          if (loading === load) loading = undefined;
        });
        loading = load;
      }
      return loading;
    },
    loaded: () => value,
  };
}
