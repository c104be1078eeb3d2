import type { WorldSnapshot } from '../../sim';
import { trafficSchedule, type TrafficStep } from '../../sim/codedeploy';

/**
 * What the deployment timeline shows for one deployment, read from the snapshot: the configuration's
 * planned schedule (the simulator's own trafficSchedule, so the plan cannot drift from the model),
 * the weights really applied, and the marks a learner needs to explain the run.
 */
type Deployment = WorldSnapshot['codedeploy']['deployments'][number];

export type TimelineMarkKind = 'lifecycle' | 'hook' | 'alarm' | 'stop' | 'rollback' | 'complete';

export interface TimelineMark {
  time: number;
  kind: TimelineMarkKind;
  label: string;
  tone: 'info' | 'success' | 'warn' | 'error';
  /** A deployment this mark leads to (the rollback deployment, or the one it rolled back). */
  deploymentId?: string;
}

export interface TimelineData {
  deployment: Deployment;
  /** True for a deployment CodeDeploy created to roll another back. */
  isRollback: boolean;
  planned: TrafficStep[];
  allowTrafficStartMs?: number;
  actual: { time: number; weight: number }[];
  startMs: number;
  endMs: number;
  marks: TimelineMark[];
}

const MINUTE = 60_000;

const isRollbackDeployment = (d: Deployment): boolean => Boolean(d.rollbackInfo?.rollbackTriggeringDeploymentId);

/**
 * The deployment to draw: the chosen one if it exists, else the learner's own deployment — the one
 * in progress, else the newest that is not a rollback CodeDeploy created (a rollback is shown beside
 * the deployment it undid, not instead of it).
 */
export function pickDeployment(deployments: readonly Deployment[], chosenId: string | null): Deployment | undefined {
  if (chosenId) {
    const chosen = deployments.find((d) => d.deploymentId === chosenId);
    if (chosen) return chosen;
  }
  const newestFirst = [...deployments].reverse();
  const active = newestFirst.find(
    (d) => !isRollbackDeployment(d) && (d.status === 'Created' || d.status === 'InProgress'),
  );
  return active ?? newestFirst.find((d) => !isRollbackDeployment(d)) ?? newestFirst[0];
}

export interface DeploymentOutcome {
  /** How it ended (or where it is), in words: "Stopped by alarm orders-live-error-rate". */
  text: string;
  tone: 'info' | 'success' | 'error';
  /** The rollback deployment CodeDeploy created for it, if any. */
  rollbackId?: string;
  /** For a rollback: the deployment it rolled back. */
  rollbackOf?: string;
}

/**
 * The headline of a deployment: how it ended and why, named the way CodeDeploy reports it (an
 * alarm stop, a hook failure, success), with its rollback beside it.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-steps-lambda.html
 */
export function deploymentOutcome(d: Deployment): DeploymentOutcome {
  const links = {
    ...(d.rollbackInfo?.rollbackDeploymentId ? { rollbackId: d.rollbackInfo.rollbackDeploymentId } : {}),
    ...(d.rollbackInfo?.rollbackTriggeringDeploymentId
      ? { rollbackOf: d.rollbackInfo.rollbackTriggeringDeploymentId }
      : {}),
  };
  const message = d.errorInformation?.message ?? '';
  switch (d.status) {
    case 'Succeeded':
      return { text: 'Succeeded', tone: 'success', ...links };
    case 'Stopped': {
      const alarm = d.alarmConfiguration.alarms.map((a) => a.name).find((name) => message.includes(name));
      if (d.errorInformation?.code === 'ALARM_ACTIVE')
        return { text: alarm ? `Stopped by alarm ${alarm}` : 'Stopped by an alarm', tone: 'error', ...links };
      return { text: 'Stopped', tone: 'error', ...links };
    }
    case 'Failed': {
      const hook = d.hookExecutions.find((h) => h.status === 'Failed' || h.note);
      if (d.errorInformation?.code === 'HOOK_EXECUTION_FAILURE' && hook)
        return { text: `Failed by hook ${hook.functionName} (${hook.lifecycleEventName})`, tone: 'error', ...links };
      return { text: message ? `Failed: ${message}` : 'Failed', tone: 'error', ...links };
    }
    default:
      return {
        text: `${d.status === 'Created' ? 'Created' : 'In progress'}: ${Math.round(d.targetVersionWeight * 100)} % on version ${d.appSpec.targetVersion}`,
        tone: 'info',
        ...links,
      };
  }
}

