import type { ExportDocument } from './exportFormat';
import type { TableName } from './records';

/**
 * Checks an import against the learner's clock: a record of something that happened (an answer, a
 * review, a note read) cannot lie in the future. One from a device whose clock runs a little ahead is
 * fine; anything later would make every later review of it fail ("Invalid delta_t") or weigh
 * mastery with a weight above 1. The allowance is our choice: 10 minutes covers clocks that drift
 * between devices without letting a record from tomorrow in.
 */
export const clockSkewMs = 10 * 60_000;

const labels: Record<TableName, string> = {
  attempts: 'Answer',
  reviewCards: 'Review card',
  scenarioRuns: 'Scenario run',
  notesRead: 'Note read',
  examSessions: 'Exam',
  settings: 'Setting',
  meta: 'Meta entry',
};

/** Fields that record when something happened, per table (due dates and deadlines may be ahead). */
const pastFields: Record<TableName, readonly string[]> = {
  attempts: ['at'],
  reviewCards: ['lastReview', 'updatedAt'],
  scenarioRuns: ['at'],
  notesRead: ['firstReadAt', 'at'],
  examSessions: ['startedAt', 'submittedAt', 'updatedAt'],
  settings: ['updatedAt'],
  meta: ['updatedAt'],
};

/** "Review card 3 (question:q1), field lastReview: …": the record as the learner can find it in the file. */
export function describeRecordIssue(data: unknown, path: readonly PropertyKey[], message: string): string {
  const [root, table, index, ...field] = path;
  if (root !== 'data' || typeof table !== 'string' || !Object.hasOwn(labels, table) || typeof index !== 'number') {
    const where = path.length ? path.map(String).join('.') : 'the file';
    return `The progress file has an invalid entry at ${where}: ${message}.`;
  }
  const record = (data as Record<string, unknown[]> | undefined)?.[table]?.[index] as
    Record<string, unknown> | undefined;
  const key = record?.id ?? record?.noteId ?? record?.key;
  const name = typeof key === 'string' ? ` (${key.slice(0, 80)})` : '';
  const what = field.length ? `, field ${field.map(String).join('.')}` : '';
  const at = path.map(String).join('.');
  return `${labels[table as TableName]} ${index + 1}${name}${what} ${message} (at ${at}). Nothing was imported; fix or remove that record and try again.`;
}

/** The first record dated after `nowMs` plus the allowed skew, described for the learner; undefined when none is. */
export function futureRecordIssue(document: ExportDocument, nowMs: number): string | undefined {
  const latest = nowMs + clockSkewMs;
  for (const table of Object.keys(pastFields) as TableName[]) {
    const records: readonly object[] = document.data[table];
    for (const [index, record] of records.entries()) {
      for (const field of pastFields[table]) {
        const at: unknown = Reflect.get(record, field);
        if (typeof at === 'number' && at > latest)
          return describeRecordIssue(
            { [table]: records },
            ['data', table, index, field],
            `is ${new Date(at).toISOString()}, later than now`,
          );
      }
      if (table === 'examSessions') {
        const answers = (Reflect.get(record, 'answers') ?? []) as { at: number }[];
        const late = answers.findIndex((a) => a.at > latest);
        if (late >= 0)
          return describeRecordIssue(
            { [table]: records },
            ['data', table, index, 'answers', late, 'at'],
            `is ${new Date(answers[late]!.at).toISOString()}, later than now`, // found just above
          );
      }
    }
  }
  return undefined;
}
