import type { Finding, StackModel } from '../model';
import { minutesUntilFullShift } from '../routing';
import { alarmsOf, finding, type Rule } from './support';

/**
 * An alarm can go to ALARM only after DatapointsToAlarm breaching periods, so it needs at least
 * Period × DatapointsToAlarm seconds of bad data. If the canary interval (or the whole linear
 * schedule) is shorter, the new version takes all traffic before the alarm can stop it.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
 */
export const alarmTimingRule: Rule = {
  id: 'alarm.slower-than-shift',
  title: 'Canary or linear step shorter than the alarm',
  docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html',
  check(model: StackModel): Finding[] {
    const out: Finding[] = [];
    for (const d of model.deployments) {
      const r = d.routing;
      if (!r || r.type === 'AllAtOnce') continue;
      const fullShiftMinutes = minutesUntilFullShift(r);
      for (const a of alarmsOf(model, d)) {
        const fireSeconds = a.periodSeconds * a.datapointsToAlarm;
        const needs = `${a.datapointsToAlarm} breaching period${a.datapointsToAlarm === 1 ? '' : 's'} of ${a.periodSeconds} s (${fireSeconds / 60} min)`;
        const suggestion =
          'Make the alarm faster (Period 60 and DatapointsToAlarm 1 or 2) or the deployment slower (a longer canary interval), so the alarm can fire while most users are still on the old version.';
        if (fireSeconds >= fullShiftMinutes * 60)
          out.push(
            finding(
              model,
              alarmTimingRule,
              'high',
              a.logicalId,
              `Alarm ${a.logicalId} needs ${needs} before it can fire, but ${d.functionId}'s ${d.configName} moves all traffic to the new version after ${fullShiftMinutes} min: the alarm can only react once everyone has the release.`,
              suggestion,
            ),
          );
        else if (r.type === 'TimeBasedLinear' && fireSeconds >= r.intervalMinutes * 60)
          out.push(
            finding(
              model,
              alarmTimingRule,
              'medium',
              a.logicalId,
              `Alarm ${a.logicalId} needs ${needs}, longer than one ${r.intervalMinutes}-min linear step of ${d.configName}: by the time it can fire, more traffic has already moved.`,
              suggestion,
            ),
          );
      }
    }
    return out;
  },
};

/**
 * With TreatMissingData notBreaching (missing periods count as good) or ignore (the state stays
 * as it was), minutes in which a quiet canary served nothing do not count against it; an alarm that
 * needs several breaching datapoints may then never collect them during the canary.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data
 */
export const missingDataRule: Rule = {
  id: 'alarm.missing-data-hides-canary',
  title: 'TreatMissingData hides a quiet canary',
  docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data',
  check(model: StackModel): Finding[] {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const d of model.deployments)
      for (const a of alarmsOf(model, d)) {
        if (seen.has(a.logicalId)) continue;
        seen.add(a.logicalId);
        const hides =
          a.treatMissingData === 'ignore' || (a.treatMissingData === 'notBreaching' && a.datapointsToAlarm > 1);
        if (!hides) continue;
        out.push(
          finding(
            model,
            missingDataRule,
            'low',
            a.logicalId,
            `Alarm ${a.logicalId} uses TreatMissingData: ${a.treatMissingData}${a.treatMissingData === 'ignore' ? ' (it keeps its last state through empty minutes)' : ' and needs several breaching datapoints'}: on a canary that gets few requests, the empty minutes ${a.treatMissingData === 'ignore' ? 'leave it saying OK from before the release' : 'count as healthy'}, so failures can slip through.`,
            'Keep TreatMissingData at missing (the default) and let one breaching minute fire the alarm (DatapointsToAlarm 1), or alarm on an error count rather than a rate.',
          ),
        );
      }
    return out;
  },
};
