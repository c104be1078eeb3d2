// Deferred work (the progress store on Home, Learn and Practice) starts only after the page has painted
// and the browser is idle, and once that moment has come nobody waits for it again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let frames: FrameRequestCallback[] = [];
let idles: IdleRequestCallback[] = [];

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
  frames = [];
  idles = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idles.push(callback));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('afterPagePainted', () => {
  it('waits for the next frame to paint, then for an idle moment', async () => {
    const { afterPagePainted } = await import('../../../src/ui/pagePainted');
    const painted = afterPagePainted();
    expect(await settled(painted)).toBe(false);
    frames.forEach((frame) => frame(0));
    vi.runAllTimers(); // the task after the paint
    expect(await settled(painted)).toBe(false);
    expect(idles).toHaveLength(1);
    idles[0]!({ didTimeout: false, timeRemaining: () => 10 });
    expect(await settled(painted)).toBe(true);
  });

  it('asks once per visit: a later caller gets the settled moment at once', async () => {
    const { afterPagePainted } = await import('../../../src/ui/pagePainted');
    const first = afterPagePainted();
    frames.forEach((frame) => frame(0));
    vi.runAllTimers();
    idles.forEach((idle) => idle({ didTimeout: false, timeRemaining: () => 10 }));
    await first;
    expect(afterPagePainted()).toBe(first);
    expect(frames).toHaveLength(1);
    expect(idles).toHaveLength(1);
  });
});
