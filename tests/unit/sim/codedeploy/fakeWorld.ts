/**
 * A minimal world for CodeDeploy unit tests: the real core (scheduler, ids, log) with small fake
 * Lambda and CloudWatch services that implement only what CodeDeploy calls (see ports.ts).
 */
import { Scheduler } from '../../../../src/sim/core/scheduler';
import { EventLog } from '../../../../src/sim/core/eventLog';
import { IdFactory } from '../../../../src/sim/core/ids';
import { createRng } from '../../../../src/sim/core/rng';
import { Workspace } from '../../../../src/sim/core/workspace';
import { awsError } from '../../../../src/sim/core/errors';
import type { WorldContext } from '../../../../src/sim/core/context';
import { CodeDeployService } from '../../../../src/sim/codedeploy/service';
import type { AlarmStatePort } from '../../../../src/sim/core/ports';
import type { AlarmStateChange, StateValue } from '../../../../src/sim/cloudwatch/types';

export type HookBehaviour = { reports: 'Succeeded' | 'Failed' | 'nothing'; afterMs: number };

export class FakeLambda {
  versions = new Map<string, Set<string>>();
  aliases = new Map<string, { FunctionVersion: string; weights: Record<string, number> }>();
  hooks = new Map<string, HookBehaviour>();
  invocations: { FunctionName: string; InvocationType?: string; Payload?: string; time: number }[] = [];
  constructor(private readonly ctx: WorldContext) {}

  addFunction(name: string, versions: number, alias?: { name: string; version: string }) {
    this.versions.set(name, new Set(Array.from({ length: versions }, (_, i) => String(i + 1))));
    if (alias) this.aliases.set(`${name}:${alias.name}`, { FunctionVersion: alias.version, weights: {} });
  }
  getAlias(input: { FunctionName: string; Name: string }) {
    const a = this.aliases.get(`${input.FunctionName}:${input.Name}`);
    if (!a) throw awsError('ResourceNotFoundException', `Alias not found: ${input.FunctionName}:${input.Name}`, 404);
    return { FunctionVersion: a.FunctionVersion, RoutingConfig: { AdditionalVersionWeights: { ...a.weights } } };
  }
  updateAlias(input: {
    FunctionName: string;
    Name: string;
    FunctionVersion?: string;
    RoutingConfig?: { AdditionalVersionWeights: Record<string, number> };
  }) {
    const a = this.aliases.get(`${input.FunctionName}:${input.Name}`);
    if (!a) throw awsError('ResourceNotFoundException', 'Alias not found', 404);
    if (input.FunctionVersion) a.FunctionVersion = input.FunctionVersion;
    if (input.RoutingConfig) a.weights = { ...input.RoutingConfig.AdditionalVersionWeights };
    return {};
  }
  getFunctionConfiguration(input: { FunctionName: string; Qualifier?: string }) {
    if (!this.versions.get(input.FunctionName)?.has(input.Qualifier ?? '$LATEST') && input.Qualifier !== undefined)
      throw awsError('ResourceNotFoundException', `Function not found: ${input.FunctionName}:${input.Qualifier}`, 404);
    return {};
  }
  invoke(input: { FunctionName: string; InvocationType?: string; Payload?: string }) {
    this.invocations.push({ ...input, time: this.ctx.scheduler.now() });
    const behaviour = this.hooks.get(input.FunctionName);
    if (!this.versions.has(input.FunctionName))
      throw awsError('ResourceNotFoundException', `Function not found: ${input.FunctionName}`, 404);
    if (behaviour && behaviour.reports !== 'nothing') {
      const payload = JSON.parse(input.Payload ?? '{}') as {
        DeploymentId: string;
        LifecycleEventHookExecutionId: string;
      };
      this.ctx.scheduler.after(
        behaviour.afterMs,
        () => {
          this.ctx.services.codedeploy.putLifecycleEventHookExecutionStatus({
            deploymentId: payload.DeploymentId,
            lifecycleEventHookExecutionId: payload.LifecycleEventHookExecutionId,
            status: behaviour.reports,
          });
        },
        'hook-report',
      );
    }
    return { StatusCode: 202 };
  }
  alias(fn: string, alias: string) {
    return this.aliases.get(`${fn}:${alias}`);
  }
  snapshot() {
    return { aliases: Object.fromEntries(this.aliases) };
  }
}

