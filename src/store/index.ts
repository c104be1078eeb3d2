export { createProgressStore } from './progressStore';
export type {
  ActiveExam,
  AttemptInput,
  DashboardCallOptions,
  DueItem,
  ExamResult,
  ImportPreview,
  ProgressStore,
  ProgressStoreOptions,
  ScenarioRunInput,
  StartExamInput,
  StoreStatus,
} from './progressStore';
export { watchActiveExam, watchDashboard, watchDueItems, watchSettings } from './watchProgress';
export type { Dashboard, DayCount, WeakTrap } from './dashboardData';
export type { ExamPlan, ExamPlanStatus, PlanDay } from './examPlan';
export type { ExportDocument } from './exportFormat';
export type { ImportChanges, TableChanges } from './importMerge';
export type { DescribeItem, ItemInfo, ItemRef } from './itemInfo';
export type { Persistence, PersistenceIssue } from './openDatabase';
export type { MasteryBasis, MasteryEntry } from './recencyMastery';
export type * from './records';
export { defaultSettings, type SettingKey, type Settings } from './settings';
export {
  ImportRejectedError,
  ReloadRequiredError,
  StorageQuotaError,
  StoreError,
  type ImportRejectionCode,
} from './storeErrors';
