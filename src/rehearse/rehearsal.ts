import { createWorld, type World } from '../sim';
import { PREDEFINED_LAMBDA_CONFIGS } from '../sim/codedeploy/deploymentConfigs';
import { waitUntilFunctionReady } from '../sim/lambda/waitUntilReady';
import type { AlarmModel, DeploymentModel, StackModel, TrafficRouting } from './model';
import { NEW_VERSION } from './readTemplate';
import { describeRouting, minutesUntilFullShift, toRoutingConfig } from './routing';
import { routingFor } from './readDeployments';

/**
 * Rehearses a bad release of the template's own deployment in the simulator: the template's alarms
 * (same metric, dimensions, period, datapoints, threshold, missing-data treatment), hooks and
 * traffic-shifting configuration, with a faulty version 2 behind the alias. The same release then
 * runs under other configurations so a team can see what theirs costs by comparison.
 */

export interface FaultOptions {
  /** Share of requests version 2 fails (0–1). */
  errorRate: number;
  /** Extra milliseconds version 2 takes per request. */
  extraLatencyMs: number;
  /** Init duration of version 2's environments (ms): a slow start makes every cold start longer. */
  initDurationMs: number;
  /** The template's hooks never call PutLifecycleEventHookExecutionStatus. */
  hookNeverReports: boolean;
}

export type TrafficOptions = { kind: 'constant'; ratePerSecond: number } | { kind: 'daily'; peakRatePerSecond: number };

export interface RehearsalOptions {
  seed: number;
  fault: FaultOptions;
  traffic: TrafficOptions;
  /** Logical id of the function to rehearse (the first deployment when absent). */
  functionId?: string;
}

export const DEFAULT_FAULT: FaultOptions = {
  errorRate: 0.2,
  extraLatencyMs: 0,
  initDurationMs: 400,
  hookNeverReports: false,
};

export interface SeriesPoint {
  /** Seconds since the deployment started. */
  t: number;
  /** Requests failed since the deployment started. */
  failed: number;
  /** Share of the alias's traffic on the new version (0–1). */
  newWeight: number;
}

export interface ConfigurationResult {
  configName: string;
  /** Plain description of the shifting ("10% for 5 min, then the rest"). */
  shifting: string;
  /** True for the configuration the template itself uses. */
  ownConfiguration: boolean;
  status: string;
  requests: number;
  failedRequests: number;
  /** Seconds from the deployment's start until a deployment alarm went to ALARM; undefined if it never did. */
  secondsUntilAlarm?: number;
  /** Seconds until the alias served only the old version again; undefined if the release stayed. */
  secondsUntilTrafficBack?: number;
  /** Most cold starts in one simulated minute, across both versions. */
  peakColdStartsPerMinute: number;
  series: SeriesPoint[];
}

export interface RehearsalResult {
  functionId: string;
  aliasName: string;
  seed: number;
  fault: FaultOptions;
  traffic: TrafficOptions;
  /** Seconds after the deployment's start that every configuration was watched for. */
  horizonSeconds: number;
  alarmsRehearsed: string[];
  notes: string[];
  results: ConfigurationResult[];
}

/** Configurations rehearsed beside the template's own. */
const COMPARED = [
  'CodeDeployDefault.LambdaCanary10Percent5Minutes',
  'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
  'CodeDeployDefault.LambdaAllAtOnce',
];

/** Traffic flows this long before the deployment so the alarms have seen healthy minutes. */
const WARM_UP_MS = 120_000;
const STEP_MS = 5_000;
/** A hook that works reports Succeeded after this long (our choice: a short smoke test). */
const HOOK_REPORT_MS = 30_000;
/** CodeDeploy fails a lifecycle event whose hook has not reported within one hour.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda */
const HOOK_LIMIT_MS = 3_600_000;
/** Watched after the slowest configuration finishes shifting, so a release that stayed shows its cost. */
const AFTER_SHIFT_MS = 15 * 60_000;

const APPLICATION = 'rehearsal-app';
const GROUP = 'rehearsal-group';

