import { describe, expect, it } from 'vitest';
import { actionForKey, shortcutScope, SHORTCUTS } from '../../../../src/ui/lab/shortcuts';

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

  it('fires only on the page or in the controls, never in the event log, a table, a panel or a text field', () => {
    expect(actionForKey({ key: 'r', scope: 'elsewhere' })).toBeNull();
    expect(actionForKey({ key: 'ArrowLeft', scope: 'elsewhere' })).toBeNull();
    expect(actionForKey({ key: 'r', scope: 'page' })).toEqual({ kind: 'restart' });
    expect(actionForKey({ key: '4', scope: 'controls' })).toEqual({ kind: 'speed', speed: 600 });
  });

  it('knows where focus is: body and main are the page, the marked controls are the controls, the rest is elsewhere', () => {
    document.body.innerHTML = `<main tabindex="-1"><h1 tabindex="-1">Lab</h1>
      <section data-lab-shortcuts><input type="range" id="s"></section>
      <div role="region" tabindex="0" id="log"><ol><li>x</li></ol></div>
      <table><tbody><tr><td tabindex="0" id="cell">1</td></tr></tbody></table></main>`;
    expect(shortcutScope(document.body)).toBe('page');
    expect(shortcutScope(document.querySelector('main'))).toBe('page');
    expect(shortcutScope(document.querySelector('h1'))).toBe('page');
    expect(shortcutScope(document.getElementById('s'))).toBe('controls');
    expect(shortcutScope(document.getElementById('log'))).toBe('elsewhere');
    expect(shortcutScope(document.getElementById('cell'))).toBe('elsewhere');
  });

  it('lists every shortcut in the help, one per line', () => {
    expect(SHORTCUTS.map((s) => s.keys)).toEqual(['Space', '1', '2', '3', '4', 'N', 'R', '← / →']);
  });
});
