/**
 * Runs `work` in a new task after the browser has painted the next frame: what is on screen now
 * (a page's heading, a skeleton) is shown before heavy work such as building the Lab's world starts.
 * requestAnimationFrame runs just before that frame's paint, and a task queued from it runs after the
 * paint (https://developer.mozilla.org/en-US/docs/Web/API/Window/requestAnimationFrame).
 * Returns a function that cancels the work if it has not started yet.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      if (!cancelled) work();
    }, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** afterNextPaint as a promise, for code that awaits the paint: resolves in the task after the next frame. */
export function nextPaint(): Promise<void> {
  return new Promise((painted) => afterNextPaint(painted));
}
