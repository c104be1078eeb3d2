// Which notes the learner has marked as read, kept live from the progress store (IndexedDB), so the
// list, the note page and another open tab agree. If storage is unavailable (private mode, a
// blocked database) the Learn pages still work and say that read marks cannot be kept.
import type { liveQuery as LiveQuery, Subscription } from 'dexie';
import type { ProgressStore } from '../../store';
import { afterPagePainted } from '../pagePainted';
import { appStore } from '../storeContext.svelte';

export type NotesReadStatus = 'loading' | 'ready' | 'unavailable';

class NotesRead {
  #ids = $state<ReadonlySet<string>>(new Set());
  #status = $state<NotesReadStatus>('loading');
  #store: Promise<ProgressStore> | undefined;
  #subscription: Subscription | undefined;
  #users = 0;

  get status(): NotesReadStatus {
    return this.#status;
  }

  get count(): number {
    return this.#ids.size;
  }

  has(noteId: string): boolean {
    return this.#ids.has(noteId);
  }

  /** Starts watching the store; returns the function that stops (pages call it from onMount). */
  watch(): () => void {
    this.#users += 1;
    if (this.#users === 1) void this.#subscribe();
    return () => {
      this.#users -= 1;
      if (this.#users === 0) {
        this.#subscription?.unsubscribe();
        this.#subscription = undefined;
      }
    };
  }

  async markRead(noteId: string, now: Date = new Date()): Promise<void> {
    const store = await this.#open();
    await store.markNoteRead(now, noteId);
    // liveQuery will report it too; set it now so the button changes at once.
    this.#ids = new Set([...this.#ids, noteId]);
  }

  #open(): Promise<ProgressStore> {
    this.#store ??= appStore();
    return this.#store;
  }

  async #subscribe(): Promise<void> {
    let store: ProgressStore;
    let liveQuery: typeof LiveQuery;
    try {
      // Dexie arrives with the store (appStore loads it), not in the Learn page's own chunk, and only
      // once the note (or the list) has painted: the read marks follow (issue 18).
      await afterPagePainted();
      [store, { liveQuery }] = await Promise.all([this.#open(), import('dexie')]);
    } catch {
      this.#store = undefined;
      this.#status = 'unavailable';
      return;
    }
    if (this.#users === 0 || this.#subscription) return;
    this.#subscription = liveQuery(() => store.db.notesRead.toCollection().primaryKeys()).subscribe({
      next: (ids) => {
        this.#ids = new Set(ids);
        this.#status = 'ready';
      },
      error: () => {
        this.#status = 'unavailable';
      },
    });
  }
}

export const notesRead = new NotesRead();