export async function rehearse(model: StackModel, options: RehearsalOptions): Promise<RehearsalResult | undefined> {
  const deployment = options.functionId
    ? model.deployments.find((d) => d.functionId === options.functionId)
    : model.deployments[0];
  if (!deployment) return undefined;
  const fn = model.functions.find((f) => f.logicalId === deployment.functionId);
  if (!fn) return undefined;
  const notes: string[] = [];
  const own = deployment.routing;
  if (!own)
    notes.push(
      `The configuration ${deployment.configName} is not in the template or AWS's list; it is rehearsed as AllAtOnce.`,
    );
  const configs: { name: string; routing: TrafficRouting; own: boolean }[] = [
    { name: deployment.configName, routing: own ?? { type: 'AllAtOnce' }, own: true },
  ];
  for (const name of COMPARED) {
    const routing = routingFor(model, name, new Map())!;
    if (!configs.some((c) => JSON.stringify(c.routing) === JSON.stringify(routing)))
      configs.push({ name: name.replace('CodeDeployDefault.Lambda', ''), routing, own: false });
  }
  const alarms = deployment.alarmNames
    .map((n) => model.alarms.find((a) => a.name === n))
    .filter((a): a is AlarmModel => a !== undefined);
  const external = deployment.alarmNames.length - alarms.length;
  if (external > 0) notes.push(`${external} alarm(s) are defined outside the template and are not rehearsed.`);
  const hooks = [deployment.preTrafficHook, deployment.postTrafficHook].filter((h) => h !== undefined);
  if (options.fault.hookNeverReports && hooks.length === 0)
    notes.push('The template has no hooks, so "a hook never reports" changes nothing.');

  const slowest = Math.max(...configs.map((c) => minutesUntilFullShift(c.routing)));
  const hookTime = hooks.length * (options.fault.hookNeverReports ? HOOK_LIMIT_MS : HOOK_REPORT_MS);
  const horizonMs = slowest * 60_000 + hookTime + AFTER_SHIFT_MS;

  const results: ConfigurationResult[] = [];
  for (const c of configs) results.push(await runConfiguration(fn.name, deployment, alarms, c, options, horizonMs));
  return {
    functionId: deployment.functionId,
    aliasName: deployment.aliasName,
    seed: options.seed,
    fault: options.fault,
    traffic: options.traffic,
    horizonSeconds: horizonMs / 1000,
    alarmsRehearsed: alarms.map((a) => a.logicalId),
    notes,
    results,
  };
}

/**
 * A daily curve (our choice of shape): quiet at night at 20% of the peak, rising through the
 * morning to the peak at 14:00 and falling back by 22:00. The rehearsal starts at 09:00.
 */
export function dailyRate(peak: number, hourOfDay: number): number {
  const h = ((hourOfDay % 24) + 24) % 24;
  const day = h >= 6 && h <= 22 ? Math.sin((Math.PI * (h - 6)) / 16) : 0;
  return Math.max(0.2 * peak, peak * day);
}

function rateAt(traffic: TrafficOptions, world: World): number {
  if (traffic.kind === 'constant') return traffic.ratePerSecond;
  const hour = new Date(world.clock.now()).getUTCHours() + new Date(world.clock.now()).getUTCMinutes() / 60;
  return Math.max(0.1, Math.round(dailyRate(traffic.peakRatePerSecond, hour) * 10) / 10);
}

