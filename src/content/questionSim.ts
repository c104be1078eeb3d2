/**
 * Runs a question's `sim:` block in the real simulator (createWorld and the AWS-shaped APIs) and says
 * which option the simulator's behaviour supports. The block records what the author expects
 * (`expect`); the simulator's observation is compared with it, so a key stands only if the model
 * of AWS produces the same outcome. When they disagree, neither is changed here: the caller reports
 * it, and the spec (/work/shared/spec) decides which one is wrong.
 */
import { createWorld, type World } from '../sim';
import { MINUTE_MS } from '../sim/codedeploy/trafficSchedule';
import { waitUntilFunctionReady } from '../sim/lambda/waitUntilReady';
import type { Question } from './questions';
import type {
  AliasValidationSim,
  DeploymentConfigRef,
  DeploymentOutcomeSim,
  OptionId,
  PublishSequenceSim,
  ScheduleWeightSim,
  SimCheck,
} from './questionsSchema';
import { routingOf } from './questionSimSchedule';

const FN = 'orders';
const ALIAS = 'live';
const APP = 'orders-app';
const GROUP = 'orders-dg';
const ALARM = 'orders-live-canary';
const ROLE_A = 'arn:aws:iam::123456789012:role/orders-exec';
const ROLE_B = 'arn:aws:iam::123456789012:role/orders-exec-v2';
const CODEDEPLOY_ROLE = 'arn:aws:iam::123456789012:role/CodeDeployServiceRole';
const CUSTOM_CONFIG = 'QuestionCustomConfig';

export interface SimVerdict {
  questionId: string;
  kind: SimCheck['kind'];
  /** What the simulator did, in the sim block's own terms. */
  observed: unknown;
  expected: unknown;
  agrees: boolean;
  /** The option the simulator's behaviour supports, or null when it supports none of them. */
  supportedOptionId: OptionId | null;
}

// ---------- shared world set-up ----------

const code = (doc: object) => JSON.stringify(doc);

function createFn(world: World, name: string, doc: object, role = ROLE_A): void {
  world.lambda.createFunction({
    FunctionName: name,
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    Role: role,
    Code: { ZipFile: code(doc) },
  });
  // Wait until Active before the next step, as a pipeline must (functions-states.html).
  waitUntilFunctionReady(world, name);
}

interface AliasView {
  FunctionVersion: string;
  weights: Record<string, number>;
}

function aliasView(world: World): AliasView {
  const a = world.lambda.getAlias({ FunctionName: FN, Name: ALIAS }) as {
    FunctionVersion: string;
    RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> };
  };
  return { FunctionVersion: a.FunctionVersion, weights: { ...(a.RoutingConfig?.AdditionalVersionWeights ?? {}) } };
}

/** Function with version 1 (live) and version 2 (the new code), both healthy; CodeDeploy app. */
function deploymentWorld(): World {
  const world = createWorld({ seed: 7 });
  createFn(world, FN, { errorRate: 0, durationMs: 100 });
  world.lambda.publishVersion({ FunctionName: FN });
  world.lambda.updateFunctionCode({ FunctionName: FN, ZipFile: code({ errorRate: 0, durationMs: 110 }) });
  waitUntilFunctionReady(world, FN);
  world.lambda.publishVersion({ FunctionName: FN });
  world.lambda.createAlias({ FunctionName: FN, Name: ALIAS, FunctionVersion: '1' });
  world.codedeploy.createApplication({ applicationName: APP, computePlatform: 'Lambda' });
  return world;
}

function configName(world: World, config: DeploymentConfigRef): string {
  if (typeof config === 'string') return config;
  world.codedeploy.createDeploymentConfig({
    deploymentConfigName: CUSTOM_CONFIG,
    computePlatform: 'Lambda',
    trafficRoutingConfig: routingOf(config),
  });
  return CUSTOM_CONFIG;
}

