import type { LogEntry } from '../../sim';

/**
 * Moments that matter (issue 14): the event-log entries at which a learner must stop and look —
 * a deployment starting, each traffic shift, a hook invoked / reporting / timing out, an alarm
 * entering or leaving ALARM, a stop or failure, a success, and the rollback. Pure functions of
 * log entries, so the Lab and the scenario player pause on the same moments and tests need no UI.
 */
export type MomentKind =
  | 'deployment-started'
  | 'traffic-shifted'
  | 'hook-invoked'
  | 'hook-reported'
  | 'hook-timed-out'
  | 'hook-failed'
  | 'alarm-changed'
  | 'deployment-stopped'
  | 'deployment-failed'
  | 'deployment-succeeded'
  | 'rolled-back'
  | 'rollback-failed'
  | 'left-split';

export interface Moment {
  kind: MomentKind;
  /** The log entry it comes from (its seq identifies the moment). */
  seq: number;
  time: number;
  /** A short heading: what happened, in a few words. */
  title: string;
  /** The narration's sentence: what happened, in full. */
  what: string;
  /** The rule behind it, when the simulator states one. */
  rule?: string;
  /** The AWS page that states the rule. */
  docUrl?: string;
  /** What a screen reader hears: short, one outcome. */
  announce: string;
  tone: 'info' | 'success' | 'warn' | 'error';
}

