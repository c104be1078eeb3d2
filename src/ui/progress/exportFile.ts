/** The name of a downloaded progress file; the date is the learner's local day of the export. */
export function exportFileName(exportedAt: Date): string {
  const local = new Date(exportedAt.getTime() - exportedAt.getTimezoneOffset() * 60_000);
  return `canary-lab-progress-${local.toISOString().slice(0, 10)}.json`;
}

/** Table names in the import preview, in words. */
export const tableTitles: Record<string, string> = {
  attempts: 'Answers',
  reviewCards: 'Review schedule',
  scenarioRuns: 'Scenario runs',
  notesRead: 'Notes read',
  examSessions: 'Practice exams',
  settings: 'Settings',
  meta: 'Other',
};