export class FakeCloudWatch implements AlarmStatePort {
  states = new Map<string, StateValue>();
  listeners = new Set<(c: AlarmStateChange) => void>();
  constructor(private readonly now: () => number) {}
  stateOf(name: string) {
    return this.states.get(name);
  }
  onChange(listener: (c: AlarmStateChange) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(name: string, state: StateValue) {
    const old = this.states.get(name) ?? 'INSUFFICIENT_DATA';
    this.states.set(name, state);
    const change = { alarmName: name, oldState: old, newState: state, time: this.now(), reason: 'set by test' };
    if (old !== state) for (const l of this.listeners) l(change);
  }
  snapshot() {
    return Object.fromEntries(this.states);
  }
}

export function fakeWorld(seed = 7) {
  const scheduler = new Scheduler(Date.UTC(2026, 0, 5, 9));
  const log = new EventLog(() => scheduler.now());
  const ctx = {
    seed,
    region: 'us-east-1',
    accountId: '123456789012',
    scheduler,
    rng: createRng(seed),
    ids: new IdFactory(createRng(seed + 1)),
    log,
    workspace: new Workspace(),
    services: {} as WorldContext['services'],
    ports: {} as WorldContext['ports'],
    changed: () => {},
  } satisfies WorldContext;
  const lambda = new FakeLambda(ctx);
  const cloudwatch = new FakeCloudWatch(() => scheduler.now());
  ctx.ports.alarms = cloudwatch;
  ctx.services.lambda = lambda as unknown as WorldContext['services']['lambda'];
  ctx.services.cloudwatch = cloudwatch as unknown as WorldContext['services']['cloudwatch'];
  const codedeploy = new CodeDeployService(ctx);
  ctx.services.codedeploy = codedeploy;
  return { ctx, scheduler, log, lambda, cloudwatch, codedeploy, advance: (ms: number) => scheduler.advanceBy(ms) };
}

export const ROLE = 'arn:aws:iam::123456789012:role/CodeDeployServiceRole';

export function appSpec(
  opts: { fn?: string; alias?: string; current?: string; target?: string; before?: string; after?: string } = {},
) {
  const hooks = [
    opts.before && `  - BeforeAllowTraffic: ${opts.before}`,
    opts.after && `  - AfterAllowTraffic: ${opts.after}`,
  ].filter(Boolean);
  return [
    'version: 0.0',
    'Resources:',
    '  - fn:',
    '      Type: AWS::Lambda::Function',
    '      Properties:',
    `        Name: ${opts.fn ?? 'orders'}`,
    `        Alias: ${opts.alias ?? 'live'}`,
    `        CurrentVersion: "${opts.current ?? '1'}"`,
    `        TargetVersion: "${opts.target ?? '2'}"`,
    ...(hooks.length ? ['Hooks:', ...hooks] : []),
  ].join('\n');
}

/** App "shop", group "orders-dg", function orders v1..v3 with alias live → 1. */
export function standardSetup(
  group: Partial<Parameters<CodeDeployService['createDeploymentGroup']>[0]> = {},
  seed = 7,
) {
  const w = fakeWorld(seed);
  w.lambda.addFunction('orders', 3, { name: 'live', version: '1' });
  w.lambda.addFunction('CodeDeployHook_pre', 1);
  w.lambda.addFunction('CodeDeployHook_post', 1);
  w.codedeploy.createApplication({ applicationName: 'shop', computePlatform: 'Lambda' });
  w.codedeploy.createDeploymentGroup({
    applicationName: 'shop',
    deploymentGroupName: 'orders-dg',
    serviceRoleArn: ROLE,
    ...group,
  });
  const deploy = (extra: Partial<Parameters<CodeDeployService['createDeployment']>[0]> & { spec?: string } = {}) =>
    w.codedeploy.createDeployment({
      applicationName: 'shop',
      deploymentGroupName: 'orders-dg',
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content: extra.spec ?? appSpec() } },
      ...extra,
    }).deploymentId;
  const info = (id: string) => w.codedeploy.getDeployment({ deploymentId: id }).deploymentInfo;
  const target = (id: string) =>
    w.codedeploy.getDeploymentTarget({ deploymentId: id, targetId: 'orders:live' }).deploymentTarget.lambdaTarget;
  return { ...w, deploy, info, target };
}

export const errorName = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).name;
  }
  return 'no error';
};