async function runConfiguration(
  functionName: string,
  d: DeploymentModel,
  alarms: AlarmModel[],
  config: { name: string; routing: TrafficRouting; own: boolean },
  options: RehearsalOptions,
  horizonMs: number,
): Promise<ConfigurationResult> {
  const world = createWorld({ seed: options.seed });
  const { lambda, cloudwatch, codedeploy, traffic } = world;
  const role = 'arn:aws:iam::123456789012:role/rehearsal-exec';
  lambda.createFunction({
    FunctionName: functionName,
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    Role: role,
    Code: { ZipFile: JSON.stringify({ errorRate: 0, durationMs: 100, initDurationMs: 400 }) },
  });
  // Each step waits for the function to be ready, as a pipeline must (functions-states.html).
  waitUntilFunctionReady(world, functionName);
  lambda.publishVersion({ FunctionName: functionName, Description: 'the release running today' });
  lambda.updateFunctionCode({
    FunctionName: functionName,
    ZipFile: JSON.stringify({
      errorRate: options.fault.errorRate,
      durationMs: 100 + options.fault.extraLatencyMs,
      initDurationMs: options.fault.initDurationMs,
    }),
  });
  waitUntilFunctionReady(world, functionName);
  lambda.publishVersion({ FunctionName: functionName, Description: 'the bad release' });
  lambda.createAlias({ FunctionName: functionName, Name: d.aliasName, FunctionVersion: '1' });
  const hookBehaviour = options.fault.hookNeverReports
    ? { reports: 'nothing', afterMs: 0 }
    : { reports: 'Succeeded', afterMs: HOOK_REPORT_MS };
  for (const hook of [d.preTrafficHook, d.postTrafficHook])
    if (hook && hook !== functionName)
      lambda.createFunction({
        FunctionName: hook,
        Runtime: 'nodejs22.x',
        Handler: 'index.handler',
        Role: role,
        Code: { ZipFile: JSON.stringify({ hook: hookBehaviour }) },
      });
  for (const hook of [d.preTrafficHook, d.postTrafficHook])
    if (hook && hook !== functionName) waitUntilFunctionReady(world, hook);

  for (const a of alarms) cloudwatch.putMetricAlarm(alarmInput(a) as Parameters<typeof cloudwatch.putMetricAlarm>[0]);

  codedeploy.createApplication({ applicationName: APPLICATION, computePlatform: 'Lambda' });
  let configName = PREDEFINED_LAMBDA_CONFIGS[config.name]
    ? config.name
    : PREDEFINED_LAMBDA_CONFIGS[`CodeDeployDefault.Lambda${config.name}`]
      ? `CodeDeployDefault.Lambda${config.name}`
      : undefined;
  if (!configName) {
    configName = 'rehearsal-config';
    codedeploy.createDeploymentConfig({
      deploymentConfigName: configName,
      computePlatform: 'Lambda',
      trafficRoutingConfig: toRoutingConfig(config.routing),
    });
  }
  // SAM's deployment group: alarms stop the deployment, and DEPLOYMENT_FAILURE / STOP_ON_ALARM roll it back.
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
  codedeploy.createDeploymentGroup({
    applicationName: APPLICATION,
    deploymentGroupName: GROUP,
    serviceRoleArn: 'arn:aws:iam::123456789012:role/CodeDeployServiceRole',
    deploymentConfigName: configName,
    ...(alarms.length > 0
      ? { alarmConfiguration: { enabled: true, alarms: alarms.map((a) => ({ name: a.name })) } }
      : {}),
    autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
  });

  const sourceId = traffic.start({
    source: 'ApiGateway',
    target: `${functionName}:${d.aliasName}`,
    ratePerSecond: rateAt(options.traffic, world),
  });
  world.advance(WARM_UP_MS);

  const totals = () => {
    const s = traffic.list().find((x) => x.id === sourceId);
    return { requests: s?.total.invocations ?? 0, errors: s?.total.errors ?? 0 };
  };
  const coldStarts = () =>
    (lambda.snapshot().functions.find((f) => f.FunctionName === functionName)?.versions ?? []).reduce(
      (sum, v) => sum + v.environments.coldStartsTotal,
      0,
    );
  const hooksSpec = [
    d.preTrafficHook ? `  - BeforeAllowTraffic: ${d.preTrafficHook}` : '',
    d.postTrafficHook ? `  - AfterAllowTraffic: ${d.postTrafficHook}` : '',
  ].filter(Boolean);
  const appSpec = [
    'version: 0.0',
    'Resources:',
    `  - ${functionName}:`,
    '      Type: AWS::Lambda::Function',
    '      Properties:',
    `        Name: ${functionName}`,
    `        Alias: ${d.aliasName}`,
    '        CurrentVersion: "1"',
    '        TargetVersion: "2"',
    ...(hooksSpec.length > 0 ? ['Hooks:', ...hooksSpec] : []),
  ].join('\n');

  const before = totals();
  const startTime = world.clock.now();
  const { deploymentId } = codedeploy.createDeployment({
    applicationName: APPLICATION,
    deploymentGroupName: GROUP,
    description: `Rehearsal: ${config.name}`,
    revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec } },
  });
  const series: SeriesPoint[] = [{ t: 0, failed: 0, newWeight: 0 }];
  let secondsUntilAlarm: number | undefined;
  let coldAtMinuteStart = coldStarts();
  let minuteStart = startTime;
  let peakColdStartsPerMinute = 0;
  while (world.clock.now() - startTime < horizonMs) {
    world.advance(STEP_MS);
    if (options.traffic.kind === 'daily') traffic.setRate(sourceId, rateAt(options.traffic, world));
    const t = (world.clock.now() - startTime) / 1000;
    if (secondsUntilAlarm === undefined && alarms.length > 0) {
      const states = cloudwatch.describeAlarms({ AlarmNames: alarms.map((a) => a.name) }).MetricAlarms ?? [];
      if (states.some((s) => s.StateValue === 'ALARM')) secondsUntilAlarm = t;
    }
    if (world.clock.now() - minuteStart >= 60_000) {
      const now = coldStarts();
      peakColdStartsPerMinute = Math.max(peakColdStartsPerMinute, now - coldAtMinuteStart);
      coldAtMinuteStart = now;
      minuteStart = world.clock.now();
    }
    series.push({
      t,
      failed: totals().errors - before.errors,
      newWeight: newVersionWeight(world, functionName, d.aliasName),
    });
  }
  const after = totals();
  const record = codedeploy.snapshot().deployments.find((x) => x.deploymentId === deploymentId)!;
  const rollbackId = record.rollbackInfo?.rollbackDeploymentId;
  const rollback = rollbackId
    ? codedeploy.snapshot().deployments.find((x) => x.deploymentId === rollbackId)
    : undefined;
  const back =
    rollback?.status === 'Succeeded' && rollback.completeTime !== undefined ? rollback.completeTime : undefined;
  // A release that never took traffic (a pre-traffic hook failed) was "back" the moment the deployment ended.
  const neverShifted = series.every((p) => p.newWeight === 0);
  const backAt = back ?? (neverShifted && record.completeTime !== undefined ? record.completeTime : undefined);
  return {
    configName: config.name,
    shifting: describeRouting(config.routing, config.name),
    ownConfiguration: config.own,
    status: record.status,
    requests: after.requests - before.requests,
    failedRequests: after.errors - before.errors,
    ...(secondsUntilAlarm !== undefined ? { secondsUntilAlarm } : {}),
    ...(backAt !== undefined ? { secondsUntilTrafficBack: (backAt - startTime) / 1000 } : {}),
    peakColdStartsPerMinute,
    series,
  };
}

