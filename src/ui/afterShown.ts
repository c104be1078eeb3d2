import { afterNextPaint } from './afterNextPaint';

/**
 * Runs `work` once the element marked `elementtiming={name}` has reached the screen: its Element Timing
 * entry is reported when the frame that shows it is presented, which can be a frame or two after the
 * paint on a busy phone. Work started then is not counted as part of the page's largest paint
 * (Lighthouse LCP, issue 18). Browsers without Element Timing run it after the next paint; `timeoutMs`
 * caps the wait (an element that never shows, a page in a background tab).
 * https://developer.mozilla.org/en-US/docs/Web/API/PerformanceElementTiming
 * Returns a function that cancels the work if it has not started yet.
 */
export function afterShown(name: string, work: () => void, timeoutMs = 1_000): () => void {
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes.includes('element'))
    return afterNextPaint(work);
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    stop();
    work();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => (e as PerformanceEntry & { identifier?: string }).identifier === name)) run();
  });
  observer.observe({ type: 'element', buffered: true });
  const timer = setTimeout(run, timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  return () => {
    done = true;
    stop();
  };
}
