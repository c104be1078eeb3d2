import { dayKey, localUtcOffsetMinutes } from './calendarDays';
import type { ActivityDayRecord, ItemStatsRecord, ScenarioRunRecord } from './records';

/** Half-life of an outcome's weight in mastery (see recencyMastery.ts for why). */
export const masteryHalfLifeDays = 14;

const dayMs = 86_400_000;

/** 0.5^(Δt / half-life): the weight, seen at time `to`, of something that happened at `from`. */
export function decay(from: number, to: number, halfLifeDays = masteryHalfLifeDays): number {
  return Math.pow(0.5, (to - from) / (halfLifeDays * dayMs));
}

/**
 * Adds one outcome to an item's running sums. Exponential weights let old sums be rescaled to a
 * new reference time exactly, so the result does not depend on the order outcomes arrive in
 * (an import may bring older ones after newer ones).
 */
export function addOutcome(
  stats: ItemStatsRecord | undefined,
  kind: ItemStatsRecord['kind'],
  itemId: string,
  correct: boolean,
  at: number,
): ItemStatsRecord {
  const base: ItemStatsRecord = stats ?? {
    id: `${kind}:${itemId}`,
    kind,
    itemId,
    outcomes: 0,
    weightedRight: 0,
    weightedTotal: 0,
    referenceAt: at,
    lastAt: at,
  };
  if (at >= base.referenceAt) {
    const rescale = decay(base.referenceAt, at);
    return {
      ...base,
      outcomes: base.outcomes + 1,
      weightedRight: base.weightedRight * rescale + (correct ? 1 : 0),
      weightedTotal: base.weightedTotal * rescale + 1,
      referenceAt: at,
      lastAt: Math.max(base.lastAt, at),
    };
  }
  const w = decay(at, base.referenceAt);
  return {
    ...base,
    outcomes: base.outcomes + 1,
    weightedRight: base.weightedRight + (correct ? w : 0),
    weightedTotal: base.weightedTotal + w,
  };
}

/** The item's sums as weighted from `now`. */
export function weightedAt(stats: ItemStatsRecord, now: number): { right: number; total: number } {
  // An outcome dated after `now` (a clock that ran ahead, or data from before imports were checked)
  // counts as if it were now: a weight above 1 would let one answer outweigh all others.
  const k = decay(Math.min(stats.referenceAt, now), now);
  const right = stats.weightedRight * k;
  const total = stats.weightedTotal * k;
  if (!Number.isFinite(right) || !Number.isFinite(total) || total < 0) return { right: 0, total: 0 };
  return { right: Math.min(Math.max(0, right), total), total };
}

/**
 * A scenario run counts as correct only when the learner both foresaw what would happen (when the
 * scenario asks) and then reached the goal: predicting the trap is the exam skill, fixing it the lab skill.
 */
export function scenarioRunCorrect(run: ScenarioRunRecord): boolean {
  return run.goalReached && run.predictionCorrect !== false;
}

/** The learner's calendar day of an instant; without an explicit offset, the machine's offset at that instant (DST-aware). */
export function activityDay(at: number, utcOffsetMinutes?: number): string {
  return dayKey(at, utcOffsetMinutes ?? localUtcOffsetMinutes(new Date(at)));
}

/** Builds the derived tables from history (schema upgrade and tests). */
export function deriveFromHistory(
  attempts: readonly { itemId: string; correct: boolean; at: number }[],
  runs: readonly ScenarioRunRecord[],
  noteReads: readonly { at: number }[],
  utcOffsetMinutes?: number,
): { itemStats: ItemStatsRecord[]; activityDays: ActivityDayRecord[] } {
  const stats = new Map<string, ItemStatsRecord>();
  const days = new Map<string, number>();
  const bump = (at: number) => {
    const day = activityDay(at, utcOffsetMinutes);
    days.set(day, (days.get(day) ?? 0) + 1);
  };
  for (const a of attempts) {
    stats.set(
      `question:${a.itemId}`,
      addOutcome(stats.get(`question:${a.itemId}`), 'question', a.itemId, a.correct, a.at),
    );
    bump(a.at);
  }
  for (const r of runs) {
    stats.set(
      `scenario:${r.scenarioId}`,
      addOutcome(stats.get(`scenario:${r.scenarioId}`), 'scenario', r.scenarioId, scenarioRunCorrect(r), r.at),
    );
    bump(r.at);
  }
  for (const n of noteReads) bump(n.at);
  return {
    itemStats: [...stats.values()],
    activityDays: [...days.entries()].map(([day, count]) => ({ day, count })),
  };
}
