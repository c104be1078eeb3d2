import type { Finding, StackModel } from '../model';
import { alarmDimensionsRule } from './alarmDimensions';
import { alarmTimingRule, missingDataRule } from './alarmTiming';
import { allAtOnceRule, noAlarmsRule } from './deploymentSafety';
import { hookNameRule, hookPermissionRule, hookTimeoutRule } from './hooks';
import { invokerRule } from './invokers';
import { provisionedConcurrencyRule } from './provisionedConcurrency';
import { SEVERITY_ORDER, type Rule } from './support';
import { codeShaRule, customConfigRule } from './versioning';

export type { Rule } from './support';

/** Every rule, most important first. */
const RULES: readonly Rule[] = [
  allAtOnceRule,
  noAlarmsRule,
  alarmDimensionsRule,
  alarmTimingRule,
  missingDataRule,
  hookNameRule,
  hookPermissionRule,
  hookTimeoutRule,
  invokerRule,
  provisionedConcurrencyRule,
  codeShaRule,
  customConfigRule,
];

/** Runs every rule; findings sorted by severity, then by resource. */
export function runRules(model: StackModel): Finding[] {
  return RULES.flatMap((r) => r.check(model)).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.resource.localeCompare(b.resource),
  );
}
