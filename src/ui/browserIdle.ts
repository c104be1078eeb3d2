/**
 * Resolves at the browser's next idle moment (requestIdleCallback), or after `timeoutMs` if the page
 * never goes idle, since the work that waits is still needed. Safari has no requestIdleCallback: a
 * timeout of `fallbackMs` stands in for it.
 * https://developer.mozilla.org/en-US/docs/Web/API/Window/requestIdleCallback
 */
export function browserIdle(timeoutMs: number, fallbackMs: number): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, fallbackMs);
  });
}
