import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/sim/core/rng';

/**
 * sfc32 as published with PractRand (Chris Doty-Humphrey), written with unsigned 32-bit arithmetic
 * the plain way, with the seeding createRng documents: a = golden ratio ^ seed,
 * b = 0x243f6a88 ^ seed·0x85ebca6b, c = 0xb7e15162, d = 1, then 15 outputs discarded.
 */
function referenceSfc32(seed: number): () => number {
  const u = (x: number) => x >>> 0;
  let a = u(0x9e3779b9 ^ u(seed));
  let b = u(0x243f6a88 ^ Math.imul(u(seed), 0x85ebca6b));
  let c = 0xb7e15162;
  let d = 1;
  const next = () => {
    const t = u(u(a + b) + d);
    d = u(d + 1);
    a = u(b ^ (b >>> 9));
    b = u(c + u(c << 3));
    c = u((c << 21) | (c >>> 11));
    c = u(c + t);
    return t / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

describe('seeded random numbers (replayable worlds)', () => {
  it('produces the sfc32 sequence for a seed, so a saved seed replays the same world', () => {
    for (const seed of [0, 1, 42, 0x7fffffff, 0xffffffff]) {
      const rng = createRng(seed);
      const reference = referenceSfc32(seed);
      const got = Array.from({ length: 20_000 }, () => rng.next());
      const expected = Array.from({ length: 20_000 }, () => reference());
      expect(got).toEqual(expected);
    }
  });

  it('chance(p) is the draw next() < p, consuming one draw', () => {
    const a = createRng(7);
    const b = createRng(7);
    const probabilities = Array.from({ length: 10_000 }, (_, i) => (i % 10) / 10);
    expect(probabilities.map((p) => a.chance(p))).toEqual(probabilities.map((p) => b.next() < p));
    expect(a.state()).toEqual(b.state());
  });

  it('chance(0.1) comes true about n·p times: within 4 standard deviations sqrt(n·p·(1−p))', () => {
    const n = 100_000;
    const rng = createRng(2026);
    let hits = 0;
    for (let i = 0; i < n; i++) if (rng.chance(0.1)) hits++;
    // Binomial(100000, 0.1): mean 10,000, standard deviation ≈ 94.9.
    expect(Math.abs(hits - 10_000)).toBeLessThan(4 * 94.9);
  });
});
