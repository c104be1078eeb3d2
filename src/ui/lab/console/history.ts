/**
 * The console's command history: ↑ walks back, ↓ walks forward, and the line being typed before
 * the walk started comes back at the end (as in bash/readline). Kept across reloads in
 * localStorage under a namespaced key, capped so that storage stays small.
 */
export const HISTORY_STORAGE_KEY = 'canary-lab:console-history';
export const HISTORY_LIMIT = 200;

/** The part of Storage the history needs (localStorage in the app, a Map-backed fake in tests). */
export type HistoryStorage = Pick<Storage, 'getItem' | 'setItem'>;

export class CommandHistory {
  #entries: string[];
  #limit: number;
  #storage: HistoryStorage | undefined;
  /** Index in #entries while walking; entries.length = not walking (at the draft line). */
  #cursor: number;
  #draft = '';

  constructor(options: { storage?: HistoryStorage; limit?: number; entries?: readonly string[] } = {}) {
    this.#limit = options.limit ?? HISTORY_LIMIT;
    this.#storage = options.storage;
    this.#entries = (options.entries ?? loadEntries(options.storage)).slice(-this.#limit);
    this.#cursor = this.#entries.length;
  }

  get entries(): readonly string[] {
    return this.#entries;
  }

  /** Records a line that ran; a blank line or a repeat of the last line is not stored twice (bash's ignoredups). */
  push(line: string): void {
    const trimmed = line.trim();
    if (trimmed && this.#entries[this.#entries.length - 1] !== trimmed) {
      this.#entries = [...this.#entries, trimmed].slice(-this.#limit);
      this.#save();
    }
    this.#cursor = this.#entries.length;
    this.#draft = '';
  }

  /** ↑: the previous line, or undefined at the oldest (the input keeps what it shows). */
  previous(current: string): string | undefined {
    if (this.#cursor === 0) return undefined;
    if (this.#cursor === this.#entries.length) this.#draft = current;
    this.#cursor -= 1;
    return this.#entries[this.#cursor];
  }

  /** ↓: the next line, then the draft typed before walking; undefined when not walking. */
  next(): string | undefined {
    if (this.#cursor >= this.#entries.length) return undefined;
    this.#cursor += 1;
    return this.#cursor === this.#entries.length ? this.#draft : this.#entries[this.#cursor];
  }

  clear(): void {
    this.#entries = [];
    this.#cursor = 0;
    this.#draft = '';
    this.#save();
  }

  #save(): void {
    try {
      this.#storage?.setItem(HISTORY_STORAGE_KEY, JSON.stringify(this.#entries));
    } catch {
      // storage full or blocked: the history still works for this visit
    }
  }
}

function loadEntries(storage: HistoryStorage | undefined): string[] {
  try {
    const raw = storage?.getItem(HISTORY_STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((e): e is string => typeof e === 'string') : [];
  } catch {
    return [];
  }
}
