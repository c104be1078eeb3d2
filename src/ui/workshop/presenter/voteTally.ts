/**
 * The room's votes on a prediction, counted by the facilitator (+1 per hand). Plain data so that a
 * vote never depends on a component and can be tested without one.
 */
export type VoteTally = Readonly<Record<string, number>>;

export function emptyTally(choiceIds: readonly string[]): VoteTally {
  return Object.fromEntries(choiceIds.map((id) => [id, 0]));
}

/** One more vote for a choice; an id that is not a choice leaves the tally unchanged. */
export function addVote(tally: VoteTally, choiceId: string): VoteTally {
  if (!(choiceId in tally)) return tally;
  return { ...tally, [choiceId]: tally[choiceId]! + 1 }; // a choice of the tally: checked above
}

/** Takes back one vote (a miscount); never below zero. */
export function removeVote(tally: VoteTally, choiceId: string): VoteTally {
  const votes = tally[choiceId];
  if (!(choiceId in tally) || votes === undefined || votes === 0) return tally;
  return { ...tally, [choiceId]: votes - 1 };
}

export function totalVotes(tally: VoteTally): number {
  return Object.values(tally).reduce((sum, n) => sum + n, 0);
}

/** Whole-percent share of each choice, for the bars on the projector; 0 everywhere before any vote. */
export function voteShares(tally: VoteTally): Record<string, number> {
  const total = totalVotes(tally);
  return Object.fromEntries(
    Object.entries(tally).map(([id, n]) => [id, total === 0 ? 0 : Math.round((n / total) * 100)]),
  );
}

/** How much of the room picked a correct choice: what the facilitator reads out after the reveal. */
export function shareRight(tally: VoteTally, correctIds: readonly string[]): number | null {
  const total = totalVotes(tally);
  if (total === 0) return null;
  const right = correctIds.reduce((sum, id) => sum + (tally[id] ?? 0), 0);
  return right / total;
}
