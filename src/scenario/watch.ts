/**
 * Watching a scenario's run: what to look for, in words, and the callout a paused run shows for an
 * event (what happened, the rule behind it, the AWS page). Headless, so the player and the tests
 * agree on which moment is the trap's key event.
 */
import type { LogEntry } from '../sim';

export interface EventWords {
  /** What a learner should look for, as a phrase ("the alarm changing state"). */
  lookFor: string;
  /** The rule behind this kind of event, used when the simulator's entry states none. */
  rule: string;
  /** The AWS page that states the rule. */
  doc: string;
}

const CD = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/';
const LAMBDA = 'https://docs.aws.amazon.com/lambda/latest/dg/';

/** The event types scenarios highlight (content/scenarios/*.yaml `run.highlight`), in words. */
export const EVENT_WORDS: Record<string, EventWords> = {
  'deployment.created': {
    lookFor: 'the deployment being created',
    rule: 'A deployment group runs one deployment at a time; a second one is refused while the first is in progress.',
    doc: `${CD}limits.html`,
  },
  'deployment.started': {
    lookFor: 'the deployment starting',
    rule: 'CodeDeploy moves the alias from the current version to the target version as the deployment configuration says.',
    doc: `${CD}deployment-steps-lambda.html`,
  },
  'traffic.shifted': {
    lookFor: 'traffic shifting to the new version',
    rule: 'Canary configurations shift a first share, wait, then shift the rest; linear ones shift equal steps at equal intervals.',
    doc: `${CD}deployment-configurations.html`,
  },
  'alias.updated': {
    lookFor: 'the alias changing which versions it sends requests to',
    rule: 'An alias routes each new request to its version, or splits requests between two versions by weight.',
    doc: `${LAMBDA}configuring-alias-routing.html`,
  },
  'alias.created': {
    lookFor: 'an alias being created',
    rule: 'An alias is a stable name for a published version; invokers that call the alias move when the alias moves.',
    doc: `${LAMBDA}configuration-aliases.html`,
  },
  'alarm.state': {
    lookFor: 'the alarm changing state',
    rule: 'Only the ALARM state stops a deployment; OK and INSUFFICIENT_DATA let it carry on.',
    doc: `${CD}monitoring-create-alarms.html`,
  },
  'deployment.alarm': {
    lookFor: 'an alarm stopping the deployment',
    rule: 'While a deployment runs, CodeDeploy stops it as soon as one of its alarms is in ALARM.',
    doc: `${CD}monitoring-create-alarms.html`,
  },
  'deployment.rolled-back': {
    lookFor: 'the rollback putting the alias back',
    rule: 'A rollback is a new deployment that returns the alias to the last version that worked, in one step.',
    doc: `${CD}deployments-rollback-and-redeploy.html`,
  },
  'deployment.succeeded': {
    lookFor: 'the deployment succeeding',
    rule: 'Once a deployment has succeeded, its alarms no longer stop or roll back anything.',
    doc: `${CD}monitoring-create-alarms.html`,
  },
  'deployment.stopped': {
    lookFor: 'the deployment stopping',
    rule: 'A stopped deployment leaves the alias where it was unless a rollback runs.',
    doc: `${CD}deployments-stop.html`,
  },
  'deployment.stop-requested': {
    lookFor: 'someone asking to stop the deployment',
    rule: 'StopDeployment can roll back or leave everything as it is, depending on how it is called.',
    doc: 'https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_StopDeployment.html',
  },
  'deployment.left-split': {
    lookFor: 'the alias left split between two versions',
    rule: 'A deployment cannot start while its alias still sends requests to two versions.',
    doc: `${CD}troubleshooting-deployments-lambda.html`,
  },
  'hook.invoked': {
    lookFor: 'the hook function being called',
    rule: 'A lifecycle hook must report Succeeded or Failed to CodeDeploy with PutLifecycleEventHookExecutionStatus.',
    doc: `${CD}reference-appspec-file-structure-hooks.html`,
  },
  'hook.silent': {
    lookFor: 'the hook running but never reporting back',
    rule: 'A hook that never reports holds the deployment until the lifecycle event times out after one hour.',
    doc: `${CD}reference-appspec-file-structure-hooks.html`,
  },
  'hook.timeout': {
    lookFor: 'the hook timing out',
    rule: 'A lifecycle event with no reported status fails after one hour, and so does the deployment.',
    doc: `${CD}reference-appspec-file-structure-hooks.html`,
  },
  'hook.failed': {
    lookFor: 'the hook reporting a failure',
    rule: 'A hook that reports Failed fails the deployment; with automatic rollback on, the alias goes back.',
    doc: `${CD}reference-appspec-file-structure-hooks.html`,
  },
  'traffic.started': {
    lookFor: 'which name the invoker calls',
    rule: 'An invoker wired to the bare function name runs $LATEST, whatever the aliases say.',
    doc: `${LAMBDA}configuration-versions.html`,
  },
  'version.published': {
    lookFor: 'a version being published',
    rule: 'A published version is a frozen copy of $LATEST; aliases can point only at published versions.',
    doc: `${LAMBDA}configuration-versions.html`,
  },
  'version.unchanged': {
    lookFor: 'no new version being published',
    rule: 'AutoPublishAlias publishes a new version only when the function itself changes, and only then is there a deployment.',
    doc: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html',
  },
  'stack.deployed': {
    lookFor: 'the stack finishing its update',
    rule: 'SAM turns DeploymentPreference into a CodeDeploy deployment only when a new version is published.',
    doc: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html',
  },
  'pc.reallocating': {
    lookFor: 'provisioned concurrency being set up again on the new version',
    rule: 'Provisioned concurrency on an alias follows the alias to its new version and must be allocated there again.',
    doc: `${LAMBDA}provisioned-concurrency.html`,
  },
  'pc.ready': {
    lookFor: 'provisioned concurrency becoming ready',
    rule: 'Until provisioned concurrency is allocated, requests start new execution environments (cold starts).',
    doc: `${LAMBDA}provisioned-concurrency.html`,
  },
  'environment.coldStarts': {
    lookFor: 'cold starts on the new version',
    rule: 'A version with no warm execution environments initialises new ones, and those requests wait for it.',
    doc: `${LAMBDA}lambda-runtime-environment.html`,
  },
};

