/**
 * Resolves once the page has loaded and its own downloads have stopped: no resource has finished for
 * `quietMs` (Resource Timing entries, https://developer.mozilla.org/en-US/docs/Web/API/PerformanceResourceTiming),
 * or `maxWaitMs` after the load event at the latest, so a page that keeps fetching still gets there.
 *
 * For work that would compete with the page's own requests, such as the service worker's install,
 * which downloads the whole precache: on a phone's connection that would slow the chunks the page loads
 * after its first paint (a scenario's simulator, the rest of the question bank). A finished download
 * is what Resource Timing reports, so one still in flight does not count; the next one to finish
 * restarts the wait.
 */
export function requestsQuiet(options: { quietMs: number; maxWaitMs: number }): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let cap: ReturnType<typeof setTimeout> | undefined;
    let observer: PerformanceObserver | undefined;
    const finish = () => {
      observer?.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    };
    const restartQuiet = () => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, options.quietMs);
    };
    const afterLoad = () => {
      cap = setTimeout(finish, options.maxWaitMs);
      restartQuiet();
      if (typeof PerformanceObserver === 'undefined') return;
      observer = new PerformanceObserver(restartQuiet);
      observer.observe({ type: 'resource' });
    };
    if (document.readyState === 'complete') afterLoad();
    else window.addEventListener('load', afterLoad, { once: true });
  });
}
