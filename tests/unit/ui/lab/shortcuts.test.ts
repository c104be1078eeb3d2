import { describe, expect, it } from 'vitest';
import { actionForKey, SHORTCUTS } from '../../../../src/ui/lab/shortcuts';

describe('Lab keyboard shortcuts', () => {
  it.each([
    [' ', { kind: 'toggle' }],
    ['1', { kind: 'speed', speed: 1 }],
    ['2', { kind: 'speed', speed: 10 }],
    ['3', { kind: 'speed', speed: 60 }],
    ['4', { kind: 'speed', speed: 600 }],
    ['n', { kind: 'skip' }],
    ['N', { kind: 'skip' }],
    ['r', { kind: 'restart' }],
    ['ArrowLeft', { kind: 'scrub', byMs: -10_000 }],
    ['ArrowRight', { kind: 'scrub', byMs: 10_000 }],
  ])('maps %j to %j', (key, action) => {
    expect(actionForKey({ key })).toEqual(action);
  });

  it('scrubs ten times further with Shift', () => {
    expect(actionForKey({ key: 'ArrowLeft', shiftKey: true })).toEqual({ kind: 'scrub', byMs: -100_000 });
  });

  it('leaves keys alone while the learner types in the console or uses a button, or with a modifier', () => {
    expect(actionForKey({ key: 'r', targetTag: 'INPUT' })).toBeNull();
    expect(actionForKey({ key: ' ', targetTag: 'button' })).toBeNull();
    expect(actionForKey({ key: 'n', targetEditable: true })).toBeNull();
    expect(actionForKey({ key: 'r', ctrlKey: true })).toBeNull();
    expect(actionForKey({ key: 'x' })).toBeNull();
  });

  it('lists every shortcut in the help, one per line', () => {
    expect(SHORTCUTS.map((s) => s.keys)).toEqual(['Space', '1', '2', '3', '4', 'N', 'R', '← / →']);
  });
});
