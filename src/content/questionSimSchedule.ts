/**
 * A question's deployment config in the simulator's own terms, so question keys come from the same
 * schedule function the simulator runs (src/sim/codedeploy/trafficSchedule.ts), not from a copy.
 */
import { PREDEFINED_LAMBDA_CONFIGS as SIM_PREDEFINED } from '../sim/codedeploy/deploymentConfigs';
import { MINUTE_MS, trafficSchedule } from '../sim/codedeploy/trafficSchedule';
import type { TrafficRoutingConfig } from '../sim/codedeploy/types';
import type { DeploymentConfigRef } from './questionsSchema';

export function routingOf(config: DeploymentConfigRef): TrafficRoutingConfig {
  if (typeof config === 'string') {
    const routing = SIM_PREDEFINED[config];
    if (!routing) throw new Error(`the simulator has no deployment configuration ${config}`);
    return routing;
  }
  return config.type === 'TimeBasedCanary'
    ? {
        type: 'TimeBasedCanary',
        timeBasedCanary: { canaryPercentage: config.percentage, canaryInterval: config.intervalMinutes },
      }
    : {
        type: 'TimeBasedLinear',
        timeBasedLinear: { linearPercentage: config.percentage, linearInterval: config.intervalMinutes },
      };
}

/** The new version's share (0–100 %) `minutes` after shifting began, per the simulator's schedule. */
export function simWeightPercentAt(config: DeploymentConfigRef, minutes: number): number {
  if (minutes < 0) return 0;
  const steps = trafficSchedule(routingOf(config));
  const reached = steps.filter((s) => s.atMs <= minutes * MINUTE_MS);
  const weight = reached.at(-1)?.weight ?? 0;
  // Weights are stored to four decimals (0.3, not 0.30000000000000004); percent to two.
  return Math.round(weight * 10_000) / 100;
}
