/**
 * Keyboard for the presenter view: ←/→ (and a clicker's PageUp/PageDown) move between steps, space
 * plays or pauses, Esc leaves. Keys typed into a field, or a space on a button (which presses it),
 * are left alone.
 */
export type PresenterAction = 'previous' | 'next' | 'toggle' | 'close';

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
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' ? null : 'toggle';
    default:
      return null;
  }
}
