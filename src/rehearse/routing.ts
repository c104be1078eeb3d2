import { shiftSpanMinutes } from '../sim/codedeploy/trafficSchedule';
import type { TrafficRoutingConfig } from '../sim/codedeploy/types';
import type { TrafficRouting } from './model';

/** Rehearse's routing in the simulator's CodeDeploy shape. */
export function toRoutingConfig(r: TrafficRouting): TrafficRoutingConfig {
  if (r.type === 'TimeBasedCanary')
    return { type: r.type, timeBasedCanary: { canaryPercentage: r.percentage, canaryInterval: r.intervalMinutes } };
  if (r.type === 'TimeBasedLinear')
    return { type: r.type, timeBasedLinear: { linearPercentage: r.percentage, linearInterval: r.intervalMinutes } };
  return { type: 'AllAtOnce' };
}

/** Minutes from the first traffic shift until the new version takes all traffic. */
export const minutesUntilFullShift = (r: TrafficRouting): number => shiftSpanMinutes(toRoutingConfig(r));

export function describeRouting(r: TrafficRouting | undefined, name: string): string {
  if (!r) return name || 'an unknown configuration';
  if (r.type === 'AllAtOnce') return 'all at once';
  if (r.type === 'TimeBasedCanary') return `${r.percentage}% for ${r.intervalMinutes} min, then the rest`;
  return `${r.percentage}% more every ${r.intervalMinutes} min`;
}
