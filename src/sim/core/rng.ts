/**
 * Seeded pseudo-random numbers. Same seed, same sequence: that is what makes a world replayable.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator) is written out here rather than taken
 * from a library because it runs once or twice per simulated invocation — millions of times per
 * fast-forward — and must inline into that loop; it passes PractRand, which is plenty for routing
 * and error draws.
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** A state that `restore` can return to (for snapshots and tests). */
  state(): [number, number, number, number];
}

export function createRng(seed: number): Rng {
  let a = 0x9e3779b9 ^ (seed >>> 0);
  let b = 0x243f6a88 ^ Math.imul(seed >>> 0, 0x85ebca6b);
  let c = 0xb7e15162;
  let d = 1;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return {
    next,
    int: (n) => Math.floor(next() * n),
    state: () => [a >>> 0, b >>> 0, c >>> 0, d >>> 0],
  };
}

/** Derives an independent stream, so that (for example) ids do not shift when traffic changes. */
export function deriveSeed(seed: number, stream: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
