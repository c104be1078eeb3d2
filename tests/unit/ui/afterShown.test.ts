import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterShown } from '../../../src/ui/afterShown';

// A stand-in for the browser's Element Timing reports: `show(name)` is the frame that shows that element.
let observers: Array<(list: { getEntries(): Array<{ identifier: string }> }) => void> = [];
const show = (identifier: string) => {
  for (const report of observers) report({ getEntries: () => [{ identifier }] });
};
class FakeObserver {
  static supportedEntryTypes = ['element', 'largest-contentful-paint'];
  #callback: (typeof observers)[number];
  constructor(callback: (typeof observers)[number]) {
    this.#callback = callback;
  }
  observe() {
    observers.push(this.#callback);
  }
  disconnect() {
    observers = observers.filter((o) => o !== this.#callback);
  }
}

describe('afterShown: work that waits until an element is on screen', () => {
  beforeEach(() => {
    observers = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    vi.stubGlobal('PerformanceObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs once, when the named element is shown, not when another one is', () => {
    const work = vi.fn();
    afterShown('scenario-story', work);
    vi.advanceTimersByTime(100);
    show('something-else');
    expect(work).not.toHaveBeenCalled();
    show('scenario-story');
    show('scenario-story');
    vi.advanceTimersByTime(2_000);
    expect(work).toHaveBeenCalledTimes(1);
    expect(observers).toEqual([]);
  });

  it('runs after the time limit when the element is never reported (a background tab)', () => {
    const work = vi.fn();
    afterShown('scenario-story', work, 1_000);
    vi.advanceTimersByTime(999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', () => {
    const work = vi.fn();
    const cancel = afterShown('scenario-story', work);
    cancel();
    show('scenario-story');
    vi.advanceTimersByTime(2_000);
    expect(work).not.toHaveBeenCalled();
  });

  it('runs after the next paint in a browser without Element Timing', () => {
    FakeObserver.supportedEntryTypes = ['largest-contentful-paint'];
    const work = vi.fn();
    afterShown('scenario-story', work);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(work).toHaveBeenCalledTimes(1);
    FakeObserver.supportedEntryTypes = ['element', 'largest-contentful-paint'];
  });
});
