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

/** The deployment to draw: the chosen one if it exists, else the one in progress, else the newest. */
export function pickDeployment(deployments: readonly Deployment[], chosenId: string | null): Deployment | undefined {
  if (chosenId) {
    const chosen = deployments.find((d) => d.deploymentId === chosenId);
    if (chosen) return chosen;
  }
  const active = [...deployments].reverse().find((d) => d.status === 'Created' || d.status === 'InProgress');
  return active ?? deployments[deployments.length - 1];
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
  const planEnd = origin + planned[planned.length - 1].atMs;
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
