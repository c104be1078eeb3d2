/**
 * Reads of past practice for the Review and Results screens. The store's API has no list queries,
 * so these read its Dexie tables through the indexes it declares (attempts.at,
 * attempts.examSessionId, examSessions.startedAt).
 */
import type { AttemptRecord, ExamSessionRecord, ProgressStore } from '../../store';

export async function examWithAttempts(
  store: ProgressStore,
  sessionId: string,
): Promise<{ session: ExamSessionRecord; attempts: AttemptRecord[] } | null> {
  const session = await store.db.examSessions.get(sessionId);
  if (!session) return null;
  const attempts = await store.db.attempts.where('examSessionId').equals(sessionId).toArray();
  return { session, attempts };
}

/** Most recent first. */
export const recentAttempts = (store: ProgressStore, limit = 200): Promise<AttemptRecord[]> =>
  store.db.attempts.orderBy('at').reverse().limit(limit).toArray();

/** Submitted exams, most recent first. */
export async function pastExams(store: ProgressStore, limit = 20): Promise<ExamSessionRecord[]> {
  const sessions = await store.db.examSessions
    .orderBy('startedAt')
    .reverse()
    .limit(limit * 2)
    .toArray();
  return sessions.filter((s) => s.status === 'submitted').slice(0, limit);
}
