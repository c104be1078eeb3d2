import type { Narration } from '../core/eventLog';

/**
 * Everything Lambda tells the learner in the event log, in one place: the service and the invoker
 * decide, this module words it (its errors' words are in errors/messages.ts). Tests and e2e specs
 * match on these texts, so change them only together with those.
 */

const DOCS = {
  versions: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html',
  publishVersion: 'https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html',
  aliases: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html',
  aliasRouting: 'https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html',
  provisioned: 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
  reserved: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
  states: 'https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html',
  concurrency: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html',
  runtimeEnvironment: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html',
} as const;

/** The Lambda service's narration: one entry per change a control-plane call or the clock makes. */
export const LAMBDA_SAYS = {
  functionCreated: (name: string): Narration => ({
    type: 'function.created',
    message: `Function ${name} was created. Its code and settings live in $LATEST, the one editable version.`,
  }),
  functionActive: (name: string): Narration => ({
    type: 'function.active',
    message: `${name} is now Active: it can be invoked, updated and published.`,
    docUrl: DOCS.states,
  }),
  updateCompleted: (name: string): Narration => ({
    type: 'function.updateCompleted',
    message: `The update of ${name} finished (LastUpdateStatus Successful): it can be published or updated again.`,
    docUrl: DOCS.states,
  }),
  codeUpdated: (name: string, codeSha256: string): Narration => ({
    type: 'function.codeUpdated',
    message: `The code of ${name} $LATEST was replaced (CodeSha256 ${codeSha256}). Published versions keep their own code.`,
  }),
  configurationUpdated: (name: string): Narration => ({
    type: 'function.configurationUpdated',
    message: `The configuration of ${name} $LATEST changed. Aliases keep serving their published versions, which keep their old settings.`,
  }),
  functionDeleted: (name: string): Narration => ({
    type: 'function.deleted',
    message: `Function ${name} was deleted with all its versions and aliases. Version numbers are never reused, even if it is created again.`,
  }),
  versionPublished: (name: string, version: string): Narration => ({
    type: 'version.published',
    message: `Version ${version} of ${name} was published: a frozen copy of $LATEST's code and configuration.`,
    docUrl: DOCS.versions,
  }),
  versionUnchanged: (name: string, version: string): Narration => ({
    type: 'version.unchanged',
    message: `Nothing changed in ${name} since version ${version}, so PublishVersion returned version ${version} again instead of creating a new one.`,
    docUrl: DOCS.publishVersion,
  }),
  versionDeleted: (name: string, version: string): Narration => ({
    type: 'version.deleted',
    message: `Version ${version} of ${name} was deleted. Its number will not be used again.`,
    docUrl: DOCS.versions,
  }),
  /** `routing`: what the alias now sends, as `describeRouting` words it. */
  aliasCreated: (name: string, alias: string, routing: string): Narration => ({
    type: 'alias.created',
    message: `Alias ${alias} of ${name} now sends ${routing}.`,
    docUrl: DOCS.aliases,
  }),
  aliasUpdated: (name: string, alias: string, routing: string): Narration => ({
    type: 'alias.updated',
    message: `Alias ${alias} of ${name} now sends ${routing}. Requests already running finish on the version they started on.`,
    docUrl: DOCS.aliasRouting,
  }),
  aliasDeleted: (name: string, alias: string): Narration => ({
    type: 'alias.deleted',
    message: `Alias ${alias} of ${name} was deleted; anything wired to it now fails with ResourceNotFoundException.`,
  }),
  reservedConcurrency: (name: string, n: number): Narration => ({
    type: 'concurrency.reserved',
    message: `${name} now has ${n} reserved concurrency: at most ${n} requests run at once across all its versions and aliases${n === 0 ? ', so every request is throttled' : ''}.`,
    docUrl: DOCS.reserved,
  }),
  pcAllocationStarted: (name: string, qualifier: string, n: number): Narration => ({
    type: 'pc.allocationStarted',
    message: `Provisioned concurrency of ${n} is being allocated on ${name}:${qualifier}. Until it is READY, requests run on on-demand environments with cold starts.`,
    docUrl: DOCS.provisioned,
  }),
  pcDeleted: (name: string, qualifier: string): Narration => ({
    type: 'pc.deleted',
    message: `Provisioned concurrency on ${name}:${qualifier} was removed; its requests now run on on-demand environments.`,
  }),
  pcReady: (name: string, qualifier: string, n: number): Narration => ({
    type: 'pc.ready',
    message: `Provisioned concurrency on ${name}:${qualifier} is READY: ${n} initialised environments serve requests without cold starts.`,
    docUrl: DOCS.provisioned,
    severity: 'success',
  }),
  pcFailed: (name: string, qualifier: string): Narration => ({
    type: 'pc.failed',
    message: `Provisioned concurrency on ${name}:${qualifier} FAILED: the version's init takes longer than the provisioned init limit.`,
    severity: 'error',
  }),
  pcReallocating: (alias: string, from: string, to: string): Narration => ({
    type: 'pc.reallocating',
    message: `Alias ${alias} moved from version ${from} to ${to}: its provisioned concurrency was taken from ${from} and is being allocated to ${to}. Meanwhile requests run on on-demand environments and cold-start.`,
    docUrl: DOCS.provisioned,
    severity: 'warn',
  }),
  hookSilent: (name: string, deploymentId: string): Narration => ({
    type: 'hook.silent',
    message: `Hook ${name} ran for deployment ${deploymentId} but never reports a status; CodeDeploy will wait until its hook timeout.`,
    severity: 'warn',
  }),
  /** `error`: the exception the hook's PutLifecycleEventHookExecutionStatus call got. */
  hookReportFailed: (name: string, deploymentId: string, status: string, error: unknown): Narration => ({
    type: 'hook.reportFailed',
    message: `Hook ${name} could not report ${status} for deployment ${deploymentId}: ${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? String(error)}`,
    severity: 'warn',
  }),
};

/** The invoker's narration: at most one entry per burst, not one per request. */
export const INVOKER_SAYS = {
  throttled: (name: string, reason: string): Narration => ({
    type: 'invoke.throttled',
    message: `Requests to ${name} are being throttled (${reason}): no concurrency was left for them, so they got HTTP 429 and did not run.`,
    rule: 'Throttled requests count in Throttles, not in Invocations or Errors.',
    docUrl: DOCS.concurrency,
    severity: 'warn',
  }),
  /** `spillsOver`: the version has provisioned environments, all busy. */
  coldStarts: (name: string, version: string, initDurationMs: number, spillsOver: boolean): Narration => ({
    type: 'environment.coldStarts',
    message: `Version ${version} of ${name} is starting new execution environments: those requests wait ${initDurationMs} ms for init (cold start).${spillsOver ? ' Its provisioned environments are all busy, so these requests spill over to on-demand ones.' : ''}`,
    rule: 'A request that finds no free warm environment of its version gets a new one and pays the init time.',
    docUrl: DOCS.runtimeEnvironment,
    severity: 'info',
  }),
};
