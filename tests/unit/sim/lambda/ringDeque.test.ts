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
          } else if (model.length > 0) {
            // cycle: popFront then push, on a deque that is not empty
            expect(d.frontTag()).toBe(model[0]![1]);
            d.cycle(o.time, ++tag);
            model.shift();
            model.push([o.time, tag]);
          }
          expect(d.length).toBe(model.length);
          expect(contents(d)).toEqual(model.map(([t]) => t));
          expect(d.frontTime()).toBe(model[0]?.[0] ?? Infinity);
          if (model.length > 0) expect(d.frontTag()).toBe(model[0]![1]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('turns a full ring by one: the new item goes last and the old front is gone', () => {
    const d = new RingDeque(16);
    for (let i = 0; i < 16; i++) d.push(i, i);
    d.cycle(100, 100);
    expect(d.length).toBe(16);
    expect(contents(d)).toEqual([...Array.from({ length: 15 }, (_, i) => i + 1), 100]);
    expect(d.timeAt(16, Infinity)).toBe(Infinity);
  });
});
