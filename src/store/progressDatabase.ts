import Dexie, { type Table } from 'dexie';
import { declareSchema } from './migrations';
import type {
  ActivityDayRecord,
  AttemptRecord,
  ItemStatsRecord,
  ExamSessionRecord,
  MetaRecord,
  NoteReadRecord,
  ReviewCardRecord,
  ScenarioRunRecord,
  SettingRecord,
  TableName,
} from './records';

export interface DatabaseEnvironment {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The Dexie database; a typed table per record kind. */
export class ProgressDatabase extends Dexie {
  declare attempts: Table<AttemptRecord, string>;
  declare reviewCards: Table<ReviewCardRecord, string>;
  declare scenarioRuns: Table<ScenarioRunRecord, string>;
  declare notesRead: Table<NoteReadRecord, string>;
  declare examSessions: Table<ExamSessionRecord, string>;
  declare settings: Table<SettingRecord, string>;
  declare meta: Table<MetaRecord, string>;
  declare itemStats: Table<ItemStatsRecord, string>;
  declare activityDays: Table<ActivityDayRecord, string>;

  constructor(name: string, environment: DatabaseEnvironment = {}) {
    // autoOpen false: the store opens explicitly so that a failed open can fall back to memory.
    super(name, { ...environment, autoOpen: false });
    declareSchema(this);
  }

  /** The table object itself (not `db.table(name)`, which inside a transaction may be another instance). */
  tableNamed(name: TableName): Table {
    return this[name] as Table;
  }

  /** Every table, derived ones included, for transactions that span them all. */
  allTables(): Table[] {
    return [
      this.attempts,
      this.reviewCards,
      this.scenarioRuns,
      this.notesRead,
      this.examSessions,
      this.settings,
      this.meta,
      this.itemStats,
      this.activityDays,
    ];
  }
}
