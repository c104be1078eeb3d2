import type { AlarmStatePort } from '../core/ports';
import type { AlarmCheckRecord, DeploymentRecord } from './model';

export interface AlarmVerdict {
  block?: { alarmName: string; reason: 'ALARM' | 'POLL_FAILURE' };
  check?: AlarmCheckRecord;
}

/**
 * One poll of a deployment's alarms. Only the ALARM state ("activated") stops a deployment;
 * INSUFFICIENT_DATA and OK do not (our reading: no AWS page says INSUFFICIENT_DATA stops one).
 * An alarm CloudWatch cannot return (here: a name that does not exist) is a poll failure, which
 * stops the deployment unless ignorePollAlarmFailure is true.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-create-alarms.html
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_AlarmConfiguration.html
 */
export function pollAlarms(
  cloudwatch: AlarmStatePort,
  deployment: DeploymentRecord,
  time: number,
  trigger: string,
): AlarmVerdict {
  const config = deployment.alarmConfiguration;
  // enabled=false is the console's "Ignore alarm configuration": the list is kept but not read.
  if (!config.enabled || config.alarms.length === 0) return {};
  const results = config.alarms.map(({ name }) => ({
    alarmName: name,
    state: cloudwatch.stateOf(name) ?? 'UNAVAILABLE',
  }));
  const firing = results.find((r) => r.state === 'ALARM');
  const unreadable = results.find((r) => r.state === 'UNAVAILABLE');
  let block: AlarmVerdict['block'];
  let outcome: AlarmCheckRecord['outcome'] = 'continue';
  if (firing) block = { alarmName: firing.alarmName, reason: 'ALARM' };
  else if (unreadable && !config.ignorePollAlarmFailure)
    block = { alarmName: unreadable.alarmName, reason: 'POLL_FAILURE' };
  else if (unreadable) outcome = 'ignored';
  if (block) outcome = 'stop';
  return { block, check: { time, trigger, results, outcome } };
}