function appSpec(hooks: { event: string; fn: string }[]): string {
  return [
    'version: 0.0',
    'Resources:',
    `  - ${FN}:`,
    '      Type: AWS::Lambda::Function',
    '      Properties:',
    `        Name: ${FN}`,
    `        Alias: ${ALIAS}`,
    '        CurrentVersion: "1"',
    '        TargetVersion: "2"',
    ...(hooks.length ? ['Hooks:', ...hooks.map((h) => `  - ${h.event}: ${h.fn}`)] : []),
  ].join('\n');
}

function startDeployment(world: World, hooks: { event: string; fn: string }[] = []): string {
  return world.codedeploy.createDeployment({
    applicationName: APP,
    deploymentGroupName: GROUP,
    revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec(hooks) } },
  }).deploymentId;
}

type DeploymentInfo = ReturnType<World['codedeploy']['getDeployment']>['deploymentInfo'];
const info = (world: World, id: string): DeploymentInfo =>
  world.codedeploy.getDeployment({ deploymentId: id }).deploymentInfo;
const done = (status: string | undefined) => status === 'Succeeded' || status === 'Failed' || status === 'Stopped';

/** Advances a minute at a time until the deployment (and any rollback) has finished. */
function runToEnd(world: World, id: string, limitMinutes: number): DeploymentInfo {
  for (let m = 0; m < limitMinutes && !done(info(world, id).status); m++) world.advance(MINUTE_MS);
  const rollbackId = info(world, id).rollbackInfo?.rollbackDeploymentId;
  if (rollbackId)
    for (let m = 0; m < limitMinutes && !done(info(world, rollbackId).status); m++) world.advance(MINUTE_MS);
  return info(world, id);
}

const aliasState = (a: AliasView): DeploymentOutcomeSim['expect']['aliasVersion'] =>
  Object.keys(a.weights).length > 0 ? 'split' : a.FunctionVersion === '2' ? 'new' : 'old';

// ---------- schedule-weight ----------

/** Runs a deployment with `config` and reads the alias `atMinutes` after the first shift. */
export function observeScheduleWeight(sim: Pick<ScheduleWeightSim, 'config' | 'atMinutes'>): number {
  const world = deploymentWorld();
  world.codedeploy.createDeploymentGroup({
    applicationName: APP,
    deploymentGroupName: GROUP,
    serviceRoleArn: CODEDEPLOY_ROLE,
    deploymentConfigName: configName(world, sim.config),
  });
  startDeployment(world);
  world.advance(Math.round(sim.atMinutes * MINUTE_MS));
  const a = aliasView(world);
  const oldWeight = a.weights['1'];
  if (a.FunctionVersion === '2' && !oldWeight) return 100;
  if (a.FunctionVersion === '2') return Math.round((1 - (oldWeight ?? 0)) * 10_000) / 100;
  return Math.round((a.weights['2'] ?? 0) * 10_000) / 100;
}

// ---------- deployment-outcome ----------

