import { describe, expect, it } from 'vitest';
import {
  createProgressStore,
  type ActiveExam,
  watchActiveExam,
  watchDueItems,
  watchSettings,
  type DueItem,
  type Settings,
} from '../../../src/store';
import { at, uniqueName } from './testStore';

const t0 = at('2026-03-01T09:00:00Z');
const later = () => at('2026-03-01T10:00:00Z');

/** Resolves with the first emitted value that satisfies `accept`. */
function nextValue<T>(
  observable: { subscribe(o: { next(v: T): void; error(e: unknown): void }): { unsubscribe(): void } },
  accept: (v: T) => boolean,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = observable.subscribe({
      next: (value) => {
        if (accept(value)) {
          queueMicrotask(() => subscription.unsubscribe());
          resolve(value);
        }
      },
      error: reject,
    });
  });
}

describe('live views keep two connections (two tabs) consistent', () => {
  it('Review today in one tab updates when the other tab records an answer', async () => {
    const name = uniqueName();
    const tabA = await createProgressStore({ name });
    const tabB = await createProgressStore({ name });
    const seen: DueItem[][] = [];
    const updated = nextValue<DueItem[]>(watchDueItems(tabA, later), (items) => {
      seen.push(items);
      return items.length === 1;
    });
    await new Promise((r) => setTimeout(r, 50));
    await tabB.recordAttempt(t0, {
      itemId: 'q1',
      chosenOptionIds: ['a'],
      correct: false,
      durationMs: 5_000,
      mode: 'drill',
    });
    const items = await updated;
    expect(items.map((i) => i.itemId)).toEqual(['q1']);
    expect(seen[0]).toEqual([]);
    tabA.close();
    tabB.close();
  });

  it('settings changed in one tab reach the other', async () => {
    const name = uniqueName();
    const tabA = await createProgressStore({ name });
    const tabB = await createProgressStore({ name });
    const updated = nextValue<Settings>(watchSettings(tabA), (s) => s.theme === 'light');
    await new Promise((r) => setTimeout(r, 50));
    await tabB.setSetting(t0, 'theme', 'light');
    expect((await updated).theme).toBe('light');
    tabA.close();
    tabB.close();
  });

  it('the active exam view follows each saved answer', async () => {
    const store = await createProgressStore({ name: uniqueName() });
    const exam = await store.startExam(t0, {
      questionIds: ['q1', 'q2'],
      settings: { durationMinutes: 60, passMark: 0.7, topics: [] },
    });
    const updated = nextValue<ActiveExam | null>(watchActiveExam(store, later), (e) => (e?.answers.length ?? 0) === 1);
    await store.saveExamAnswer(t0, exam.id, 'q2', ['c']);
    expect((await updated)!.answers[0]!.questionId).toBe('q2');
    store.close();
  });
});