/** "went from OK to ALARM" in an alarm.state message: the two states. */
const ALARM_CHANGE = /from (OK|ALARM|INSUFFICIENT_DATA) to (OK|ALARM|INSUFFICIENT_DATA)/;
/** "now sends 10 % of traffic to version 2" in a traffic.shifted message. */
const SHIFT = /(\d+(?:\.\d+)?)\s?% of traffic to version (\S+?)[\s(]/;

type Describe = (e: LogEntry) => { kind: MomentKind; title: string; announce?: string } | null;

const ref = (e: LogEntry, key: keyof NonNullable<LogEntry['refs']>, fallback: string): string =>
  e.refs?.[key] ?? fallback;

const DESCRIBE: Record<string, Describe> = {
  'deployment.started': (e) => ({
    kind: 'deployment-started',
    title: `Deployment ${ref(e, 'deploymentId', '')} started`.replace('  ', ' '),
  }),
  'traffic.shifted': (e) => {
    const m = SHIFT.exec(e.message);
    const title = m ? `Traffic shifted: ${m[1]} % on version ${m[2]}` : 'Traffic shifted';
    return { kind: 'traffic-shifted', title, announce: m ? `Shifted to ${m[1]} % on version ${m[2]}` : title };
  },
  'hook.invoked': (e) => ({ kind: 'hook-invoked', title: `Hook ${ref(e, 'functionName', '')} invoked`.trim() }),
  'hook.reported': (e) => ({
    kind: 'hook-reported',
    title: `Hook ${ref(e, 'functionName', '')} reported ${/reported (Succeeded|Failed)/.exec(e.message)?.[1] ?? ''}`
      .replace(/\s+/g, ' ')
      .trim(),
  }),
  'hook.timeout': () => ({ kind: 'hook-timed-out', title: 'Hook timed out: the deployment failed' }),
  'hook.failed': () => ({ kind: 'hook-failed', title: 'Hook failed: the deployment failed' }),
  // Only ALARM stops a deployment, so changes into or out of ALARM are the ones to watch; the
  // routine INSUFFICIENT_DATA → OK of a new alarm is not a moment.
  // https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-create-alarms.html
  'alarm.state': (e) => {
    const m = ALARM_CHANGE.exec(e.message);
    if (!m || (m[1] !== 'ALARM' && m[2] !== 'ALARM')) return null;
    const name = ref(e, 'alarmName', 'An alarm');
    return {
      kind: 'alarm-changed',
      title: m[2] === 'ALARM' ? `Alarm ${name} is in ALARM` : `Alarm ${name} left ALARM (now ${m[2]})`,
    };
  },
  'deployment.alarm': (e) => ({
    kind: 'deployment-stopped',
    title: `Deployment ${ref(e, 'deploymentId', '')} stopped by an alarm`.replace('  ', ' '),
  }),
  'deployment.stopped': (e) => ({
    kind: 'deployment-stopped',
    title: `Deployment ${ref(e, 'deploymentId', '')} stopped`.replace('  ', ' '),
  }),
  'deployment.lambda-error': () => ({ kind: 'deployment-failed', title: 'Deployment failed' }),
  'deployment.precondition': () => ({ kind: 'deployment-failed', title: 'Deployment failed before any shift' }),
  'deployment.succeeded': (e) => ({
    kind: 'deployment-succeeded',
    title: `Deployment ${ref(e, 'deploymentId', '')} succeeded`.replace('  ', ' '),
  }),
  // CodeDeploy's rollback of a Lambda deployment moves the alias back in one step, so it starts
  // and completes at the same simulated instant: one moment.
  // https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html
  'deployment.rolled-back': () => ({ kind: 'rolled-back', title: 'Rolled back', announce: 'Rollback complete' }),
  'deployment.rollback-failed': () => ({ kind: 'rollback-failed', title: 'Rollback failed' }),
  'deployment.left-split': () => ({ kind: 'left-split', title: 'Stopped with no rollback: the alias stays split' }),
};

const TONE: Record<MomentKind, Moment['tone']> = {
  'deployment-started': 'info',
  'traffic-shifted': 'info',
  'hook-invoked': 'info',
  'hook-reported': 'info',
  'hook-timed-out': 'error',
  'hook-failed': 'error',
  'alarm-changed': 'warn',
  'deployment-stopped': 'error',
  'deployment-failed': 'error',
  'deployment-succeeded': 'success',
  'rolled-back': 'warn',
  'rollback-failed': 'error',
  'left-split': 'warn',
};

/** The moment a log entry is, or null when it is routine. */
export function momentOf(entry: LogEntry): Moment | null {
  const described = DESCRIBE[entry.type]?.(entry);
  if (!described) return null;
  const tone =
    described.kind === 'alarm-changed'
      ? entry.severity === 'error'
        ? 'error'
        : 'success'
      : described.kind === 'hook-reported' && /reported Failed/.test(entry.message)
        ? 'error'
        : TONE[described.kind];
  return {
    kind: described.kind,
    seq: entry.seq,
    time: entry.time,
    title: described.title,
    what: entry.message,
    ...(entry.rule ? { rule: entry.rule } : {}),
    ...(entry.docUrl ? { docUrl: entry.docUrl } : {}),
    announce: described.announce ?? described.title,
    tone,
  };
}

/** Every moment among `entries` newer than `afterSeq`, oldest first. */
export function momentsAfter(entries: readonly LogEntry[], afterSeq = 0): Moment[] {
  const out: Moment[] = [];
  for (const e of entries) {
    if (e.seq <= afterSeq) continue;
    const m = momentOf(e);
    if (m) out.push(m);
  }
  return out;
}

/**
 * Screen-reader announcements of outcomes: each moment on its own, at most one every `minGapMs`
 * of real time, in order, never merged or dropped however fast the simulation runs. Time is a
 * parameter, so tests need no real clock.
 */
export class OutcomeAnnouncer {
  #queue: string[] = [];
  #lastAt = Number.NEGATIVE_INFINITY;

  constructor(readonly minGapMs = 1_500) {}

  offer(moments: readonly Moment[]): void {
    for (const m of moments) this.#queue.push(m.announce);
  }

  /** The next text to announce now, or null while the gap has not passed (or nothing waits). */
  next(nowMs: number): string | null {
    if (this.#queue.length === 0 || nowMs - this.#lastAt < this.minGapMs) return null;
    this.#lastAt = nowMs;
    return this.#queue.shift() ?? null;
  }

  reset(): void {
    this.#queue = [];
    this.#lastAt = Number.NEGATIVE_INFINITY;
  }

  get waiting(): number {
    return this.#queue.length;
  }
}
