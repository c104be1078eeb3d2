/**
 * Keyboard for the presenter view: ←/→ move between steps; a clicker's PageUp/PageDown turn the pages
 * of a note step first and then move between steps (so one button walks the whole talk); space plays
 * or pauses, Esc leaves. Keys typed into a field, or a space on a button (which presses it),
 * are left alone.
 */
export type PresenterAction = 'previous' | 'next' | 'previousPage' | 'nextPage' | 'toggle' | 'close';

export interface PresenterKey {
  key: string;
  targetTag?: string;
  targetEditable?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function presenterActionForKey(event: PresenterKey): PresenterAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Escape') return 'close';
  const tag = event.targetTag?.toUpperCase();
  if ((tag && FIELDS.has(tag)) || event.targetEditable) return null;
  switch (event.key) {
    case 'ArrowRight':
      return 'next';
    case 'PageDown':
      return 'nextPage';
    case 'ArrowLeft':
      return 'previous';
    case 'PageUp':
      return 'previousPage';
    case ' ':
    case 'Spacebar':
      return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' ? null : 'toggle';
    default:
      return null;
  }
}
