/**
 * A growable ring buffer of (time, tag) pairs in typed arrays: O(1) push at the back and pop at
 * either end without allocating per item. Environment pools keep busy-until and idle-since times
 * here, millions of times per fast-forward. Capacity stays a power of two so indexes wrap with a
 * mask instead of a division.
 */
export class RingDeque {
  #times: Float64Array;
  #tags: Int32Array;
  #mask: number;
  #head = 0;
  #size = 0;

  constructor(capacity = 16) {
    let c = 16;
    while (c < capacity) c *= 2;
    this.#times = new Float64Array(c);
    this.#tags = new Int32Array(c);
    this.#mask = c - 1;
  }

  get length(): number {
    return this.#size;
  }

  frontTime(): number {
    // head and every (head + i) & mask index lie inside the buffers, whose length is mask + 1.
    return this.#size === 0 ? Infinity : this.#times[this.#head]!;
  }

  frontTag(): number {
    return this.#tags[this.#head]!;
  }

  /** The `i`-th time from the front, or `absent` when there are no more than `i` items. */
  timeAt(i: number, absent = NaN): number {
    return i < this.#size ? this.#times[(this.#head + i) & this.#mask]! : absent;
  }

  push(time: number, tag = 0): void {
    if (this.#size > this.#mask) this.#grow();
    const i = (this.#head + this.#size) & this.#mask;
    this.#times[i] = time;
    this.#tags[i] = tag;
    this.#size++;
  }

  /**
   * `popFront()` then `push(time, tag)` on a non-empty deque, in one step: the ring turns by one
   * (the slot the new item takes is the one the front leaves when the ring is full).
   */
  cycle(time: number, tag: number): void {
    const i = (this.#head + this.#size) & this.#mask;
    this.#times[i] = time;
    this.#tags[i] = tag;
    this.#head = (this.#head + 1) & this.#mask;
  }

  popFront(): void {
    if (this.#size === 0) return;
    this.#head = (this.#head + 1) & this.#mask;
    this.#size--;
  }

  popBack(): void {
    if (this.#size > 0) this.#size--;
  }

  clear(): void {
    this.#head = 0;
    this.#size = 0;
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
    this.#times = times;
    this.#tags = tags;
    this.#mask = n - 1;
    this.#head = 0;
  }
}
