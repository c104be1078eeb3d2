import type { TrafficRoutingConfig } from './types';

/** One planned traffic shift: at `atMs` after AllowTraffic starts, `weight` (0–1) goes to the target version. */
export interface TrafficStep {
  atMs: number;
  weight: number;
}

export const MINUTE_MS = 60_000;

/** Percent → weight without binary-fraction noise (0.1 + 0.2 must read 0.3 on the alias). */
const toWeight = (percent: number): number => Math.round(Math.min(percent, 100) * 100) / 10_000;

/**
 * The exact plan of traffic shifts for a Lambda deployment configuration. Pure, so the Lab can
 * draw it and tests can pin it.
 *
 * Canary: canaryPercentage at t=0, everything at t=canaryInterval ("the number of minutes between
 * the first and second traffic shifts").
 * Linear: linearPercentage more "at the start of each increment", one increment every
 * linearInterval minutes, so Linear10PercentEvery1Minute reaches 100 % at t=9 min, not 10.
 * That last point is not stated outright by AWS (some AWS text counts N × interval); we follow the
 * API definitions and the quota's "first and last traffic shift" wording — INF, see
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedCanary.html
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html
 */
export function trafficSchedule(routing: TrafficRoutingConfig): TrafficStep[] {
  if (routing.type === 'TimeBasedCanary' && routing.timeBasedCanary) {
    const { canaryPercentage, canaryInterval } = routing.timeBasedCanary;
    return [
      { atMs: 0, weight: toWeight(canaryPercentage) },
      { atMs: canaryInterval * MINUTE_MS, weight: 1 },
    ];
  }
  if (routing.type === 'TimeBasedLinear' && routing.timeBasedLinear) {
    const { linearPercentage, linearInterval } = routing.timeBasedLinear;
    const shifts = Math.ceil(100 / linearPercentage);
    return Array.from({ length: shifts }, (_, i) => ({
      atMs: i * linearInterval * MINUTE_MS,
      weight: i === shifts - 1 ? 1 : toWeight((i + 1) * linearPercentage),
    }));
  }
  return [{ atMs: 0, weight: 1 }];
}

/** Minutes from the first to the last traffic shift: the quantity the 2,880-minute quota limits. */
export const shiftSpanMinutes = (routing: TrafficRoutingConfig): number => {
  const steps = trafficSchedule(routing);
  return steps[steps.length - 1]!.atMs / MINUTE_MS; // a schedule has at least one step
};
