import { addDays, dayKey } from './calendarDays';
import type { DescribeItem } from './itemInfo';
import type { ActivityDayRecord, ItemStatsRecord } from './records';
import { defaultMasteryBasis, masteryByGroup, type MasteryBasis, type MasteryEntry } from './recencyMastery';
import { byCodeUnits } from '../content/codeUnitOrder';

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
  /** Days with activity (answers, scenario runs, note reads) in the last `activityDays` days, oldest first. */
  activity: DayCount[];
  /** 14 entries from today; reviews already overdue are counted today. */
  reviewsDue: DayCount[];
  /** Consecutive days with activity ending today, or ending yesterday when today has none yet. */
  streak: { days: number; activeToday: boolean };
  weakestTraps: WeakTrap[];
}

export interface DashboardInput {
  itemStats: readonly ItemStatsRecord[];
  /** Activity per local day (filed when it happened). */
  activityDays: readonly ActivityDayRecord[];
  /** Due instants of the question and scenario cards. */
  cardDues: readonly number[];
}

export interface DashboardOptions {
  describeItem: DescribeItem;
  utcOffsetMinutes: number;
  activityDays?: number;
  weakestTrapCount?: number;
}

const dayMs = 86_400_000;

export function computeDashboard(now: Date, input: DashboardInput, options: DashboardOptions): Dashboard {
  const { describeItem, utcOffsetMinutes } = options;
  const activityDays = options.activityDays ?? 365;
  const offsetMs = utcOffsetMinutes * 60_000;
  // Day numbers in the learner's zone; strings are made only for the output.
  const dayNumber = (at: number) => Math.floor((at + offsetMs) / dayMs);
  const today = dayNumber(now.getTime());
  const todayKey = dayKey(now.getTime(), utcOffsetMinutes);
  const keyOf = (n: number) => addDays(todayKey, n - today);

  const masteryByTopic = masteryByGroup(
    input.itemStats,
    (id) => {
      const topic = describeItem(id)?.topic;
      return topic ? [topic] : [];
    },
    now,
  );
  const masteryByTrap = masteryByGroup(input.itemStats, (id) => describeItem(id)?.traps ?? [], now);

  const firstActivityDay = today - (activityDays - 1);
  const firstActivityKey = keyOf(firstActivityDay);
  const perDay = new Map<string, number>();
  for (const { day, count } of input.activityDays) {
    if (day < firstActivityKey || day > todayKey || count <= 0) continue;
    perDay.set(day, count);
  }
  // Day keys are YYYY-MM-DD: code-unit order is date order, with no ICU collator to build (issue 18).
  const activity = [...perDay.entries()].sort(([a], [b]) => byCodeUnits(a, b)).map(([day, count]) => ({ day, count }));

  const dueCounts = new Array<number>(14).fill(0);
  for (const due of input.cardDues) {
    if (!Number.isFinite(due)) continue;
    const offset = dayNumber(due) - today;
    if (offset < 14) dueCounts[Math.max(0, offset)]! += 1; // dueCounts holds 14 days: 0 ≤ index < 14
  }
  const reviewsDue = dueCounts.map((count, i) => ({ day: keyOf(today + i), count }));

  const activeToday = perDay.has(todayKey);
  let streakDays = 0;
  for (let day = activeToday ? todayKey : addDays(todayKey, -1); perDay.has(day); day = addDays(day, -1)) streakDays++;

  const scenariosByTrap = new Map<string, Set<string>>();
  for (const item of input.itemStats) {
    if (item.kind !== 'scenario') continue;
    for (const trap of describeItem(item.itemId)?.traps ?? []) {
      let set = scenariosByTrap.get(trap);
      if (!set) scenariosByTrap.set(trap, (set = new Set()));
      set.add(item.itemId);
    }
  }
  const weakestTraps = [...masteryByTrap]
    .sort((a, b) => a.mastery - b.mastery || b.weight - a.weight || a.key.localeCompare(b.key))
    .slice(0, options.weakestTrapCount ?? 5)
    .map((entry) => ({
      ...entry,
      scenarioIds: [...new Set([entry.key, ...[...(scenariosByTrap.get(entry.key) ?? [])].sort()])],
    }));

  return {
    generatedAt: now.toISOString(),
    utcOffsetMinutes,
    masteryBasis: defaultMasteryBasis,
    masteryByTopic,
    masteryByTrap,
    activity,
    reviewsDue,
    streak: { days: streakDays, activeToday },
    weakestTraps,
  };
}
