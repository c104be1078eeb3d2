import { liveQuery, type Observable } from 'dexie';
import type { Dashboard } from './dashboardData';
import type { ActiveExam, DashboardCallOptions, DueItem, ProgressStore } from './progressStore';
import type { Settings } from './settings';

/*
 * Live views for the UI. Dexie's liveQuery re-runs the query whenever a table it read changes,
 * in this tab or another one (Dexie 4 broadcasts changes between same-origin tabs), so two open
 * tabs show the same progress. https://dexie.org/docs/liveQuery()
 * `now` is a function because these views outlive the instant they were created at.
 */

export function watchDueItems(store: ProgressStore, now: () => Date, limit?: number): Observable<DueItem[]> {
  return liveQuery(() => store.dueItems(now(), limit));
}

export function watchDashboard(
  store: ProgressStore,
  now: () => Date,
  options?: DashboardCallOptions,
): Observable<Dashboard> {
  return liveQuery(() => store.dashboard(now(), options));
}

export function watchActiveExam(store: ProgressStore, now: () => Date): Observable<ActiveExam | null> {
  return liveQuery(() => store.getActiveExam(now()));
}

export function watchSettings(store: ProgressStore): Observable<Settings> {
  return liveQuery(() => store.getSettings());
}
