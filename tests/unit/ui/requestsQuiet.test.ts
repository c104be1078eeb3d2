// The service worker's install (the whole precache) waits until the page has loaded and its own
// downloads have stopped, so it does not compete with them on a phone's connection (issue 18).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestsQuiet } from '../../../src/ui/requestsQuiet';

/** Stands in for the browser's PerformanceObserver: `finishDownload()` reports one resource entry. */
let observers: { callback: () => void; connected: boolean; types: string[] }[] = [];
const finishDownload = () => observers.filter((o) => o.connected).forEach((o) => o.callback());

let readyState: DocumentReadyState = 'loading';

beforeEach(() => {
  vi.useFakeTimers();
  observers = [];
  readyState = 'loading';
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      private readonly entry: { callback: () => void; connected: boolean; types: string[] };
      constructor(callback: () => void) {
        this.entry = { callback, connected: true, types: [] };
        observers.push(this.entry);
      }
      observe(options: { type: string }) {
        this.entry.types.push(options.type);
      }
      disconnect() {
        this.entry.connected = false;
      }
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const watch = (promise: Promise<void>) => {
  const state = { done: false };
  void promise.then(() => (state.done = true));
  return state;
};
const flush = async () => {
  await Promise.resolve();
  await Promise.resolve();
};
const load = () => {
  readyState = 'complete';
  window.dispatchEvent(new Event('load'));
};

describe('requestsQuiet', () => {
  it('does not start counting before the load event, however long the page takes', async () => {
    const quiet = watch(requestsQuiet({ quietMs: 2_000, maxWaitMs: 15_000 }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(quiet.done).toBe(false);
    load();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(quiet.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(quiet.done).toBe(true);
  });

  it('watches resource downloads, and each one that finishes restarts the quiet period', async () => {
    const quiet = watch(requestsQuiet({ quietMs: 2_000, maxWaitMs: 15_000 }));
    load();
    expect(observers.map((o) => o.types)).toEqual([['resource']]);
    await vi.advanceTimersByTimeAsync(1_500);
    finishDownload(); // the page's chunk after its first paint
    await vi.advanceTimersByTimeAsync(1_500);
    finishDownload();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(quiet.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(quiet.done).toBe(true);
    expect(observers.every((o) => !o.connected)).toBe(true);
  });

  it('gives up waiting at the cap when the page never stops downloading', async () => {
    const quiet = watch(requestsQuiet({ quietMs: 2_000, maxWaitMs: 15_000 }));
    load();
    for (let t = 0; t < 14_000; t += 1_000) {
      await vi.advanceTimersByTimeAsync(1_000);
      finishDownload();
    }
    expect(quiet.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(quiet.done).toBe(true);
  });

  it('counts from now when the page has already loaded', async () => {
    load();
    const quiet = watch(requestsQuiet({ quietMs: 2_000, maxWaitMs: 15_000 }));
    await vi.advanceTimersByTimeAsync(2_000);
    await flush();
    expect(quiet.done).toBe(true);
  });

  it('waits the quiet period alone in a browser without Resource Timing observers', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    load();
    const quiet = watch(requestsQuiet({ quietMs: 2_000, maxWaitMs: 15_000 }));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(quiet.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(quiet.done).toBe(true);
  });
});
