import { createWorld, type World, type WorldSnapshot } from '../../sim';
import { momentOf, type Moment } from './moments';

import { DEFAULT_SPEED, type Speed } from './speeds';
export { SPEEDS, type Speed } from './speeds';

/** How the Lab sets a world up: a scenario's setup, a template deploy, or the learner's own commands. */
export type WorldSetup = (world: World) => void | Promise<void>;

export interface LabRuntimeOptions {
  seed?: number;
  setup?: WorldSetup;
  /** Simulated ms between time-travel frames. */
  historyEveryMs?: number;
  /** At most this many time-travel frames are kept (older ones are thinned). */
  historyLimit?: number;
  /** Injected for tests: the frame scheduler and the real clock. */
  frames?: { request(cb: (t: number) => void): number; cancel(id: number): void };
  /** Injected for tests: the real clock used to keep each animation frame's simulation work short. */
  realNow?: () => number;
  /** Real milliseconds of simulation work allowed per animation frame (the rest waits for the next frame). */
  frameBudgetMs?: number;
  /**
   * Set in the Lab's default world: a `sam deploy` that creates an alias nothing calls gets API Gateway
   * requests at this rate (console/templateTraffic.ts), so the template's canary is seen by traffic.
   */
  templateTrafficPerSecond?: number;
}

/** A time-travel frame: the world as it was, without the event log (entries are kept once, in the log). */
export type HistoryFrame = Omit<WorldSnapshot, 'events'> & { lastEventSeq: number };

/** Never advance more than this much simulated time in one animation frame, so a frame stays short. */
const MAX_SIM_MS_PER_FRAME = 60_000;
/**
 * While playing, simulated time is advanced in slices of at most this much, checking the frame budget
 * between slices: at 1,000 rps one second of simulated traffic is a few milliseconds of work.
 */
const PLAY_SLICE_MS = 1_000;
/** The run's moments kept for announcements and the scenario player (oldest dropped first). */
const MOMENTS_KEPT = 500;

/**
 * Drives one simulated world for the Lab page: play/pause, speed, skip to the next event, restart with
 * the same seed, and a time scrubber over recorded frames. Speed belongs here, never to the model
 * (architecture.md "Time"). Views read `view` (the live snapshot, or the frame being looked back at).
 */
export class LabRuntime {
  world: World;
  #seed: number;
  #setup: WorldSetup | undefined;
  #historyEveryMs: number;
  #historyLimit: number;
  #frames: NonNullable<LabRuntimeOptions['frames']>;
  #raf: number | undefined;
  #lastFrameAt: number | undefined;
  #unsubscribe: (() => void) | undefined;
  #nextHistoryAt = 0;
  #realNow: () => number;
  #frameBudgetMs: number;
  #unwatchMoments: (() => void) | undefined;
  /** Moments logged since they were last published (see #publishMoments). */
  #pendingMoments: Moment[] = [];
  #advancing = false;
  #publishQueued = false;

  /** The world as last published; a reactive field declared by its first assignment in the constructor. */
  live: WorldSnapshot;
  playing = $state(false);
  speed = $state<Speed>(DEFAULT_SPEED);
  /** Simulated time the learner scrubbed back to; null = following the live world. */
  viewTime = $state<number | null>(null);
  history = $state.raw<HistoryFrame[]>([]);
  /**
   * Simulated ms per real ms actually achieved over the last frames: lower than `speed` when the
   * world is too busy to simulate that fast within a frame's budget.
   */
  achievedSpeed = $state(0);
  ready = $state(false);
  setupError = $state<string | null>(null);
  /** Pause at moments that matter (moments.ts); the learner can turn it off. */
  autoPause = $state(true);
  /** Every moment of this run so far, oldest first. */
  moments = $state.raw<Moment[]>([]);
  /** The moments the run is paused at (the callout), empty when there is nothing to look at. */
  callout = $state.raw<Moment[]>([]);

  view = $derived.by<WorldSnapshot>(() => {
    if (this.viewTime === null || this.history.length === 0) return this.live;
    const frame = this.#frameAt(this.viewTime);
    if (!frame) return this.live;
    return { ...frame, events: this.live.events.filter((e) => e.seq <= frame.lastEventSeq) };
  });

