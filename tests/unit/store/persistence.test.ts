import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createProgressStore, ReloadRequiredError, StorageQuotaError } from '../../../src/store';
import { at, createTestStore, uniqueName } from './testStore';

const t0 = at('2026-03-01T09:00:00Z');
const answer = { itemId: 'q1', chosenOptionIds: ['a'], correct: true, durationMs: 5_000, mode: 'drill' as const };

describe('where progress is kept', () => {
  it('uses IndexedDB when the browser offers it', async () => {
    const store = await createTestStore();
    expect(store.persistence).toBe('indexeddb');
    expect(store.persistenceReason).toBeNull();
    store.close();
  });

  it('falls back to memory, with a reason to show, when there is no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const store = await createProgressStore({ name: uniqueName() });
      expect(store.persistence).toBe('memory');
      expect(store.persistenceIssue).toBe('no-indexeddb');
      expect(store.persistenceReason).toMatch(/no IndexedDB.*until this tab closes/);
      await store.recordAttempt(t0, answer);
      expect(await store.db.attempts.count()).toBe(1);
      store.close();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('falls back to memory when opening fails, as in a private window', async () => {
    const refusing = new IDBFactory();
    refusing.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const store = await createProgressStore({ name: uniqueName(), indexedDB: refusing, IDBKeyRange });
    expect(store.persistence).toBe('memory');
    expect(store.persistenceIssue).toBe('open-failed');
    expect(store.persistenceReason).toMatch(/refused to open storage \(SecurityError/);
    await store.recordAttempt(t0, answer);
    expect((await store.dueItems(at('2026-03-01T10:00:00Z'))).map((d) => d.itemId)).toEqual(['q1']);
    store.close();
  });

  it('each in-memory fallback is a fresh, private database', async () => {
    const refusing = new IDBFactory();
    refusing.open = () => {
      throw new DOMException('blocked', 'InvalidStateError');
    };
    const name = uniqueName();
    const a = await createProgressStore({ name, indexedDB: refusing });
    await a.recordAttempt(t0, answer);
    const b = await createProgressStore({ name, indexedDB: refusing });
    expect(await b.db.attempts.count()).toBe(0);
    a.close();
    b.close();
  });

  it('a database saved by a newer release is not overwritten: memory, and a reason asking to reload', async () => {
    const factory = new IDBFactory();
    const name = uniqueName();
    const newer = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    newer.version(7).stores({ attempts: 'id' });
    await newer.open();
    newer.close();
    const store = await createProgressStore({ name, indexedDB: factory, IDBKeyRange });
    expect(store.persistence).toBe('memory');
    expect(store.persistenceIssue).toBe('newer-version');
    expect(store.persistenceReason).toMatch(/newer version of Canary Lab\. Reload/);
    store.close();
  });
});

describe('running out of storage', () => {
  it('surfaces a typed quota error and leaves nothing half-written (the card update is rolled back)', async () => {
    const store = await createTestStore();
    const add = vi.spyOn(store.db.attempts, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await store.recordAttempt(t0, answer).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect((error as StorageQuotaError).message).toMatch(/no storage space left.*nothing from this action was saved/);
    expect(await store.db.reviewCards.count()).toBe(0);
    expect(await store.db.itemStats.count()).toBe(0);
    expect(await store.db.activityDays.count()).toBe(0);
    expect(await store.db.attempts.count()).toBe(0);
    add.mockRestore();
    await store.recordAttempt(t0, answer);
    expect(await store.db.reviewCards.count()).toBe(1);
    store.close();
  });

  it("recognises Dexie's wrapped form of the quota error as well", async () => {
    const store = await createTestStore();
    vi.spyOn(store.db.scenarioRuns, 'add').mockImplementation(() =>
      Dexie.Promise.reject(new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'))),
    );
    const error = await store
      .recordScenarioRun(t0, {
        scenarioId: 'pc-on-alias',
        seed: 1,
        predictedChoice: null,
        predictionCorrect: null,
        goalReached: true,
        durationMs: 1,
        hintsUsed: 0,
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect(await store.db.reviewCards.count()).toBe(0);
    store.close();
  });

  it('an import that hits the quota writes none of its records', async () => {
    const source = await createTestStore();
    await source.recordAttempt(t0, answer);
    await source.markNoteRead(t0, 'n1');
    const text = JSON.stringify(await source.exportAll(t0));
    const target = await createTestStore();
    const preview = await target.importPreview(text);
    vi.spyOn(target.db.notesRead, 'bulkPut').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(target.importApply(preview)).rejects.toBeInstanceOf(StorageQuotaError);
    expect(await target.db.attempts.count()).toBe(0);
    expect(await target.db.reviewCards.count()).toBe(0);
    source.close();
    target.close();
  });
});

describe('another tab upgrades the schema', () => {
  it('this tab closes its connection so the upgrade proceeds, and tells the UI to reload', async () => {
    const factory = new IDBFactory();
    const name = uniqueName();
    const store = await createProgressStore({ name, indexedDB: factory, IDBKeyRange });
    await store.recordAttempt(t0, answer);
    const statuses: string[] = [];
    store.onStatusChange((s) => statuses.push(s));

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const otherTab = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    otherTab.version(1).stores({ attempts: 'id, itemId, at, examSessionId' });
    otherTab.version(2).stores({ attempts: 'id, itemId, at, examSessionId, mode' });
    await otherTab.open(); // would hang (blocked) if this tab kept the old connection open
    warn.mockRestore();

    expect(store.status).toBe('reload-required');
    expect(statuses).toEqual(['reload-required']);
    await expect(store.recordAttempt(t0, answer)).rejects.toBeInstanceOf(ReloadRequiredError);
    expect(await otherTab.table('attempts').count()).toBe(1);
    otherTab.close();
  });
});
