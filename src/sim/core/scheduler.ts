/**
 * The world's one simulated clock and its timeline of scheduled events.
 *
 * Nothing in src/sim reads the real clock: every delay (traffic ticks, metric periods, alarm
 * evaluations, traffic-shift steps, hook timeouts, provisioned-concurrency allocation) is an entry
 * here, and `advanceBy` runs them in time order. It also implements xstate's `Clock` interface, so
 * actors created with `createActor(machine, { clock: scheduler })` follow simulated time.
 */
export type TimerId = number;

interface Entry {
  time: number;
  seq: number;
  id: TimerId;
  run: () => void;
  label: string;
}

export class Scheduler {
  #now: number;
  #seq = 0;
  #heap: Entry[] = [];
  #cancelled = new Set<TimerId>();
  #beforeEach: ((time: number) => void)[] = [];
  #running = false;

  constructor(startTime: number) {
    this.#now = startTime;
  }

  now(): number {
    return this.#now;
  }

  /** Schedules `run` at an absolute simulated time (never in the past). */
  at(time: number, run: () => void, label = 'event'): TimerId {
    const id = ++this.#seq;
    this.#push({ time: Math.max(time, this.#now), seq: id, id, run, label });
    return id;
  }

  /** Schedules `run` after `delayMs` of simulated time. */
  after(delayMs: number, run: () => void, label = 'event'): TimerId {
    return this.at(this.#now + Math.max(0, delayMs), run, label);
  }

  cancel(id: TimerId | undefined): void {
    if (id !== undefined) this.#cancelled.add(id);
  }

  // xstate's Clock interface.
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): TimerId {
    return this.after(timeout, () => fn(), 'xstate-delay');
  }
  clearTimeout(id: TimerId): void {
    this.cancel(id);
  }

  /**
   * Registers work that must be brought up to date before any event runs at `time`
   * (traffic catches up so that an alias change at t affects only requests after t).
   */
  beforeEachEvent(fn: (time: number) => void): void {
    this.#beforeEach.push(fn);
  }

  /** Time of the next pending event, or undefined when the timeline is empty. */
  nextEventTime(filter?: (label: string) => boolean): number | undefined {
    let best: number | undefined;
    for (const e of this.#heap) {
      if (this.#cancelled.has(e.id)) continue;
      if (filter && !filter(e.label)) continue;
      if (best === undefined || e.time < best) best = e.time;
    }
    return best;
  }

  /** Runs every event due up to now + ms, in time order, then sets the clock to now + ms. */
  advanceBy(ms: number): void {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`advance(ms) needs a finite ms >= 0, got ${ms}`);
    if (this.#running) throw new Error('advance() cannot be called from inside a simulated event');
    const target = this.#now + ms;
    this.#running = true;
    try {
      for (;;) {
        const top = this.#heap[0];
        if (!top || top.time > target) break;
        this.#pop();
        if (this.#cancelled.delete(top.id)) continue;
        this.#now = top.time;
        for (const fn of this.#beforeEach) fn(top.time);
        top.run();
      }
      this.#now = target;
      for (const fn of this.#beforeEach) fn(target);
    } finally {
      this.#running = false;
    }
  }

  /** Brings registered catch-up work to the present (called before each API call). */
  sync(): void {
    if (this.#running) return;
    for (const fn of this.#beforeEach) fn(this.#now);
  }

  get pending(): number {
    return this.#heap.length - this.#cancelled.size;
  }

  #less(a: Entry, b: Entry): boolean {
    return a.time < b.time || (a.time === b.time && a.seq < b.seq);
  }

  #push(e: Entry): void {
    const h = this.#heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      // 0 ≤ p < i < h.length: both are heap entries.
      if (!this.#less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  #pop(): void {
    const h = this.#heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      // l and r are checked against h.length; m is i, l or r, all inside the heap.
      if (l < h.length && this.#less(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.#less(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}
