import { describe, expect, it } from 'vitest';
import { presenterActionForKey } from '../../../../src/ui/workshop/presenter/presenterKeys';

describe('presenter keyboard', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'nextPage'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previousPage'],
    [' ', 'toggle'],
    ['Escape', 'close'],
  ] as const)(
    '%s on the page means %s (a presentation clicker sends PageUp/PageDown, which turn a note’s pages before the steps)',
    (key, action) => {
      expect(presenterActionForKey({ key, targetTag: 'DIV' })).toBe(action);
    },
  );

  it('leaves arrows and space alone while typing in a field', () => {
    for (const tag of ['INPUT', 'SELECT', 'TEXTAREA']) {
      expect(presenterActionForKey({ key: 'ArrowRight', targetTag: tag })).toBeNull();
      expect(presenterActionForKey({ key: ' ', targetTag: tag })).toBeNull();
    }
    expect(presenterActionForKey({ key: 'ArrowLeft', targetTag: 'DIV', targetEditable: true })).toBeNull();
  });

  it('lets space press a focused button instead of also playing or pausing', () => {
    expect(presenterActionForKey({ key: ' ', targetTag: 'BUTTON' })).toBeNull();
    expect(presenterActionForKey({ key: 'ArrowRight', targetTag: 'BUTTON' })).toBe('next');
  });

  it('Esc leaves the presenter view even from a field', () => {
    expect(presenterActionForKey({ key: 'Escape', targetTag: 'INPUT' })).toBe('close');
  });

  it('ignores browser shortcuts with Ctrl, Cmd or Alt', () => {
    expect(presenterActionForKey({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(presenterActionForKey({ key: 'ArrowRight', metaKey: true })).toBeNull();
    expect(presenterActionForKey({ key: ' ', ctrlKey: true })).toBeNull();
  });
});
