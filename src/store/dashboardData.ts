import { addDays, dayKey } from './calendarDays';
import type { DescribeItem } from './itemInfo';
import type { AttemptRecord, NoteReadRecord, ScenarioRunRecord } from './records';
import { defaultMasteryBasis, masteryByGroup, type MasteryBasis, type MasteryEntry, type Outcome } from './recencyMastery';

export interface DayCount {
  day: string;
  count: number;
}

export interface WeakTrap extends MasteryEntry {
  /** Scenarios that rehearse the trap: the trap tag itself (trap tags are scenario ids) and any run scenario tagged with it. */
  scenarioIds: string[];
}

export interface Dashboard {
  generatedAt: string;
  utcOffsetMinutes: number;
  masteryBasis: MasteryBasis;
  masteryByTopic: MasteryEntry[];
  masteryByTrap: MasteryEntry[];
  /** Days with any activity (answers, scenario runs, notes read) in the last `activityDays` days, oldest first. */
  activity: DayCount[];
  /** 14 entries from today; reviews already overdue are counted today. */
  reviewsDue: DayCount[];
  /** Consecutive days with activity ending today, or ending yesterday when today has none yet. */
  streak: { days: number; activeToday: boolean };
  weakestTraps: WeakTrap[];
}

export interface DashboardInput {
  attempts: readonly AttemptRecord[];
  scenarioRuns: readonly ScenarioRunRecord[];
  notesRead: readonly NoteReadRecord[];
  /** Due instants of the question and scenario cards. */
  cardDues: readonly number[];
}

export interface DashboardOptions {
  describeItem: DescribeItem;
  utcOffsetMinutes: number;
  activityDays?: number;
  weakestTrapCount?: number;
  basis?: MasteryBasis;
}

/**
 * A scenario run counts as correct only when the learner both foresaw what would happen (when the
 * scenario asks) and then reached the goal: predicting the trap is the exam skill, fixing it the lab skill.
 */
function scenarioOutcome(run: ScenarioRunRecord): Outcome {
  return { itemId: run.scenarioId, correct: run.goalReached && run.predictionCorrect !== false, at: run.at };
}

export function computeDashboard(now: Date, input: DashboardInput, options: DashboardOptions): Dashboard {
  const { describeItem, utcOffsetMinutes } = options;
  const basis = options.basis ?? defaultMasteryBasis;
  const activityDays = options.activityDays ?? 365;
  const today = dayKey(now.getTime(), utcOffsetMinutes);

  const outcomes: Outcome[] = input.attempts.map((a) => ({ itemId: a.itemId, correct: a.correct, at: a.at }));
  for (const run of input.scenarioRuns) outcomes.push(scenarioOutcome(run));

  const masteryByTopic = masteryByGroup(outcomes, (id) => {
    const topic = describeItem(id)?.topic;
    return topic ? [topic] : [];
  }, now, basis);
  const masteryByTrap = masteryByGroup(outcomes, (id) => describeItem(id)?.traps ?? [], now, basis);

  const firstActivityDay = addDays(today, -(activityDays - 1));
  const perDay = new Map<string, number>();
  const countDay = (at: number) => {
    const day = dayKey(at, utcOffsetMinutes);
    if (day < firstActivityDay || day > today) return;
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  };
  for (const a of input.attempts) countDay(a.at);
  for (const r of input.scenarioRuns) countDay(r.at);
  for (const n of input.notesRead) countDay(n.at);
  const activity = [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count }));

  const reviewsDue: DayCount[] = Array.from({ length: 14 }, (_, i) => ({ day: addDays(today, i), count: 0 }));
  const lastForecastDay = reviewsDue[13].day;
  for (const due of input.cardDues) {
    const day = dayKey(due, utcOffsetMinutes);
    if (day > lastForecastDay) continue;
    const index = day <= today ? 0 : reviewsDue.findIndex((d) => d.day === day);
    reviewsDue[index].count += 1;
  }

  const activeToday = perDay.has(today);
  let streakDays = 0;
  for (let day = activeToday ? today : addDays(today, -1); perDay.has(day); day = addDays(day, -1)) streakDays++;

  const scenariosByTrap = new Map<string, Set<string>>();
  for (const run of input.scenarioRuns) {
    for (const trap of describeItem(run.scenarioId)?.traps ?? []) {
      let set = scenariosByTrap.get(trap);
      if (!set) scenariosByTrap.set(trap, (set = new Set()));
      set.add(run.scenarioId);
    }
  }
  const weakestTraps = [...masteryByTrap]
    .sort((a, b) => a.mastery - b.mastery || b.weight - a.weight || a.key.localeCompare(b.key))
    .slice(0, options.weakestTrapCount ?? 5)
    .map((entry) => ({ ...entry, scenarioIds: [...new Set([entry.key, ...(scenariosByTrap.get(entry.key) ?? [])])] }));

  return {
    generatedAt: now.toISOString(),
    utcOffsetMinutes,
    masteryBasis: basis,
    masteryByTopic,
    masteryByTrap,
    activity,
    reviewsDue,
    streak: { days: streakDays, activeToday },
    weakestTraps,
  };
}