const lifecycleTone = (status: string): TimelineMark['tone'] =>
  status === 'Failed' ? 'error' : status === 'Succeeded' ? 'success' : 'info';

export function timelineData(
  snapshot: Pick<WorldSnapshot, 'time' | 'codedeploy' | 'cloudwatch'>,
  d: Deployment,
): TimelineData {
  // A rollback is a new deployment that moves the alias back in one step, whatever the group's
  // configuration says (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html);
  // the simulator records that plan, so draw the recorded one for rollbacks.
  const isRollback = Boolean(d.rollbackInfo?.rollbackTriggeringDeploymentId);
  const planned = isRollback ? d.plannedSchedule.map((s) => ({ ...s })) : trafficSchedule(d.trafficRoutingConfig);
  const startMs = d.createTime;
  const origin = d.allowTrafficStartTime ?? d.startTime ?? d.createTime;
  const planEnd = origin + (planned.at(-1)?.atMs ?? 0);
  const lastEvent = d.completeTime ?? snapshot.time;
  // Room for the whole plan (even when it was cut short) plus a minute after the last thing that happened.
  const endMs = Math.max(planEnd, lastEvent) + MINUTE;

  const marks: TimelineMark[] = [];
  for (const e of d.lifecycleEvents) {
    if (e.startTime === undefined || e.lifecycleEventName === 'AllowTraffic') continue;
    if (e.status === 'Skipped') continue;
    marks.push({
      time: e.startTime,
      kind: 'lifecycle',
      label: `${e.lifecycleEventName} ${e.status}`,
      tone: lifecycleTone(e.status),
    });
  }
  for (const h of d.hookExecutions) {
    marks.push({
      time: h.invokedAt,
      kind: 'hook',
      label: `${h.lifecycleEventName} hook ${h.functionName} invoked`,
      tone: 'info',
    });
    if (h.status !== 'Pending') {
      const at = h.reportedAt ?? d.completeTime ?? snapshot.time;
      marks.push({
        time: at,
        kind: 'hook',
        label: `${h.lifecycleEventName} hook ${h.status}${h.note ? ` (${h.note})` : ''}`,
        tone: h.status === 'Failed' ? 'error' : 'success',
      });
    }
  }
  const watched = new Set((d.alarmConfiguration.enabled ? d.alarmConfiguration.alarms : []).map((a) => a.name));
  for (const alarm of snapshot.cloudwatch.alarms) {
    if (!watched.has(alarm.name)) continue;
    for (const c of alarm.recentChanges) {
      if (c.time < startMs || c.time > (d.completeTime ?? snapshot.time)) continue;
      marks.push({
        time: c.time,
        kind: 'alarm',
        label: `${alarm.name}: ${c.from} → ${c.to}`,
        tone: c.to === 'ALARM' ? 'error' : c.to === 'OK' ? 'success' : 'warn',
      });
    }
  }
  if (d.completeTime !== undefined) {
    if (d.status === 'Stopped' || d.status === 'Failed') {
      const why = d.errorInformation ? ` (${d.errorInformation.code})` : '';
      marks.push({ time: d.completeTime, kind: 'stop', label: `Deployment ${d.status}${why}`, tone: 'error' });
    } else if (d.status === 'Succeeded') {
      marks.push({ time: d.completeTime, kind: 'complete', label: 'Deployment Succeeded', tone: 'success' });
    }
  }
  const rollbackId = d.rollbackInfo?.rollbackDeploymentId;
  if (rollbackId) {
    const rb = snapshot.codedeploy.deployments.find((x) => x.deploymentId === rollbackId);
    marks.push({
      time: rb?.createTime ?? d.completeTime ?? snapshot.time,
      kind: 'rollback',
      label: `Rolled back by ${rollbackId}`,
      tone: 'warn',
      deploymentId: rollbackId,
    });
  }
  const triggeredBy = d.rollbackInfo?.rollbackTriggeringDeploymentId;
  if (triggeredBy)
    marks.push({
      time: d.createTime,
      kind: 'rollback',
      label: `Rollback of ${triggeredBy}`,
      tone: 'warn',
      deploymentId: triggeredBy,
    });
  marks.sort((a, b) => a.time - b.time);

  return {
    deployment: d,
    isRollback,
    planned,
    allowTrafficStartMs: d.allowTrafficStartTime,
    actual: d.weightHistory.map((w) => ({ ...w })),
    startMs,
    endMs,
    marks,
  };
}
