import type { CommandResult } from '../../../sim/cli';

/** A console line waiting its turn; `result` is set when its sender already ran it (the template editor). */
export interface QueuedLine {
  id: number;
  command: string;
  result?: CommandResult | undefined;
  /** Sent before the simulator was ready: the transcript shows it as waiting for the simulator. */
  early: boolean;
}

/**
 * The console's lines in the order they were sent, each run exactly once. Until `markReady()` (the
 * simulator's code loaded and the world built) lines only wait, so a learner can type as soon as the Lab
 * page paints (issue 18); afterwards they run one at a time, in order, lines sent during a run joining
 * the end (a paste, the template editor's Deploy).
 */
export class CommandQueue {
  readonly #items: QueuedLine[] = [];
  readonly #run: (line: QueuedLine) => Promise<void>;
  readonly #onChange: (waiting: readonly QueuedLine[], running: boolean) => void;
  #ready = false;
  #running = false;
  #nextId = 1;
  #idle: Promise<void> = Promise.resolve();

  /**
   * @param run runs one line (the console prints its output); awaited before the next starts
   * @param onChange told the lines still waiting, and whether one is running, after every change
   */
  constructor(
    run: (line: QueuedLine) => Promise<void>,
    onChange: (waiting: readonly QueuedLine[], running: boolean) => void = () => {},
  ) {
    this.#run = run;
    this.#onChange = onChange;
  }

  get ready(): boolean {
    return this.#ready;
  }

  /** How many lines wait (not counting one that runs). */
  get size(): number {
    return this.#items.length;
  }

  push(command: string, result?: CommandResult): void {
    this.#items.push({ id: this.#nextId++, command, result, early: !this.#ready });
    this.#changed();
    this.#drain();
  }

  /** The world is ready: the waiting lines run now, in order. Later calls do nothing. */
  markReady(): void {
    if (this.#ready) return;
    this.#ready = true;
    this.#drain();
  }

  /** Settles once every line sent so far has run (or at once when not ready). */
  idle(): Promise<void> {
    return this.#idle;
  }

  #changed(): void {
    this.#onChange([...this.#items], this.#running);
  }

  #drain(): void {
    if (this.#running || !this.#ready || this.#items.length === 0) return;
    this.#running = true;
    this.#idle = (async () => {
      try {
        while (this.#items.length > 0) {
          const line = this.#items.shift() as QueuedLine;
          this.#changed();
          await this.#run(line);
        }
      } finally {
        this.#running = false;
        this.#changed();
      }
    })();
  }
}
