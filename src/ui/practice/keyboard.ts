/**
 * Keyboard shortcuts on a question: 1–6 choose an option, Enter submits, F flags (exam), ←/→ move
 * between questions (exam). Ignored while typing in a text field or with a modifier held, so they
 * never fight the browser's or a screen reader's own keys. ←/→ are also left alone on a radio
 * button, where they already move the choice.
 */
export type PracticeKeyAction =
  { type: 'choose'; index: number } | { type: 'submit' } | { type: 'flag' } | { type: 'next' } | { type: 'previous' };

export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** tagName and type of the focused element, when known. */
  targetTag?: string;
  targetType?: string;
  /**
   * The focused element is a control that is not one of the question's own options (a button, link
   * or field elsewhere on the page): single-key shortcuts then stay out of its way (WCAG 2.1.4).
   */
  onOtherControl?: boolean;
}

/** Whether `target` is a control of its own that is not an option of the question (inside `.options`). */
export function isOtherControl(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('fieldset.options')) return false;
  return target.matches(
    'a[href], button, input, select, textarea, summary, [contenteditable=""], [tabindex]:not([tabindex="-1"])',
  );
}

/** A keydown as practiceKeyAction reads it: the key, its modifiers and what has focus. */
export function keyLikeOf(event: KeyboardEvent): KeyLike {
  const target = event.target as HTMLElement | null;
  return {
    key: event.key,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    targetTag: target?.tagName,
    targetType: (target as HTMLInputElement | null)?.type,
    onOtherControl: isOtherControl(target),
  };
}

export function practiceKeyAction(event: KeyLike, optionCount: number): PracticeKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.onOtherControl) return null;
  const tag = event.targetTag?.toUpperCase();
  const type = event.targetType?.toLowerCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && type !== 'radio' && type !== 'checkbox'))
    return null;
  if (/^[1-6]$/.test(event.key)) {
    const index = Number(event.key) - 1;
    return index < optionCount ? { type: 'choose', index } : null;
  }
  if (event.key === 'Enter') return tag === 'BUTTON' || tag === 'A' ? null : { type: 'submit' };
  if (event.key === 'f' || event.key === 'F') return { type: 'flag' };
  const onRadio = tag === 'INPUT' && type === 'radio';
  if (event.key === 'ArrowRight' && !onRadio) return { type: 'next' };
  if (event.key === 'ArrowLeft' && !onRadio) return { type: 'previous' };
  return null;
}