function newVersionWeight(world: World, functionName: string, aliasName: string): number {
  const alias = world.lambda
    .snapshot()
    .functions.find((f) => f.FunctionName === functionName)
    ?.aliases.find((a) => a.Name === aliasName);
  return alias?.weights['2'] ?? 0;
}

/** The template's alarm as CloudWatch would get it; the release's new version is version 2. */
function alarmInput(a: AlarmModel) {
  const withNewVersion = <T>(v: T): T => JSON.parse(JSON.stringify(v).split(NEW_VERSION).join('2')) as T;
  const common = {
    AlarmName: a.name,
    EvaluationPeriods: a.evaluationPeriods,
    DatapointsToAlarm: a.datapointsToAlarm,
    Threshold: a.threshold,
    ComparisonOperator: a.comparisonOperator,
    TreatMissingData: a.treatMissingData,
  };
  if (Array.isArray(a.properties.Metrics)) return { ...common, Metrics: withNewVersion(a.properties.Metrics) };
  const m = a.metrics[0];
  return {
    ...common,
    Namespace: m?.namespace ?? 'AWS/Lambda',
    MetricName: m?.metricName ?? 'Errors',
    Dimensions: withNewVersion(m?.dimensions ?? []),
    Period: a.periodSeconds,
    Statistic: a.statistic,
  };
}
