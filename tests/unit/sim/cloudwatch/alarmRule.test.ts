import { describe, expect, it } from 'vitest';
import {
  AlarmRuleError,
  evaluateAlarmRule,
  parseAlarmRule,
  ruleReferences,
} from '../../../../src/sim/cloudwatch/alarmRule';
import type { StateValue } from '../../../../src/sim/cloudwatch/types';

const holds = (rule: string, states: Record<string, StateValue>) =>
  evaluateAlarmRule(parseAlarmRule(rule), (ref) => states[ref]);

describe('composite alarm rules (API_PutCompositeAlarm)', () => {
  it('ALARM(a) AND ALARM(b) holds only when both alarms are in ALARM', () => {
    const rule = 'ALARM(CPUUtilizationTooHigh) AND ALARM(DiskReadOpsTooHigh)';
    expect(holds(rule, { CPUUtilizationTooHigh: 'ALARM', DiskReadOpsTooHigh: 'ALARM' })).toBe(true);
    expect(holds(rule, { CPUUtilizationTooHigh: 'ALARM', DiskReadOpsTooHigh: 'OK' })).toBe(false);
  });

  it('NOT ALARM(deploying) silences the rule while a deployment runs', () => {
    const rule = 'ALARM(CPUUtilizationTooHigh) AND NOT ALARM(DeploymentInProgress)';
    expect(holds(rule, { CPUUtilizationTooHigh: 'ALARM', DeploymentInProgress: 'OK' })).toBe(true);
    expect(holds(rule, { CPUUtilizationTooHigh: 'ALARM', DeploymentInProgress: 'ALARM' })).toBe(false);
  });

  it('parentheses group OR before AND', () => {
    const rule = '(ALARM(a) OR ALARM(b)) AND OK(c)';
    expect(holds(rule, { a: 'OK', b: 'ALARM', c: 'OK' })).toBe(true);
    expect(holds(rule, { a: 'ALARM', b: 'ALARM', c: 'INSUFFICIENT_DATA' })).toBe(false);
  });

  it('OK(x) and INSUFFICIENT_DATA(x) test those states, TRUE and FALSE are constants', () => {
    expect(holds('INSUFFICIENT_DATA(x)', { x: 'INSUFFICIENT_DATA' })).toBe(true);
    expect(holds('OK(x)', { x: 'ALARM' })).toBe(false);
    expect(holds('TRUE', {})).toBe(true);
    expect(holds('FALSE OR TRUE', {})).toBe(true);
  });

  it('names may be quoted or not, and ARNs work as references', () => {
    const arn = 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:my-fn-errors';
    expect(ruleReferences(parseAlarmRule(`ALARM("my fn errors") OR ALARM(${arn})`))).toEqual(['my fn errors', arn]);
  });

  it('refuses malformed rules with the position of the problem', () => {
    for (const bad of ['', 'ALARM(a', 'ALARM(a) AND', 'ALARM a', 'ALARM(a) ALARM(b)', 'BREACHED(a)', 'ALARM("a)'])
      expect(() => parseAlarmRule(bad), bad).toThrow(AlarmRuleError);
    expect(() => parseAlarmRule('ALARM(a) ALARM(b)')).toThrow(/position 10/);
  });
});
