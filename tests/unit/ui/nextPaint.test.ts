// Work that awaits nextPaint() starts only after the frame on screen has been painted: not in the
// requestAnimationFrame callback (which runs before the paint) but in the task queued from it.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { nextPaint } from '../../../src/ui/afterNextPaint';

let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it('resolves in the task after the next frame, not before the frame nor inside it', async () => {
  let done = false;
  void nextPaint().then(() => (done = true));
  await vi.runAllTimersAsync();
  expect(done).toBe(false); // no frame yet

  frames.shift()?.(0);
  await Promise.resolve();
  expect(done).toBe(false); // the frame's own callback runs before the paint

  await vi.runAllTimersAsync();
  expect(done).toBe(true);
});
