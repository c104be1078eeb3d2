// Reduced motion: the system's prefers-reduced-motion, or the learner's own choice in the Lab's
// controls (kept in localStorage next to the theme, and applied before first paint by index.html as
// data-motion="reduce"). Views read both: see TrafficFlow.canvas.svelte and tokens.css.
export const MOTION_STORAGE_KEY = 'canary-lab:motion';
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

export function systemReducesMotion(): boolean {
  return window.matchMedia(REDUCED_MOTION_QUERY).matches;
}

export function motionSettingReduces(): boolean {
  return document.documentElement.dataset.motion === 'reduce';
}

export function setMotionReduced(reduce: boolean): void {
  const root = document.documentElement;
  if (reduce) root.dataset.motion = 'reduce';
  else delete root.dataset.motion;
  try {
    if (reduce) localStorage.setItem(MOTION_STORAGE_KEY, 'reduce');
    else localStorage.removeItem(MOTION_STORAGE_KEY);
  } catch {
    // storage blocked: applied for this visit only
  }
}
