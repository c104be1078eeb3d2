import { interpolateNumber } from 'd3-interpolate';

/**
 * Eases the traffic flow's branches from one width to the next when an alias's routing weight changes
 * (a canary's shift, a linear step, the rollback), so a learner sees the share move rather than jump.
 * Plain numbers keyed by link id, driven by a clock the caller passes in (performance.now() in the
 * browser, literal times in tests). With reduced motion, `instant` makes every change land at once.
 * The figures in the boxes and the table stay exact: only the picture moves.
 */
export const FLOW_TWEEN_MS = 500;

/** Slow at both ends: the cubic in-out curve (d3-ease's easeCubicInOut; d3-ease is not a dependency). */
export function easeInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

interface Track {
  read: (t: number) => number;
  to: number;
  start: number;
}

export class KeyedTween {
  readonly #tracks = new Map<string, Track>();
  readonly #duration: number;

  constructor(duration = FLOW_TWEEN_MS) {
    this.#duration = duration;
  }

  /**
   * Sets where each key is heading. A new key starts at `enterFrom` (a branch that just appeared grows
   * from nothing); a changed one moves from wherever it is drawn now; keys not given are forgotten.
   */
  retarget(targets: ReadonlyMap<string, number>, now: number, instant = false, enterFrom = 0): void {
    for (const key of [...this.#tracks.keys()]) if (!targets.has(key)) this.#tracks.delete(key);
    for (const [key, to] of targets) {
      const track = this.#tracks.get(key);
      if (track && track.to === to) continue;
      const from = instant ? to : track ? (this.valueAt(key, now) ?? to) : enterFrom;
      // An instant change has nothing to play: it counts as finished already.
      this.#tracks.set(key, { read: interpolateNumber(from, to), to, start: instant ? -Infinity : now });
    }
  }

  /** The value to draw for `key` at `now`, or undefined for a key it has not been given. */
  valueAt(key: string, now: number): number | undefined {
    const track = this.#tracks.get(key);
    if (!track) return undefined;
    const progress = this.#duration <= 0 ? 1 : (now - track.start) / this.#duration;
    return progress >= 1 ? track.to : track.read(easeInOut(progress));
  }

  /** Whether anything is still moving at `now` (the caller keeps drawing frames until it is not). */
  moving(now: number): boolean {
    for (const track of this.#tracks.values()) if (now - track.start < this.#duration) return true;
    return false;
  }
}
