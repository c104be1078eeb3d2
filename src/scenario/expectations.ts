/**
 * What a goal or run predicate asks for, in words a learner reads next to what the world shows now
 * ("Expected: the newest deployment you started is Stopped by an alarm. Now: … Succeeded").
 * Kept apart from goals.ts so the evaluator decides and this module only words the demand.
 */
import type { Predicate } from './schema';

type Which = 'first' | 'last' | 'last-user' | undefined;

const whichText = (which: Which, fallback: Which = 'last') =>
  ({
    first: 'the first deployment',
    last: 'the newest deployment',
    'last-user': 'the newest deployment you started (not a rollback)',
  })[which ?? fallback ?? 'last'];

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

/** "at least 5", "at most 600", "between 1 and 600". */
export function rangeWords(
  min: number | undefined,
  max: number | undefined,
  format = (n: number) => String(n),
): string {
  if (min !== undefined && max !== undefined) return min === max ? format(min) : `${format(min)} to ${format(max)}`;
  if (min !== undefined) return `at least ${format(min)}`;
  if (max !== undefined) return max === 0 ? 'none' : `at most ${format(max)}`;
  return 'any number';
}

export function expectedText(p: Predicate): string {
  if ('not' in p) return `not: ${expectedText(p.not)}`;
  if ('anyOf' in p) return `one of: ${p.anyOf.map(expectedText).join('; or ')}`;
  if ('noInvokerTargets' in p) return 'no invoker calls $LATEST';
  if ('invokersUseAlias' in p) return `every invoker calls alias ${p.invokersUseAlias}`;
  if ('deployment' in p) {
    const q = p.deployment;
    const parts = [
      q.status && `is ${q.status}`,
      q.notStatus && `is not ${q.notStatus}`,
      q.errorCode === 'ALARM_ACTIVE'
        ? 'stopped by an alarm (ALARM_ACTIVE)'
        : q.errorCode && `ended with ${q.errorCode}`,
      q.creator && `was created by ${q.creator}`,
      q.shiftedShare &&
        `had moved ${rangeWords(q.shiftedShare.min, q.shiftedShare.max, percent)} of the traffic to the new version when it ended`,
    ].filter(Boolean);
    return `${whichText(q.which)} ${parts.join(', ')}`;
  }
  if ('deploymentCount' in p) return `${rangeWords(p.deploymentCount.min, p.deploymentCount.max)} deployment(s)`;
  if ('alias' in p) {
    const q = p.alias;
    const weights =
      q.weights === 'none'
        ? ' with no additional version'
        : q.weights
          ? ` split ${Object.entries(q.weights)
              .map(([v, w]) => `${v}: ${percent(w)}`)
              .join(', ')}`
          : '';
    return `alias ${q.function}:${q.name}${q.version ? ` points at version ${q.version}` : ''}${weights}`;
  }
  if ('errorThrown' in p) return `a command fails with ${p.errorThrown}`;
  if ('noErrorThrown' in p) return 'every command succeeds';
  if ('noColdStartsOn' in p) return `no cold starts on version ${p.noColdStartsOn.version}`;
  if ('coldStartsOn' in p)
    return `${rangeWords(p.coldStartsOn.min, p.coldStartsOn.max)} cold start(s) on version ${p.coldStartsOn.version}`;
  if ('alarm' in p) return `alarm ${p.alarm.name} is ${p.alarm.state}`;
  if ('alarmEverIn' in p) return `alarm ${p.alarmEverIn.name} is in ${p.alarmEverIn.state} at some point`;
  if ('versions' in p) return `${p.versions.function} has ${p.versions.count} published version(s)`;
  if ('versionTimeout' in p)
    return `version ${p.versionTimeout.version} of ${p.versionTimeout.function} has Timeout ${p.versionTimeout.seconds} s`;
  if ('deploymentMinutes' in p)
    return `${whichText(p.deploymentMinutes.which)} takes ${rangeWords(p.deploymentMinutes.min, p.deploymentMinutes.max)} min from start to finish`;
  if ('servedShare' in p)
    return `version ${p.servedShare.version} serves ${rangeWords(p.servedShare.min, p.servedShare.max, percent)} of the requests to ${p.servedShare.function}`;
  if ('failedRequests' in p)
    return `${rangeWords(p.failedRequests.min, p.failedRequests.max)} failed request(s) from the start of this step`;
  if ('provisioned' in p) {
    const q = p.provisioned;
    const more = [q.status && `is ${q.status}`, q.allocatedMin !== undefined && `has ≥ ${q.allocatedMin} allocated`];
    return `provisioned concurrency on ${q.function}:${q.qualifier} exists${more.some(Boolean) ? ' and ' : ''}${more.filter(Boolean).join(' and ')}`;
  }
  if ('busyOn' in p)
    return `${rangeWords(p.busyOn.min, p.busyOn.max)} invocation(s) running on version ${p.busyOn.version}`;
  if ('lifecycleEvent' in p)
    return `${p.lifecycleEvent.name} of ${whichText(p.lifecycleEvent.which, 'last-user')} is ${p.lifecycleEvent.status}`;
  const q = p.event;
  const min = q.min ?? (q.max === undefined ? 1 : undefined);
  return `${rangeWords(min, q.max)} "${q.type}" event(s)${q.contains ? ` mentioning "${q.contains}"` : ''}`;
}