export function observeDeploymentOutcome(
  sim: Omit<DeploymentOutcomeSim, 'kind' | 'expect'>,
): DeploymentOutcomeSim['expect'] {
  const world = deploymentWorld();
  const autoRollback = sim.autoRollback ?? true;
  const hooks: { event: string; fn: string }[] = [];
  if (sim.hook) {
    const fn = `CodeDeployHook_${sim.hook.event}`;
    // The hook reports straight away (or never), so it adds no time before or after the shifts.
    createFn(world, fn, { hook: { reports: sim.hook.reports, afterMs: 0 } });
    hooks.push({ event: sim.hook.event, fn });
  }
  if (sim.alarm) {
    // A metric nothing publishes: the alarm sits in INSUFFICIENT_DATA until SetAlarmState moves it.
    world.cloudwatch.putMetricAlarm({
      AlarmName: ALARM,
      Namespace: 'QuestionCheck',
      MetricName: 'Signal',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'missing',
    });
  }
  world.codedeploy.createDeploymentGroup({
    applicationName: APP,
    deploymentGroupName: GROUP,
    serviceRoleArn: CODEDEPLOY_ROLE,
    deploymentConfigName: configName(world, sim.config),
    ...(sim.alarm ? { alarmConfiguration: { enabled: true, alarms: [{ name: ALARM }] } } : {}),
    autoRollbackConfiguration: autoRollback
      ? { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'] }
      : { enabled: false, events: [] },
  });
  const setAlarm = () =>
    world.cloudwatch.setAlarmState({
      AlarmName: ALARM,
      StateValue: sim.alarm!.state,
      StateReason: 'Question check: the alarm changes state at the time the question gives.',
    });

  // Timed interventions, in time order, measured from the first traffic shift (= deployment start here).
  const actions: { at: number; run: (id: string) => void }[] = [];
  if (sim.alarm && sim.alarm.atMinutes > 0) actions.push({ at: sim.alarm.atMinutes, run: setAlarm });
  if (sim.stop) {
    const rollback = sim.stop.rollback;
    actions.push({
      at: sim.stop.atMinutes,
      run: (id) => void world.codedeploy.stopDeployment({ deploymentId: id, autoRollbackEnabled: rollback }),
    });
  }
  actions.sort((a, b) => a.at - b.at);

  if (sim.alarm && sim.alarm.atMinutes === 0) setAlarm();
  const id = startDeployment(world, hooks);
  let elapsed = 0;
  for (const action of actions) {
    if (done(info(world, id).status)) break;
    world.advance(Math.round((action.at - elapsed) * MINUTE_MS));
    elapsed = action.at;
    if (!done(info(world, id).status)) action.run(id);
  }
  const final = runToEnd(world, id, 3 * 2880);
  return {
    status: final.status as DeploymentOutcomeSim['expect']['status'],
    aliasVersion: aliasState(aliasView(world)),
    rollback: Boolean(final.rollbackInfo?.rollbackDeploymentId),
  };
}

// ---------- publish-sequence ----------

export function observePublishSequence(steps: PublishSequenceSim['steps']): PublishSequenceSim['expect'] {
  const world = createWorld({ seed: 7 });
  const returned: number[] = [];
  let edits = 0;
  for (const step of steps) {
    if (step === 'create') createFn(world, FN, { durationMs: 100 });
    else if (step === 'update-code') {
      world.lambda.updateFunctionCode({ FunctionName: FN, ZipFile: code({ durationMs: 100 + ++edits }) });
      waitUntilFunctionReady(world, FN);
    } else if (step === 'update-config') {
      world.lambda.updateFunctionConfiguration({ FunctionName: FN, Description: `edit ${++edits}` });
      waitUntilFunctionReady(world, FN);
    } else if (step === 'publish')
      returned.push(Number((world.lambda.publishVersion({ FunctionName: FN }) as { Version: string }).Version));
    else world.lambda.deleteFunction({ FunctionName: FN, Qualifier: step.split(':')[1] });
  }
  const versions = (world.lambda.listVersionsByFunction({ FunctionName: FN }).Versions as { Version: string }[])
    .map((v) => v.Version)
    .filter((v) => v !== '$LATEST')
    .map(Number)
    .sort((a, b) => a - b);
  return { versions, returned };
}

// ---------- alias-validation ----------

const errorName = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : String(e);

/**
 * Publishes the versions, then tries UpdateAlias and CreateAlias with the routing. With
 * `sameRole: false` the highest-numbered version the call names is published under another execution
 * role. Returns each call's error name (null = accepted).
 */
export function observeAliasValidation(sim: Omit<AliasValidationSim, 'kind' | 'expect'>): {
  update: string | null;
  create: string | null;
} {
  const named = [sim.functionVersion, ...Object.keys(sim.weights)].filter((v) => /^[0-9]+$/.test(v)).map(Number);
  const published = sim.publishedVersions ?? [...new Set(named)].sort((a, b) => a - b);
  const highest = Math.max(0, ...published, ...named);
  const otherRoleVersion = sim.sameRole ? undefined : Math.max(...named);
  const world = createWorld({ seed: 7 });
  createFn(world, FN, { durationMs: 100 });
  let role = ROLE_A;
  for (let v = 1; v <= highest; v++) {
    const wanted = v === otherRoleVersion ? ROLE_B : ROLE_A;
    if (wanted !== role) {
      world.lambda.updateFunctionConfiguration({ FunctionName: FN, Role: wanted });
      waitUntilFunctionReady(world, FN);
      role = wanted;
    }
    world.lambda.updateFunctionCode({ FunctionName: FN, ZipFile: code({ durationMs: 100 + v }) });
    waitUntilFunctionReady(world, FN);
    world.lambda.publishVersion({ FunctionName: FN });
  }
  for (let v = 1; v <= highest; v++)
    if (!published.includes(v)) world.lambda.deleteFunction({ FunctionName: FN, Qualifier: String(v) });
  const anchor = published.length ? String(published[0]) : '$LATEST';
  world.lambda.createAlias({ FunctionName: FN, Name: ALIAS, FunctionVersion: anchor });
  const attempt = (call: () => unknown): string | null => {
    try {
      call();
      return null;
    } catch (e) {
      return errorName(e);
    }
  };
  const RoutingConfig = { AdditionalVersionWeights: { ...sim.weights } };
  return {
    update: attempt(() =>
      world.lambda.updateAlias({ FunctionName: FN, Name: ALIAS, FunctionVersion: sim.functionVersion, RoutingConfig }),
    ),
    create: attempt(() =>
      world.lambda.createAlias({
        FunctionName: FN,
        Name: 'candidate',
        FunctionVersion: sim.functionVersion,
        RoutingConfig,
      }),
    ),
  };
}

// ---------- verdict ----------

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** For a numeric question, the option whose text is exactly that percentage ("30%"). */
function optionWithPercent(question: Question, percent: number): OptionId | null {
  const text = `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
  const found = question.options.filter((o) => o.text.trim() === text);
  return found.length === 1 ? found[0]!.id : null;
}

export function checkQuestionWithSim(question: Question): SimVerdict | null {
  const sim = question.sim;
  if (!sim) return null;
  const key = question.keyFromSim ?? null;
  const verdict = (observed: unknown, expected: unknown, supported: OptionId | null): SimVerdict => ({
    questionId: question.id,
    kind: sim.kind,
    observed,
    expected,
    agrees: sameJson(observed, expected),
    supportedOptionId: supported,
  });
  switch (sim.kind) {
    case 'schedule-weight': {
      const observed = observeScheduleWeight(sim);
      // Where options are plain percentages, the simulator picks the option itself; otherwise it
      // supports the key only by producing the expected number.
      const byText = optionWithPercent(question, observed);
      return verdict(observed, sim.expectPercent, byText ?? (observed === sim.expectPercent ? key : null));
    }
    case 'deployment-outcome': {
      const observed = observeDeploymentOutcome(sim);
      return verdict(observed, sim.expect, sameJson(observed, sim.expect) ? key : null);
    }
    case 'publish-sequence': {
      const observed = observePublishSequence(sim.steps);
      const comparable = sim.expect.returned ? observed : { versions: observed.versions };
      const expected = sim.expect.returned ? sim.expect : { versions: sim.expect.versions };
      return verdict(comparable, expected, sameJson(comparable, expected) ? key : null);
    }
    case 'alias-validation': {
      const observed = observeAliasValidation(sim);
      const expected = { update: sim.expect.error, create: sim.expect.error };
      return verdict(observed, expected, sameJson(observed, expected) ? key : null);
    }
  }
}
