/**
 * How a scenario run spends simulated time. Running a scenario is the same sequence of world operations
 * either way; the pace only decides whether a long stretch of simulated time runs in one go (tests, the
 * bundled scenarios' checks) or in small slices that hand the main thread back to the page between them,
 * report progress and stop when an AbortSignal fires (a shared or custom scenario, whose size the learner
 * does not control: issue 21).
 *
 * A world advanced by 10 s and then by 50 s is in the same state as one advanced by 60 s: the scheduler
 * runs every due event in time order and brings traffic up to the end of each advance
 * (src/sim/core/scheduler.ts). tests/unit/scenario/pace.test.ts checks that a sliced run of every built-in
 * scenario ends exactly where an unsliced one does.
 */
import type { World } from '../sim';

export interface Pace {
  /** Runs `ms` of simulated time. */
  advance(world: World, ms: number): Promise<void>;
  /** Called between steps (commands are quick): stops a cancelled run there too. */
  checkpoint(): Promise<void>;
}

/** Everything at once: what the headless tests and the bundled scenarios' own runs use. */
export const atOnce: Pace = {
  async advance(world, ms) {
    world.advance(ms);
  },
  async checkpoint() {},
};

export interface RunProgress {
  /** Simulated milliseconds run so far. */
  doneMs: number;
}

export interface SliceOptions {
  signal?: AbortSignal;
  /** Called after each slice, with the simulated time run so far. */
  onProgress?: (progress: RunProgress) => void;
  /** Gives the page its turn; defaults to `yieldToPage`. Tests pass their own to count or control yields. */
  yieldNow?: () => Promise<void>;
  /**
   * Wall-clock milliseconds of work between two turns of the page (default 10, well under the 50 ms after
   * which a task counts as long: https://web.dev/articles/optimize-long-tasks). 0 gives the page a turn
   * after every slice.
   */
  workMsPerTurn?: number;
  /** The wall clock that measures that work; defaults to performance.now. */
  now?: () => number;
  /**
   * The most simulated requests one slice may run, so a slice stays a few milliseconds of work whatever
   * the traffic rate (the slice shrinks as the rate grows, down to one second of simulated time).
   */
  requestsPerSlice?: number;
  /** The longest slice of simulated time when there is little or no traffic. */
  maxSliceMs?: number;
}

/** Thrown (as the signal's reason when it has none of its own) when a run is cancelled. */
export class RunCancelledError extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'AbortError';
  }
}

/** True for the error a cancelled run ends with. */
export const isCancelled = (error: unknown, signal?: AbortSignal): boolean =>
  error instanceof RunCancelledError ||
  (signal?.aborted === true && error === signal.reason) ||
  (error instanceof DOMException && error.name === 'AbortError');

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  throw signal.reason instanceof Error ? signal.reason : new RunCancelledError();
}

/**
 * Hands the main thread back to the page: a new task (setTimeout 0) runs after the tasks already queued —
 * clicks, key presses, rendering. `scheduler.yield()` and a MessageChannel message were tried first: their
 * continuations came back so quickly that other tasks waited seconds behind a long run (a click in the
 * e2e test was answered only when Validate had finished). setTimeout's 4 ms clamp after a few nestings is
 * why the sliced pace gives a turn only every `workMsPerTurn` ms of work rather than after every slice.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Requests per simulated second of the traffic running now. */
function currentRate(world: World): number {
  return world.traffic.snapshot().sources.reduce((sum, s) => sum + s.ratePerSecond, 0);
}

const DEFAULT_REQUESTS_PER_SLICE = 5_000;
const DEFAULT_MAX_SLICE_MS = 60_000;

/**
 * The simulated time one slice may take in this world now: at most `requestsPerSlice` requests at the
 * current traffic rate, between one second and `maxSliceMs`. The player's watched run uses it too.
 */
export function sliceMsFor(
  world: World,
  requestsPerSlice = DEFAULT_REQUESTS_PER_SLICE,
  maxSliceMs = DEFAULT_MAX_SLICE_MS,
): number {
  const rate = currentRate(world);
  const bySize = rate > 0 ? Math.floor((requestsPerSlice / rate) * 1000) : maxSliceMs;
  return Math.max(1000, Math.min(maxSliceMs, bySize));
}

/** In slices that yield to the page between them, reporting progress and stopping when `signal` fires. */
export function sliced(options: SliceOptions = {}): Pace {
  const {
    signal,
    onProgress,
    yieldNow = yieldToPage,
    requestsPerSlice = DEFAULT_REQUESTS_PER_SLICE,
    maxSliceMs = DEFAULT_MAX_SLICE_MS,
    workMsPerTurn = 10,
    now = () => performance.now(),
  } = options;
  let doneMs = 0;
  let turnStarted = now();
  const turn = async () => {
    if (now() - turnStarted < workMsPerTurn) return;
    await yieldNow();
    turnStarted = now();
  };
  return {
    async advance(world, ms) {
      let left = ms;
      while (left > 0) {
        throwIfAborted(signal);
        const slice = Math.min(left, sliceMsFor(world, requestsPerSlice, maxSliceMs));
        world.advance(slice);
        left -= slice;
        doneMs += slice;
        onProgress?.({ doneMs });
        await turn();
      }
      throwIfAborted(signal);
    },
    async checkpoint() {
      throwIfAborted(signal);
      await turn();
      throwIfAborted(signal);
    },
  };
}
