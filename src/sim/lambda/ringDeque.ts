/**
 * A growable ring buffer of (time, tag) pairs in typed arrays: O(1) push at the back and pop at
 * either end without allocating per item. Environment pools keep busy-until and idle-since times
 * here, millions of times per fast-forward. Capacity stays a power of two so indexes wrap with a
 * mask instead of a division.
 *
 * The slot after the last item always holds Infinity (the buffer grows before it fills), so the
 * front of an empty deque, and the second item of a deque of one, read as Infinity without a size
 * check. That keeps `frontTime` and `secondTime` small enough for V8 to inline anywhere: a call that
 * is not inlined returns its double boxed, a heap allocation per request in the invoker's loop.
 */
export class RingDeque {
  #times: Float64Array;
  #tags: Int32Array;
  #mask: number;
  #head = 0;
  #size = 0;

  constructor(capacity = 16) {
    let c = 16;
    while (c <= capacity) c *= 2;
    this.#times = new Float64Array(c);
    this.#tags = new Int32Array(c);
    this.#mask = c - 1;
    this.#times[0] = Infinity;
  }

  get length(): number {
    return this.#size;
  }

  /** The front's time, Infinity when empty. */
  frontTime(): number {
    // head and every (head + i) & mask index lie inside the buffers, whose length is mask + 1.
    return this.#times[this.#head]!;
  }

  /** The time of the item after the front, Infinity when there is one item (not for an empty deque). */
  secondTime(): number {
    return this.#times[(this.#head + 1) & this.#mask]!;
  }

  frontTag(): number {
    return this.#tags[this.#head]!;
  }

  /** The `i`-th time from the front (i < length). */
  timeAt(i: number): number {
    return this.#times[(this.#head + i) & this.#mask]!;
  }

  push(time: number, tag = 0): void {
    if (this.#size === this.#mask) this.#grow();
    const i = (this.#head + this.#size) & this.#mask;
    this.#times[i] = time;
    this.#tags[i] = tag;
    this.#size++;
    this.#times[(i + 1) & this.#mask] = Infinity;
  }

  /**
   * `push(now[0] + delay, tag)`. The hot path hands times over this way: a time in epoch ms is no
   * small integer, so passing it to a call V8 does not inline would allocate a heap number.
   */
  pushAfter(now: Float64Array, delay: number, tag: number): void {
    if (this.#size === this.#mask) this.#grow();
    const mask = this.#mask;
    const i = (this.#head + this.#size) & mask;
    this.#times[i] = now[0]! + delay;
    this.#tags[i] = tag;
    this.#size++;
    this.#times[(i + 1) & mask] = Infinity;
  }

  /**
   * `popFront()` then `pushAfter(now, delay, tag)` on a non-empty deque, in one step: the ring turns
   * by one, the new item taking the slot that held the Infinity after the last.
   */
  cycleAfter(now: Float64Array, delay: number, tag: number): void {
    const mask = this.#mask;
    const i = (this.#head + this.#size) & mask;
    this.#times[i] = now[0]! + delay;
    this.#tags[i] = tag;
    this.#times[(i + 1) & mask] = Infinity;
    this.#head = (this.#head + 1) & mask;
  }

  /**
   * Pops the front of a non-empty deque, pushes its time onto `to` (tag 0) and returns its tag: the
   * time moves between typed arrays without becoming a call's argument (see pushAfter).
   */
  moveFrontTo(to: RingDeque): number {
    const head = this.#head;
    const tag = this.#tags[head]!;
    if (to.#size === to.#mask) to.#grow();
    const i = (to.#head + to.#size) & to.#mask;
    to.#times[i] = this.#times[head]!;
    to.#tags[i] = 0;
    to.#size++;
    to.#times[(i + 1) & to.#mask] = Infinity;
    this.#head = (head + 1) & this.#mask;
    this.#size--;
    return tag;
  }

  popFront(): void {
    if (this.#size === 0) return;
    this.#head = (this.#head + 1) & this.#mask;
    this.#size--;
  }

  popBack(): void {
    if (this.#size === 0) return;
    this.#size--;
    this.#times[(this.#head + this.#size) & this.#mask] = Infinity;
  }

  clear(): void {
    this.#head = 0;
    this.#size = 0;
    this.#times[0] = Infinity;
  }

  #grow(): void {
    const n = this.#times.length * 2;
    const times = new Float64Array(n);
    const tags = new Int32Array(n);
    for (let k = 0; k < this.#size; k++) {
      const i = (this.#head + k) & this.#mask;
      times[k] = this.#times[i]!;
      tags[k] = this.#tags[i]!;
    }
    times[this.#size] = Infinity;
    this.#times = times;
    this.#tags = tags;
    this.#mask = n - 1;
    this.#head = 0;
  }
}
