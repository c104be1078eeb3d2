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
  /**
   * True with probability p: `next() < p` as one call that returns a boolean, so the hot path
   * (one or two draws per simulated request) never boxes the drawn double.
   */
  chance(p: number): boolean;
  /**
   * How many independent trials with success probability p fail before the first success: a
   * geometric draw, one per success instead of one per trial. The count of failures before the next
   * success has the same distribution whenever it is drawn (a Bernoulli process has no memory), so
   * replacing a per-trial `chance(p)` by a countdown keeps every count's distribution.
   */
  trialsBefore(p: number): number;
  /** A state that `restore` can return to (for snapshots and tests). */
  state(): [number, number, number, number];
}

/**
 * The generator as a class: its four words are signed 32-bit fields — the same bits as the unsigned
 * words of the published algorithm, but values V8 keeps unboxed — and every world's generator shares
 * one hidden class, so the hot path inlines a draw without allocating.
 */
class Sfc32 implements Rng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    this.#a = 0x9e3779b9 ^ (seed >>> 0);
    this.#b = 0x243f6a88 ^ Math.imul(seed >>> 0, 0x85ebca6b);
    this.#c = 0xb7e15162 | 0;
    this.#d = 1;
    for (let i = 0; i < 15; i++) this.next();
  }

  next(): number {
    const a = this.#a;
    const b = this.#b;
    const c = this.#c;
    const d = this.#d;
    const t = (((a + b) | 0) + d) | 0;
    this.#d = (d + 1) | 0;
    this.#a = b ^ (b >>> 9);
    this.#b = (c + (c << 3)) | 0;
    const rotated = (c << 21) | (c >>> 11);
    this.#c = (rotated + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  trialsBefore(p: number): number {
    if (p >= 1) return 0;
    if (p <= 0) return Infinity;
    // Inversion: P(G ≥ k) = (1 − p)^k, and 1 − next() is uniform on (0, 1], so its log is finite.
    return Math.floor(Math.log(1 - this.next()) / Math.log1p(-p));
  }

  state(): [number, number, number, number] {
    return [this.#a >>> 0, this.#b >>> 0, this.#c >>> 0, this.#d >>> 0];
  }
}

export function createRng(seed: number): Rng {
  return new Sfc32(seed);
}

/** Derives an independent stream, so that (for example) ids do not shift when traffic changes. */
export function deriveSeed(seed: number, stream: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
