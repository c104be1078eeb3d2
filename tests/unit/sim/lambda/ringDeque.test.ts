import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RingDeque } from '../../../../src/sim/lambda/ringDeque';

// The environment pools keep busy-until and idle-since times in this deque; it must behave as a
// plain first-in-first-out list of (time, tag) pairs whatever its capacity does underneath.

const contents = (d: RingDeque) => Array.from({ length: d.length }, (_, i) => d.timeAt(i));

describe('RingDeque', () => {
  it('matches an array under any sequence of push, popFront, popBack and cycle', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('push' as const), time: fc.integer({ min: 0, max: 1e6 }) }),
      fc.record({ kind: fc.constant('popFront' as const) }),
      fc.record({ kind: fc.constant('popBack' as const) }),
      fc.record({ kind: fc.constant('cycle' as const), time: fc.integer({ min: 0, max: 1e6 }) }),
      fc.record({ kind: fc.constant('move' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const d = new RingDeque();
        const model: [number, number][] = [];
        let tag = 0;
        for (const o of ops) {
          if (o.kind === 'push') {
            d.push(o.time, ++tag);
            model.push([o.time, tag]);
          } else if (o.kind === 'popFront') {
            d.popFront();
            model.shift();
          } else if (o.kind === 'popBack') {
            d.popBack();
            model.pop();
          } else if (o.kind === 'move') {
            // moveFrontTo: the front's time goes to the back of another deque, with tag 0
            if (model.length === 0) continue;
            const other = new RingDeque();
            other.push(-1, 9);
            expect(d.moveFrontTo(other)).toBe(model[0]![1]);
            expect(contents(other)).toEqual([-1, model[0]![0]]);
            model.shift();
          } else if (model.length > 0) {
            // cycle: popFront then push, on a deque that is not empty
            expect(d.frontTag()).toBe(model[0]![1]);
            d.cycleAfter(new Float64Array([o.time]), 0, ++tag);
            model.shift();
            model.push([o.time, tag]);
          }
          expect(d.length).toBe(model.length);
          expect(contents(d)).toEqual(model.map(([t]) => t));
          expect(d.frontTime()).toBe(model[0]?.[0] ?? Infinity);
          if (model.length > 0) expect(d.secondTime()).toBe(model[1]?.[0] ?? Infinity);
          if (model.length > 0) expect(d.frontTag()).toBe(model[0]![1]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('turns a ring at its largest by one: the new item goes last and the old front is gone', () => {
    const d = new RingDeque();
    // 31 items fill a ring of 32 slots but for the one that marks the end.
    for (let i = 0; i < 31; i++) d.push(i, i);
    d.cycleAfter(new Float64Array([100]), 0, 100);
    expect(d.length).toBe(31);
    expect(contents(d)).toEqual([...Array.from({ length: 30 }, (_, i) => i + 1), 100]);
    expect(d.frontTag()).toBe(1);
  });

  it('reads Infinity for the front of an empty deque and the second item of a deque of one', () => {
    const d = new RingDeque();
    expect(d.frontTime()).toBe(Infinity);
    d.push(5, 1);
    expect(d.secondTime()).toBe(Infinity);
    d.push(7, 2);
    expect(d.secondTime()).toBe(7);
    d.popBack();
    expect(d.secondTime()).toBe(Infinity);
    d.popFront();
    expect(d.frontTime()).toBe(Infinity);
  });
});