  /** See LabRuntimeOptions.templateTrafficPerSecond; undefined: deploys start no traffic. */
  readonly templateTrafficPerSecond: number | undefined;

  constructor(options: LabRuntimeOptions = {}) {
    this.templateTrafficPerSecond = options.templateTrafficPerSecond;
    this.#seed = options.seed ?? 42;
    this.#setup = options.setup;
    this.#historyEveryMs = options.historyEveryMs ?? 5_000;
    this.#historyLimit = options.historyLimit ?? 4_000;
    this.#realNow = options.realNow ?? (() => performance.now());
    this.#frameBudgetMs = options.frameBudgetMs ?? 10;
    this.#frames = options.frames ?? {
      request: (cb) => requestAnimationFrame(cb),
      cancel: (id) => cancelAnimationFrame(id),
    };
    this.world = createWorld({ seed: this.#seed });
    this.live = $state.raw(this.world.snapshot());
  }

  get seed(): number {
    return this.#seed;
  }

  /** Builds the world from its setup. Call once after construction (and `restart` calls it again). */
  async init(): Promise<void> {
    this.#stopListening();
    this.ready = false;
    this.setupError = null;
    this.history = [];
    this.viewTime = null;
    this.moments = [];
    this.callout = [];
    this.#pendingMoments = [];
    try {
      await this.#setup?.(this.world);
    } catch (e) {
      this.setupError = e instanceof Error ? e.message : String(e);
    }
    this.#listen();
    this.#watchMoments();
    this.live = this.world.snapshot();
    this.#nextHistoryAt = this.live.time;
    this.#record();
    this.ready = true;
  }

  play(): void {
    if (this.playing) return;
    this.callout = [];
    this.viewTime = null;
    this.playing = true;
    this.#lastFrameAt = undefined;
    this.#raf = this.#frames.request((t) => this.#tick(t));
  }

  pause(): void {
    this.playing = false;
    if (this.#raf !== undefined) this.#frames.cancel(this.#raf);
    this.#raf = undefined;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Closes the callout and plays on (the callout's Continue). */
  continueRun(): void {
    this.callout = [];
    this.play();
  }

  /** Closes the callout and stays paused. */
  dismissCallout(): void {
    this.callout = [];
  }

  setAutoPause(on: boolean): void {
    this.autoPause = on;
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
  }

  /** Advances simulated time by `ms` at once (buttons, tests, scenario auto-play). */
  step(ms: number): void {
    this.viewTime = null;
    this.#advance(ms);
  }

  /** Jumps to the next scheduled event that is not routine (a traffic shift, a hook, a timeout…). */
  skipToNextEvent(): boolean {
    const next = this.world.nextEventTime();
    if (next === undefined) return false;
    this.step(Math.max(0, next - this.world.clock.now()));
    return true;
  }

  /** Runs the same setup again on a fresh world with the same seed: the same run, replayed. */
  async restart(): Promise<void> {
    this.pause();
    this.#stopListening();
    this.#unwatchMoments?.();
    this.#unwatchMoments = undefined;
    this.world = createWorld({ seed: this.#seed });
    this.live = this.world.snapshot();
    await this.init();
  }

  /** Looks back at simulated time `t` (clamped to what was recorded); pauses the run. */
  scrubTo(t: number | null): void {
    if (t === null) {
      this.viewTime = null;
      return;
    }
    this.pause();
    const first = this.history[0]?.time ?? this.live.time;
    this.viewTime = Math.min(Math.max(t, first), this.live.time);
  }

  destroy(): void {
    this.pause();
    this.#stopListening();
    this.#unwatchMoments?.();
    this.#unwatchMoments = undefined;
  }

  #tick(t: number): void {
    if (!this.playing) return;
    const dt = this.#lastFrameAt === undefined ? 0 : Math.min(t - this.#lastFrameAt, 250);
    this.#lastFrameAt = t;
    if (dt > 0) {
      const wanted = Math.min(dt * this.speed, MAX_SIM_MS_PER_FRAME);
      const done = this.#advance(wanted, this.#realNow() + this.#frameBudgetMs);
      // Smoothed, so the label does not flicker from frame to frame.
      this.achievedSpeed = this.achievedSpeed === 0 ? done / dt : this.achievedSpeed * 0.8 + (done / dt) * 0.2;
    }
    this.#raf = this.#frames.request((next) => this.#tick(next));
  }

  /**
   * Advances up to `ms` of simulated time; with a real-time `deadline`, stops early once it has
   * passed (at least one slice always runs). Returns the simulated ms actually advanced.
   */
  #advance(ms: number, deadline?: number): number {
    let left = ms;
    let recorded: WorldSnapshot | undefined;
    // Nobody listens while advancing: the world snapshots the whole simulation for each notification
    // it sends, and one snapshot at the end is all the views need (bench/lab-frames.mjs).
    const wasListening = this.#unsubscribe !== undefined;
    this.#stopListening();
    this.#advancing = true;
    try {
      // Advance in history-sized slices so the scrubber has a frame every `historyEveryMs`.
      while (left > 0) {
        const toHistory = Math.max(1, this.#nextHistoryAt + this.#historyEveryMs - this.world.clock.now());
        const slice = Math.min(left, toHistory, deadline === undefined ? Infinity : PLAY_SLICE_MS);
        this.world.advance(slice);
        left -= slice;
        recorded = this.world.clock.now() >= this.#nextHistoryAt + this.#historyEveryMs ? this.#record() : undefined;
        if (deadline !== undefined && this.#realNow() >= deadline) break;
        // While playing, stop right after a moment that matters so the views show it as it is.
        if (deadline !== undefined && this.autoPause && this.#pendingMoments.length > 0) break;
      }
    } finally {
      this.#advancing = false;
      if (wasListening) this.#listen();
      // A history frame taken at the very end is the live world too: one snapshot instead of two.
      this.live = recorded && recorded.time === this.world.clock.now() ? recorded : this.world.snapshot();
      this.#publishMoments();
    }
    return ms - left;
  }

  /** Collects moments as the world logs them (the world is re-created on restart, so re-attach then). */
  #watchMoments(): void {
    this.#unwatchMoments?.();
    const world = this.world;
    this.#unwatchMoments = world.log.onEntry((entry) => {
      const moment = momentOf(entry);
      if (!moment) return;
      this.#pendingMoments.push(moment);
      // A learner's click or command logs outside #advance: publish once the action has finished.
      if (!this.#advancing && !this.#publishQueued) {
        this.#publishQueued = true;
        queueMicrotask(() => {
          this.#publishQueued = false;
          if (world === this.world) this.#publishMoments();
        });
      }
    });
  }

  /** Records pending moments and, with auto-pause on, pauses at them with a callout. */
  #publishMoments(): void {
    if (this.#pendingMoments.length === 0) return;
    const fresh = this.#pendingMoments;
    this.#pendingMoments = [];
    const all = [...this.moments, ...fresh];
    this.moments = all.length > MOMENTS_KEPT ? all.slice(all.length - MOMENTS_KEPT) : all;
    if (!this.autoPause) return;
    this.pause();
    this.callout = [...this.callout, ...fresh].slice(-6);
  }

  #listen(): void {
    this.#stopListening();
    this.#unsubscribe = this.world.subscribe((s) => {
      this.live = s;
    });
  }

  #stopListening(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #record(): WorldSnapshot {
    const snapshot = this.world.snapshot();
    const { events, ...rest } = snapshot;
    const frame: HistoryFrame = { ...rest, lastEventSeq: events.at(-1)?.seq ?? 0 };
    let next = [...this.history, frame];
    // Thin the oldest half when over the limit: long runs keep coarse history, recent runs fine history.
    if (next.length > this.#historyLimit) {
      const half = Math.floor(next.length / 2);
      next = [...next.slice(0, half).filter((_, i) => i % 2 === 0), ...next.slice(half)];
    }
    this.history = next;
    this.#nextHistoryAt = frame.time;
    return snapshot;
  }

  #frameAt(t: number): HistoryFrame | undefined {
    const h = this.history;
    let lo = 0;
    let hi = h.length - 1;
    if (hi < 0 || h[0]!.time > t) return h[0];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1; // lo < mid <= hi: always a valid index
      if (h[mid]!.time <= t) lo = mid;
      else hi = mid - 1;
    }
    return h[lo];
  }
}
