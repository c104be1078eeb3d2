import { describe, expect, it } from 'vitest';
import { KeyedTween } from '../../../../src/ui/lab/flowTween';

// The traffic flow's branches when an alias's weight changes: a canary's shift from 100 % / 0 % to
// 90 % / 10 % should be seen moving over half a second, not jump; with reduced motion it must jump.
const HALF_SECOND = 500;

describe('KeyedTween: a branch eases from its old width to its new one', () => {
  it('starts at the old width, is halfway at half time, and lands exactly on the new width', () => {
    const tween = new KeyedTween(HALF_SECOND);
    tween.retarget(new Map([['alias->v1', 14]]), 0, true);
    tween.retarget(new Map([['alias->v1', 4]]), 1_000);
    expect(tween.valueAt('alias->v1', 1_000)).toBe(14);
    expect(tween.valueAt('alias->v1', 1_250)).toBeCloseTo(9, 6);
    expect(tween.valueAt('alias->v1', 1_500)).toBe(4);
    expect(tween.valueAt('alias->v1', 9_000)).toBe(4);
  });

  it('moves slowly at both ends: a tenth of the time covers well under a tenth of the way', () => {
    const tween = new KeyedTween(HALF_SECOND);
    tween.retarget(new Map([['b', 0]]), 0, true);
    tween.retarget(new Map([['b', 100]]), 0);
    expect(tween.valueAt('b', 50)).toBeGreaterThan(0);
    expect(tween.valueAt('b', 50)).toBeLessThan(10);
    expect(tween.valueAt('b', 450)).toBeGreaterThan(90);
    expect(tween.valueAt('b', 450)).toBeLessThan(100);
  });

  it('says it is moving until the time is up, so the canvas keeps drawing frames only that long', () => {
    const tween = new KeyedTween(HALF_SECOND);
    tween.retarget(new Map([['b', 2]]), 0, true);
    expect(tween.moving(0)).toBe(false);
    tween.retarget(new Map([['b', 12]]), 100);
    expect(tween.moving(100)).toBe(true);
    expect(tween.moving(599)).toBe(true);
    expect(tween.moving(600)).toBe(false);
  });

  it('grows a branch that just appeared (the canary version) from the thinnest wire', () => {
    const tween = new KeyedTween(HALF_SECOND);
    tween.retarget(new Map([['alias->v1', 14]]), 0, true);
    tween.retarget(
      new Map([
        ['alias->v1', 12.7],
        ['alias->v2', 2.75],
      ]),
      0,
      false,
      1.5,
    );
    expect(tween.valueAt('alias->v2', 0)).toBe(1.5);
    expect(tween.valueAt('alias->v2', HALF_SECOND)).toBe(2.75);
  });

  it('a change in mid-flight (the rollback during a shift) continues from where the branch is drawn, without a jump', () => {
    const tween = new KeyedTween(HALF_SECOND);
    tween.retarget(new Map([['b', 14]]), 0, true);
    tween.retarget(new Map([['b', 4]]), 0);
    const drawn = tween.valueAt('b', 250);
    tween.retarget(new Map([['b', 14]]), 250);
    expect(tween.valueAt('b', 250)).toBe(drawn);
    expect(tween.valueAt('b', 750)).toBe(14);
  });

  it('with reduced motion every change lands at once and nothing is left moving', () => {
    const tween = new KeyedTween(HALF_SECOND);
    tween.retarget(new Map([['b', 14]]), 0, true);
    tween.retarget(new Map([['b', 4]]), 10, true);
    expect(tween.valueAt('b', 10)).toBe(4);
    expect(tween.moving(10)).toBe(false);
  });

  it('forgets a branch that is no longer drawn, and does not know one it was never given', () => {
    const tween = new KeyedTween(HALF_SECOND);
    tween.retarget(new Map([['b', 14]]), 0, true);
    tween.retarget(new Map(), 10);
    expect(tween.valueAt('b', 10)).toBeUndefined();
    expect(tween.valueAt('never', 10)).toBeUndefined();
  });
});
