import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeTurn } from '../../../src/ui/lab/turns';

// Each turn is a task after a paint (afterNextPaint: an animation frame, then a timeout).
const nextTurn = () => vi.advanceTimersByTime(20);

describe('turns: work drawn one task after another', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.advanceTimersByTime(1_000);
    vi.useRealTimers();
  });

  it('runs nothing at once, then one piece per turn, in the order asked', () => {
    const ran: string[] = [];
    takeTurn(() => ran.push('flow'));
    takeTurn(() => ran.push('deploy'));
    takeTurn(() => ran.push('callout'));
    expect(ran).toEqual([]);
    nextTurn();
    expect(ran).toEqual(['flow']);
    nextTurn();
    expect(ran).toEqual(['flow', 'deploy']);
    nextTurn();
    expect(ran).toEqual(['flow', 'deploy', 'callout']);
  });

  it('gives pieces of one group asked one after another the same turn', () => {
    const ran: string[] = [];
    takeTurn(() => ran.push('flow'), 'left');
    takeTurn(() => ran.push('timeline'), 'left');
    takeTurn(() => ran.push('deploy'));
    nextTurn();
    expect(ran).toEqual(['flow', 'timeline']);
    nextTurn();
    expect(ran).toEqual(['flow', 'timeline', 'deploy']);
  });

  it('never runs a piece taken out of the line', () => {
    const ran: string[] = [];
    takeTurn(() => ran.push('a'));
    const cancel = takeTurn(() => ran.push('b'));
    takeTurn(() => ran.push('c'));
    cancel();
    vi.advanceTimersByTime(200);
    expect(ran).toEqual(['a', 'c']);
  });
});
