import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PREDEFINED_LAMBDA_CONFIGS } from '../../../../src/sim/codedeploy/deploymentConfigs';
import type { TrafficRoutingConfig } from '../../../../src/sim/codedeploy/types';
import { MIN, ordersWorld, type HookReport } from './worldSetup';

/** A random deployment story: config, hooks, an alarm that may fire, a stop that may come. */
interface Story {
  seed: number;
  config: string | TrafficRoutingConfig;
  before?: { reports: HookReport; afterMs: number };
  after?: { reports: HookReport; afterMs: number };
  alarmAtMs?: number;
  stop?: { atMs: number; autoRollbackEnabled?: boolean };
  autoRollback: {
    enabled: boolean;
    events: ('DEPLOYMENT_FAILURE' | 'DEPLOYMENT_STOP_ON_ALARM' | 'DEPLOYMENT_STOP_ON_REQUEST')[];
  };
}

const hook = fc.option(
  fc.record({
    reports: fc.constantFrom<HookReport>('Succeeded', 'Failed', 'nothing'),
    afterMs: fc.integer({ min: 0, max: 5 * MIN }),
  }),
  { nil: undefined },
);
const custom = fc.oneof(
  fc.record({
    type: fc.constant('TimeBasedLinear' as const),
    timeBasedLinear: fc.record({
      linearPercentage: fc.integer({ min: 1, max: 99 }),
      linearInterval: fc.integer({ min: 1, max: 3 }),
    }),
  }),
  fc.record({
    type: fc.constant('TimeBasedCanary' as const),
    timeBasedCanary: fc.record({
      canaryPercentage: fc.integer({ min: 1, max: 99 }),
      canaryInterval: fc.integer({ min: 1, max: 30 }),
    }),
  }),
);
export const storyArb: fc.Arbitrary<Story> = fc.record(
  {
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    config: fc.oneof(fc.constantFrom(...Object.keys(PREDEFINED_LAMBDA_CONFIGS)), custom),
    before: hook,
    after: hook,
    alarmAtMs: fc.option(fc.integer({ min: 0, max: 120 * MIN }), { nil: undefined }),
    stop: fc.option(
      fc.record({
        atMs: fc.integer({ min: 0, max: 120 * MIN }),
        autoRollbackEnabled: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    autoRollback: fc.record({
      enabled: fc.boolean(),
      events: fc
        .subarray(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'] as const, {
          minLength: 1,
        })
        .map((e) => [...e]),
    }),
  },
  { requiredKeys: ['seed', 'config', 'autoRollback'] },
);

const STEP = 30_000;
const HORIZON = 200 * MIN; // past two one-hour hook timeouts and the longest config here

/** Plays a story; `onStep` sees the world every 30 simulated seconds. */
export function playStory(s: Story, onStep: (ctx: ReturnType<typeof ordersWorld>) => void = () => {}) {
  const env = ordersWorld({
    seed: s.seed,
    before: s.before,
    after: s.after,
    group: {
      alarmConfiguration: { enabled: true, alarms: [{ name: 'canary-errors' }] },
      autoRollbackConfiguration: s.autoRollback,
    },
  });
  const { w } = env;
  w.cloudwatch.putMetricAlarm({
    AlarmName: 'canary-errors',
    Namespace: 'AWS/Lambda',
    MetricName: 'Errors',
    Dimensions: [
      { Name: 'FunctionName', Value: 'orders' },
      { Name: 'Resource', Value: 'orders:live' },
    ],
    Statistic: 'Sum',
    Period: 60,
    EvaluationPeriods: 1,
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    TreatMissingData: 'missing',
  });
  let configName: string;
  if (typeof s.config === 'string') configName = s.config;
  else {
    configName = 'Custom';
    w.codedeploy.createDeploymentConfig({
      deploymentConfigName: configName,
      computePlatform: 'Lambda',
      trafficRoutingConfig: s.config,
    });
  }
  const id = env.deploy({ deploymentConfigName: configName });
  for (let t = 0; t < HORIZON; t += STEP) {
    if (s.alarmAtMs !== undefined && s.alarmAtMs >= t && s.alarmAtMs < t + STEP) {
      w.advance(s.alarmAtMs - t);
      w.cloudwatch.setAlarmState({ AlarmName: 'canary-errors', StateValue: 'ALARM', StateReason: 'test' });
      w.advance(t + STEP - s.alarmAtMs);
    } else if (s.stop && s.stop.atMs >= t && s.stop.atMs < t + STEP) {
      w.advance(s.stop.atMs - t);
      if (env.info(id).status === 'InProgress')
        w.codedeploy.stopDeployment({ deploymentId: id, autoRollbackEnabled: s.stop.autoRollbackEnabled });
      w.advance(t + STEP - s.stop.atMs);
    } else w.advance(STEP);
    onStep(env);
  }
  return { ...env, id };
}

describe('CodeDeploy properties over random deployment stories (fast-check)', () => {
  it('keeps alias weights in range, ends every deployment, and leaves the alias exactly as before after a rollback', () => {
    fc.assert(
      fc.property(storyArb, (s) => {
        const { alias, info, id, w } = playStory(s, ({ alias }) => {
          const a = alias();
          expect(['1', '2']).toContain(a.FunctionVersion);
          for (const weight of Object.values(a.weights)) {
            expect(weight).toBeGreaterThan(0);
            expect(weight).toBeLessThan(1);
          }
        });
        const d = info(id);
        expect(['Succeeded', 'Failed', 'Stopped']).toContain(d.status);
        const record = w.codedeploy.snapshot().deployments.find((x) => x.deploymentId === id)!;
        for (let i = 0; i < record.weightHistory.length; i++) {
          const { weight } = record.weightHistory[i]!;
          expect(weight > 0 && weight <= 1).toBe(true);
          if (i > 0) expect(weight).toBeGreaterThan(record.weightHistory[i - 1]!.weight);
        }
        const rollbackId = d.rollbackInfo?.rollbackDeploymentId;
        if (rollbackId) {
          expect(d.status).not.toBe('Succeeded');
          const rb = info(rollbackId);
          expect(rb.creator).toBe('codeDeployRollback');
          expect(rb.rollbackInfo?.rollbackTriggeringDeploymentId).toBe(id);
          expect(rb.status).toBe('Succeeded');
          expect(alias()).toEqual({ FunctionVersion: '1', weights: {} });
        }
        if (d.status === 'Succeeded') expect(alias()).toEqual({ FunctionVersion: '2', weights: {} });
        // Only these three paths lead to a non-success; each matches its error code.
        if (d.status === 'Stopped') expect(['ALARM_ACTIVE', 'MANUAL_STOP']).toContain(d.errorInformation?.code);
        if (d.status === 'Failed') expect(d.errorInformation?.code).toBe('HOOK_EXECUTION_FAILURE');
      }),
      { numRuns: 25 },
    );
  });

  it('gives an identical snapshot for the same seed and the same calls', () => {
    fc.assert(
      fc.property(storyArb, (s) => {
        const a = JSON.stringify(playStory(s).w.snapshot());
        const b = JSON.stringify(playStory(s).w.snapshot());
        expect(a).toBe(b);
      }),
      { numRuns: 8 },
    );
  });

  it('leaves the world snapshot unchanged when a CodeDeploy call fails mid-deployment', () => {
    fc.assert(
      fc.property(storyArb, fc.integer({ min: 0, max: 3 }), (s, which) => {
        const env = ordersWorld({
          seed: s.seed,
          before: s.before,
          group: { deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes' },
        });
        const id = env.deploy();
        env.w.advance(MIN);
        env.w.codedeploy.listApplications(); // brings traffic and metrics to the present
        // A second deployment is refused only while the first is still running; a hook that reports
        // Failed at once may already have ended it, and then call 0 is legitimately accepted.
        const running = env.w.codedeploy.getDeployment({ deploymentId: id }).deploymentInfo?.status === 'InProgress';
        fc.pre(which !== 0 || running);
        const before = JSON.stringify(env.w.snapshot());
        const calls = [
          () => env.deploy(),
          () =>
            env.w.codedeploy.putLifecycleEventHookExecutionStatus({
              deploymentId: id,
              lifecycleEventHookExecutionId: 'not-an-execution',
              status: 'Succeeded',
            }),
          () =>
            env.w.codedeploy.createDeploymentGroup({
              applicationName: 'shop',
              deploymentGroupName: 'orders-dg',
              serviceRoleArn: 'arn:aws:iam::123456789012:role/x',
            }),
          () => env.w.codedeploy.stopDeployment({ deploymentId: 'd-NOTHERE00' }),
        ];
        expect(() => calls[which]!()).toThrow();
        expect(JSON.stringify(env.w.snapshot())).toBe(before);
      }),
      { numRuns: 12 },
    );
  });
});
