import { describe, expect, it } from 'vitest';
import { practiceKeyAction } from '../../../../src/ui/practice/keyboard';

describe('practice keyboard shortcuts', () => {
  it('number keys choose the option with that number', () => {
    expect(practiceKeyAction({ key: '1' }, 4)).toEqual({ type: 'choose', index: 0 });
    expect(practiceKeyAction({ key: '5' }, 5)).toEqual({ type: 'choose', index: 4 });
    expect(practiceKeyAction({ key: '5' }, 4)).toBeNull();
  });

  it('Enter submits, except on a button or link where it activates that control', () => {
    expect(practiceKeyAction({ key: 'Enter', targetTag: 'INPUT', targetType: 'radio' }, 4)).toEqual({ type: 'submit' });
    expect(practiceKeyAction({ key: 'Enter', targetTag: 'BUTTON' }, 4)).toBeNull();
  });

  it('F flags the question', () => {
    expect(practiceKeyAction({ key: 'f' }, 4)).toEqual({ type: 'flag' });
  });

  it('arrows move between questions but are left to a radio group, where they move the choice', () => {
    expect(practiceKeyAction({ key: 'ArrowRight', targetTag: 'BODY' }, 4)).toEqual({ type: 'next' });
    expect(practiceKeyAction({ key: 'ArrowLeft', targetTag: 'INPUT', targetType: 'checkbox' }, 4)).toEqual({
      type: 'previous',
    });
    expect(practiceKeyAction({ key: 'ArrowRight', targetTag: 'INPUT', targetType: 'radio' }, 4)).toBeNull();
  });

  it('ignores keys with a modifier or while typing in a text field', () => {
    expect(practiceKeyAction({ key: '1', ctrlKey: true }, 4)).toBeNull();
    expect(practiceKeyAction({ key: 'f', targetTag: 'INPUT', targetType: 'search' }, 4)).toBeNull();
    expect(practiceKeyAction({ key: '2', targetTag: 'SELECT' }, 4)).toBeNull();
  });

  it('does nothing while focus is on another control, such as "Review all" or a palette cell (WCAG 2.1.4)', () => {
    for (const key of ['f', '2', 'Enter', 'ArrowRight']) {
      expect(practiceKeyAction({ key, targetTag: 'BUTTON', onOtherControl: true }, 4)).toBeNull();
    }
    // On the question's own radio button the number keys still choose.
    expect(practiceKeyAction({ key: '2', targetTag: 'INPUT', targetType: 'radio', onOtherControl: false }, 4)).toEqual({
      type: 'choose',
      index: 1,
    });
  });
});
