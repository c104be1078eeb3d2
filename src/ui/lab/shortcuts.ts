import { SPEEDS, type Speed } from './speeds';

/** The Lab's keyboard shortcuts: one table used both to handle keys and to list them in the help. */
export type LabAction =
  | { kind: 'toggle' }
  | { kind: 'speed'; speed: Speed }
  | { kind: 'skip' }
  | { kind: 'restart' }
  | { kind: 'scrub'; byMs: number };

/** One arrow press moves the scrubber by this much simulated time (Shift: ten times as much). */
export const SCRUB_STEP_MS = 10_000;

export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: 'Space', does: 'Play or pause' },
  ...SPEEDS.map((s, i) => ({ keys: String(i + 1), does: `Speed ${s}×` })),
  { keys: 'N', does: 'Skip to the next event' },
  { keys: 'R', does: 'Restart with the same seed' },
  { keys: '← / →', does: `Scrub back / forward ${SCRUB_STEP_MS / 1000} s (Shift: ${SCRUB_STEP_MS / 100} s)` },
];

/**
 * Where focus is when a key is pressed: the page itself (nothing interactive focused), the Lab's
 * controls, or anywhere else — a panel, the event log, a table, a text field — where keys belong
 * to what has focus (WCAG 2.1.4: https://www.w3.org/WAI/WCAG22/Understanding/character-key-shortcuts.html).
 */
export type ShortcutScope = 'page' | 'controls' | 'elsewhere';

/** The scope of a focused element: `[data-lab-shortcuts]` marks the controls; body and main are the page. */
export function shortcutScope(target: Element | null): ShortcutScope {
  if (!target || target.tagName === 'BODY' || target.tagName === 'HTML' || target.tagName === 'MAIN') return 'page';
  if (target.closest('[data-lab-shortcuts]')) return 'controls';
  // A heading focused by the app after navigation is not interactive: the page still owns the keys.
  if (/^H[1-6]$/.test(target.tagName) && !target.closest('[role="tabpanel"], table, [role="log"]')) return 'page';
  return 'elsewhere';
}

export interface KeyLike {
  key: string;
  /** Where focus is (shortcutScope); shortcuts fire only on the page or in the controls. Default: page. */
  scope?: ShortcutScope;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Tag name of the focused element: shortcuts never steal keys from text fields or buttons. */
  targetTag?: string;
  targetEditable?: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A', 'SUMMARY']);

/** The action a key press asks for, or null when the key belongs to something else. */
export function actionForKey(e: KeyLike): LabAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.scope === 'elsewhere') return null;
  if (e.targetEditable || (e.targetTag && TYPING_TAGS.has(e.targetTag.toUpperCase()))) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === ' ' || key === 'Spacebar') return { kind: 'toggle' };
  const speedIndex = ['1', '2', '3', '4'].indexOf(key);
  // SPEEDS has four entries, one per key 1–4.
  if (speedIndex >= 0) return { kind: 'speed', speed: SPEEDS[speedIndex]! };
  if (key === 'n') return { kind: 'skip' };
  if (key === 'r') return { kind: 'restart' };
  const step = e.shiftKey ? SCRUB_STEP_MS * 10 : SCRUB_STEP_MS;
  if (key === 'ArrowLeft') return { kind: 'scrub', byMs: -step };
  if (key === 'ArrowRight') return { kind: 'scrub', byMs: step };
  return null;
}