/** "Look for" in words: one phrase per highlighted event type (the type itself when none is written). */
export function lookForPhrases(highlight: readonly string[]): string[] {
  return highlight.map((type) => EVENT_WORDS[type]?.lookFor ?? type);
}

export interface Callout {
  seq: number;
  time: number;
  type: string;
  /** What happened: the simulator's own sentence. */
  what: string;
  rule: string;
  doc: string;
}

export function calloutFor(entry: LogEntry): Callout {
  const words = EVENT_WORDS[entry.type];
  return {
    seq: entry.seq,
    time: entry.time,
    type: entry.type,
    what: entry.message,
    rule: entry.rule ?? words?.rule ?? '',
    doc: entry.docUrl ?? words?.doc ?? '',
  };
}

/** The entries among `entries` (after `afterSeq`) that the scenario asks the learner to watch. */
export function highlightedAfter(
  entries: readonly LogEntry[],
  highlight: readonly string[],
  afterSeq: number,
): LogEntry[] {
  return entries.filter((e) => e.seq > afterSeq && highlight.includes(e.type));
}

/**
 * The trap's key event: the newest highlighted entry since the act began, or, when the trap shows
 * without one (a refused command, an invoker that stays on $LATEST), the newest entry of the act.
 */
export function keyEntry(
  entries: readonly LogEntry[],
  highlight: readonly string[],
  actStartSeq: number,
): LogEntry | undefined {
  const watched = highlightedAfter(entries, highlight, actStartSeq);
  if (watched.length) return watched[watched.length - 1];
  // Throttles and cold starts follow from traffic, not from the act: they are not its key event.
  const since = entries.filter((e) => e.seq > actStartSeq && !/^(invoke|environment)\./.test(e.type));
  return since[since.length - 1];
}
