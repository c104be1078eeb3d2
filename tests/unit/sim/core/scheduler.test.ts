import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../../../src/sim/core/scheduler';
import { createRng } from '../../../../src/sim/core/rng';

describe('Scheduler: the one simulated clock', () => {
  it('runs events in time order, ties in the order they were scheduled', () => {
    const s = new Scheduler(1000);
    const seen: string[] = [];
    s.after(50, () => seen.push('b@50'));
    s.after(10, () => seen.push('a@10'));
    s.after(50, () => seen.push('c@50'));
    s.after(200, () => seen.push('late'));
    s.advanceBy(100);
    expect(seen).toEqual(['a@10', 'b@50', 'c@50']);
    expect(s.now()).toBe(1100);
  });

  it('sets the clock to each event time while the event runs', () => {
    const s = new Scheduler(0);
    const times: number[] = [];
    s.after(30, () => times.push(s.now()));
    s.after(70, () => times.push(s.now()));
    s.advanceBy(100);
    expect(times).toEqual([30, 70]);
  });

  it('runs events scheduled by events within the same advance, and skips cancelled ones', () => {
    const s = new Scheduler(0);
    const seen: number[] = [];
    const id = s.after(20, () => seen.push(-1));
    s.after(10, () => s.after(5, () => seen.push(s.now())));
    s.cancel(id);
    s.advanceBy(50);
    expect(seen).toEqual([15]);
  });

  it('drives xstate-style timers through setTimeout/clearTimeout', () => {
    const s = new Scheduler(0);
    let fired = 0;
    const t = s.setTimeout(() => fired++, 1000);
    s.setTimeout(() => fired++, 2000);
    s.clearTimeout(t);
    s.advanceBy(5000);
    expect(fired).toBe(1);
  });

  it('rejects a negative or non-finite advance', () => {
    const s = new Scheduler(0);
    expect(() => s.advanceBy(-1)).toThrow(RangeError);
    expect(() => s.advanceBy(Number.NaN)).toThrow(RangeError);
  });
});

describe('seeded RNG', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('stays in [0, 1) with a mean near 0.5', () => {
    const r = createRng(7);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});
