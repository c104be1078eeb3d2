// The ```schedule blocks of the notes: a configuration name (or a custom `TimeBasedLinear 25 2`)
// turned into the exact shift plan by the simulator's own schedule function, so a note's diagram
// can never disagree with what the Lab does.
import { PREDEFINED_LAMBDA_CONFIGS, validateTrafficRoutingConfig } from '../sim/codedeploy/deploymentConfigs';
import { MINUTE_MS, trafficSchedule } from '../sim/codedeploy/trafficSchedule';
import type { TrafficRoutingConfig } from '../sim/codedeploy/types';

export interface ScheduleShift {
  /** Minutes after the first shift (AllowTraffic start). */
  minute: number;
  /** Share of traffic on the new version after this shift, 0–100. */
  percent: number;
}

export interface ParsedSchedule {
  ok: true;
  /** What the learner reads above the diagram, e.g. "CodeDeployDefault.LambdaCanary10Percent5Minutes". */
  label: string;
  routing: TrafficRoutingConfig;
  shifts: ScheduleShift[];
  /** Minutes from the first to the last shift. */
  spanMinutes: number;
}

export type ScheduleParseResult = ParsedSchedule | { ok: false; source: string; error: string };

const CUSTOM = /^(TimeBasedLinear|TimeBasedCanary)\s+(\S+)\s+(\S+)$/;

/** Reads the text of a ```schedule block; never throws (a bad block shows its error in place). */
export function parseScheduleBlock(source: string): ScheduleParseResult {
  const text = source.trim();
  const fail = (error: string): ScheduleParseResult => ({ ok: false, source: text, error });
  let routing: TrafficRoutingConfig;
  let label: string;
  const predefined = Object.hasOwn(PREDEFINED_LAMBDA_CONFIGS, text) ? PREDEFINED_LAMBDA_CONFIGS[text] : undefined;
  if (predefined) {
    routing = predefined;
    label = text;
  } else {
    const custom = CUSTOM.exec(text);
    if (!custom) {
      return fail(
        'Unknown schedule: use a CodeDeployDefault.Lambda… name, or "TimeBasedLinear <percent> <minutes>" or "TimeBasedCanary <percent> <minutes>".',
      );
    }
    const [, type, percentText, minutesText] = custom;
    const percentage = Number(percentText);
    const interval = Number(minutesText);
    const candidate: TrafficRoutingConfig =
      type === 'TimeBasedLinear'
        ? { type, timeBasedLinear: { linearPercentage: percentage, linearInterval: interval } }
        : { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: percentage, canaryInterval: interval } };
    try {
      // The simulator's own CreateDeploymentConfig rules (1–99 %, whole minutes, 2,880-minute span).
      routing = validateTrafficRoutingConfig(candidate);
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
    label =
      type === 'TimeBasedLinear'
        ? `Custom: ${percentage} % every ${interval} min (TimeBasedLinear)`
        : `Custom: ${percentage} % then the rest after ${interval} min (TimeBasedCanary)`;
  }
  const shifts = trafficSchedule(routing).map((step) => ({
    minute: step.atMs / MINUTE_MS,
    percent: Math.round(step.weight * 10_000) / 100,
  }));
  // trafficSchedule always returns at least one shift (all-at-once is one).
  return { ok: true, label, routing, shifts, spanMinutes: shifts[shifts.length - 1]!.minute };
}

/** One sentence a screen reader (and the figure caption) can say instead of the picture. */
export function describeSchedule(schedule: ParsedSchedule): string {
  const { shifts, spanMinutes } = schedule;
  if (shifts.length === 1) return 'All traffic moves to the new version in one shift at minute 0.';
  const list = shifts.map((shift) => `${formatPercent(shift.percent)} at minute ${shift.minute}`).join(', ');
  return `${shifts.length} shifts: ${list}. The last shift comes ${spanMinutes} minutes after the first.`;
}

export function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(2).replace(/0+$/, '')} %`;
}
