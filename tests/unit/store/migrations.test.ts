import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createProgressStore, type AllTables } from '../../../src/store';
import { currentSchemaVersion, declareSchema, schemaHistory } from '../../../src/store/migrations';
import { tableNames } from '../../../src/store/records';
import { uniqueName } from './testStore';

interface SchemaFixture {
  schemaVersion: number;
  description: string;
  /** Every table that existed at that version, derived ones included. */
  tables: AllTables & Partial<Record<'itemStats' | 'activityDays', unknown[]>>;
  /** The exported tables as the current code must read them; absent when upgrading leaves them unchanged. */
  expectedAfterUpgrade?: AllTables;
  /** Derived tables the upgrade must build (hand-computed). */
  expectedDerivedAfterUpgrade?: { itemStats: unknown[]; activityDays: unknown[] };
}

// The v1→v2 upgrade files past activity under the machine's local day; pin the zone the fixtures were computed in.
process.env.TZ = 'UTC';

const fixtures = Object.values(
  import.meta.glob<SchemaFixture>('./fixtures/schema-v*.json', { eager: true, import: 'default' }),
);

/** Writes a fixture with exactly the schema steps that existed at its version, as that release would have. */
async function buildDatabaseAt(fixture: SchemaFixture, factory: IDBFactory, name: string) {
  const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  declareSchema(
    old,
    schemaHistory.filter((step) => step.version <= fixture.schemaVersion),
  );
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows as unknown[]);
  });
  expect(old.verno).toBe(fixture.schemaVersion);
  old.close();
}

describe('schema history', () => {
  it('versions increase one step at a time and the current version is the last', () => {
    expect(schemaHistory.map((s) => s.version)).toEqual(schemaHistory.map((_, i) => i + 1));
    expect(currentSchemaVersion).toBe(schemaHistory.length);
  });

  it('every schema version, the current one included, has a fixture database', () => {
    expect(fixtures.map((f) => f.schemaVersion).sort()).toEqual(schemaHistory.map((s) => s.version));
  });
});

describe.each(fixtures.map((f) => [f.schemaVersion, f] as const))(
  'a database written at schema v%i',
  (_version, fixture) => {
    it('opens with the current code in IndexedDB and reads back every record', async () => {
      const factory = new IDBFactory();
      const name = uniqueName();
      await buildDatabaseAt(fixture, factory, name);
      const store = await createProgressStore({ name, indexedDB: factory, IDBKeyRange });
      expect(store.persistence).toBe('indexeddb');
      expect(store.db.verno).toBe(currentSchemaVersion);
      const exported = await store.exportAll(new Date('2026-03-02T00:00:00Z'));
      expect(exported.data).toEqual(
        fixture.expectedAfterUpgrade ?? Object.fromEntries(tableNames.map((t) => [t, fixture.tables[t]])),
      );
      const derived = fixture.expectedDerivedAfterUpgrade ?? {
        itemStats: fixture.tables.itemStats,
        activityDays: fixture.tables.activityDays,
      };
      expect(await store.db.itemStats.toArray()).toEqual(derived.itemStats);
      expect(await store.db.activityDays.toArray()).toEqual(derived.activityDays);
      store.close();
    });

    it('keeps working after the upgrade: the exam resumes, reviews are due, new answers are saved', async () => {
      const factory = new IDBFactory();
      const name = uniqueName();
      await buildDatabaseAt(fixture, factory, name);
      const store = await createProgressStore({ name, indexedDB: factory, IDBKeyRange, utcOffsetMinutes: 0 });
      const now = new Date('2026-03-01T10:00:00Z');
      const exam = await store.getActiveExam(now);
      expect(exam?.id).toBe('exam-1');
      expect(exam?.flaggedQuestionIds).toEqual(['q-alarms-2']);
      expect((await store.dueItems(now)).map((d) => d.itemId)).toEqual(['q-hooks-1']);
      expect((await store.getSettings()).theme).toBe('dark');
      await store.recordAttempt(now, {
        itemId: 'q-hooks-1',
        chosenOptionIds: ['b'],
        correct: true,
        durationMs: 9_000,
        mode: 'review',
        id: 'a-3',
      });
      expect(await store.db.attempts.count()).toBe(fixture.tables.attempts.length + 1);
      const hooks = await store.db.itemStats.get('question:q-hooks-1');
      expect(hooks?.outcomes).toBe(2);
      const dashboard = await store.dashboard(now, {
        utcOffsetMinutes: 0,
        describeItem: (id) => (id === 'q-hooks-1' ? { topic: 'hooks', traps: [] } : undefined),
      });
      expect(dashboard.masteryByTopic.map((m) => [m.key, m.outcomes, m.mastery])).toEqual([['hooks', 2, 1]]);
      expect(dashboard.activity).toEqual([{ day: '2026-03-01', count: 5 }]);
      store.close();
    });
  },
);
