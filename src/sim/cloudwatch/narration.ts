import type { Narration } from '../core/eventLog';

/**
 * What CloudWatch tells the learner in the event log about alarm configuration, in one place (the
 * words of an alarm's state changes come from stateReason.ts). Tests and e2e specs match on these
 * texts, so change them only together with those.
 */

const PUT_METRIC_ALARM = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html';
export const COMPOSITE_DOC =
  'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html';

export const CLOUDWATCH_SAYS = {
  alarmUpdated: (name: string, state: string): Narration => ({
    type: 'alarm.updated',
    message: `Alarm ${name} was updated; it stays in ${state} until its next evaluation.`,
    rule: 'PutMetricAlarm on an existing alarm replaces its configuration and keeps its state.',
    docUrl: PUT_METRIC_ALARM,
    severity: 'info',
  }),
  alarmCreated: (name: string): Narration => ({
    type: 'alarm.created',
    message: `Alarm ${name} was created in INSUFFICIENT_DATA; it is evaluated once a minute from now on.`,
    rule: 'A new alarm starts in INSUFFICIENT_DATA and is then evaluated.',
    docUrl: PUT_METRIC_ALARM,
    severity: 'info',
  }),
  compositeSaved: (name: string, alarmRule: string): Narration => ({
    type: 'alarm.created',
    message: `Composite alarm ${name} was saved with the rule ${alarmRule}; it follows the states of the alarms it names.`,
    rule: 'A composite alarm is ALARM while its rule holds and OK otherwise; INSUFFICIENT_DATA only until its first evaluation.',
    docUrl: COMPOSITE_DOC,
    severity: 'info',
  }),
  actionsSwitched: (name: string, enabled: boolean): Narration => ({
    type: 'alarm.updated',
    message: `Actions of alarm ${name} are now ${enabled ? 'enabled' : 'disabled'}; the alarm still changes state${enabled ? '' : ', but notifies nobody'}.`,
    rule: 'EnableAlarmActions and DisableAlarmActions switch ActionsEnabled; evaluation goes on either way.',
    docUrl: `https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_${enabled ? 'Enable' : 'Disable'}AlarmActions.html`,
    severity: 'info',
  }),
  alarmDeleted: (name: string): Narration => ({
    type: 'alarm.deleted',
    message: `Alarm ${name} was deleted.`,
    severity: 'info',
  }),
};
