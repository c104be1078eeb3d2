/** What the learning path needs from the progress store: notes read, scenarios solved, questions answered. */
import type { ProgressStore } from '../../store';
import type { PathFacts } from './pathProgress';

export async function loadPathFacts(store: ProgressStore): Promise<PathFacts> {
  const { db } = store;
  const [notes, solved, answered] = await Promise.all([
    db.notesRead.toCollection().primaryKeys(),
    db.scenarioRuns.filter((run) => run.goalReached).toArray(),
    // Indexed, so this reads the distinct ids without loading every attempt.
    db.attempts.orderBy('itemId').uniqueKeys(),
  ]);
  return {
    notesRead: new Set(notes),
    scenariosSolved: new Set(solved.map((run) => run.scenarioId)),
    questionsAnswered: new Set(answered as string[]),
  };
}

export const NO_FACTS: PathFacts = { notesRead: new Set(), scenariosSolved: new Set(), questionsAnswered: new Set() };
