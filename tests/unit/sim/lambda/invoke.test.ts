import { waitUntilFunctionReady } from '../../../../src/sim/lambda/waitUntilReady';
import { describe, expect, it } from 'vitest';
import { ARN, captureMetrics, createFn, newWorld, thrown, twoVersions } from './helpers';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
// https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html
// https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
// https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html
// https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html
// https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics.html

const text = (p: Uint8Array | undefined) => new TextDecoder().decode(p);

describe('invoke', () => {
  it('runs $LATEST for a bare name and reports ExecutedVersion', () => {
    const w = newWorld();
    createFn(w);
    const out = w.lambda.invoke({ FunctionName: 'my-fn' });
    expect(out.StatusCode).toBe(200);
    expect(out.ExecutedVersion).toBe('$LATEST');
  });

  it.each([
    ['my-fn:1', undefined, '1'],
    [`${ARN}:my-fn:live`, undefined, '2'],
    ['123456789012:function:my-fn', 'live', '2'],
    [`${ARN}:my-fn`, '1', '1'],
  ])(
    'accepts name, name:qualifier, partial and full ARN: %s (Qualifier %s) runs version %s',
    (name, qualifier, version) => {
      const w = newWorld();
      twoVersions(w, 'my-fn', {}, {});
      w.lambda.updateFunctionConfiguration({ FunctionName: 'my-fn', Timeout: 9 });
      waitUntilFunctionReady(w, 'my-fn');
      w.lambda.publishVersion({ FunctionName: 'my-fn' });
      w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '2' });
      expect(
        w.lambda.invoke({ FunctionName: name, ...(qualifier ? { Qualifier: qualifier } : {}) }).ExecutedVersion,
      ).toBe(version);
    },
  );

  it('rejects a Qualifier that disagrees with the qualified name', () => {
    const w = newWorld();
    twoVersions(w);
    const e = thrown(() => w.lambda.invoke({ FunctionName: 'my-fn:1', Qualifier: '2' }));
    expect([e.name, e.message]).toEqual([
      'InvalidParameterValueException',
      'The derived qualifier from the function name does not match the specified qualifier.',
    ]);
  });

  it('reports an unknown alias or version as ResourceNotFoundException with the qualified ARN', () => {
    const w = newWorld();
    twoVersions(w);
    const e = thrown(() => w.lambda.invoke({ FunctionName: 'my-fn:nope' }));
    expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([
      'ResourceNotFoundException',
      404,
      `Function not found: ${ARN}:my-fn:nope`,
    ]);
  });

  it('returns FunctionError Unhandled with a Lambda-style error body for a failing invocation', () => {
    const w = newWorld();
    createFn(w, 'bad', { errorRate: 1 });
    const out = w.lambda.invoke({ FunctionName: 'bad' });
    expect(out.StatusCode).toBe(200);
    expect(out.FunctionError).toBe('Unhandled');
    expect(Object.keys(JSON.parse(text(out.Payload)))).toEqual(['errorMessage', 'errorType']);
  });

  it('answers 202 for Event and 204 for DryRun', () => {
    const w = newWorld();
    createFn(w);
    expect(w.lambda.invoke({ FunctionName: 'my-fn', InvocationType: 'Event' }).StatusCode).toBe(202);
    expect(w.lambda.invoke({ FunctionName: 'my-fn', InvocationType: 'DryRun' }).StatusCode).toBe(204);
  });

  it('routes each request at random by the alias weights', () => {
    const w = newWorld(3);
    twoVersions(w, 'my-fn', { v: 1 }, { v: 2 });
    w.lambda.updateFunctionConfiguration({ FunctionName: 'my-fn', Timeout: 10 });
    waitUntilFunctionReady(w, 'my-fn');
    w.lambda.publishVersion({ FunctionName: 'my-fn' });
    w.lambda.createAlias({
      FunctionName: 'my-fn',
      Name: 'live',
      FunctionVersion: '1',
      RoutingConfig: { AdditionalVersionWeights: { '3': 0.3 } },
    });
    let three = 0;
    for (let i = 0; i < 2000; i++) {
      if (w.lambda.invoke({ FunctionName: 'my-fn:live' }).ExecutedVersion === '3') three++;
      if (i % 500 === 499) w.advance(1000); // stay under the account's 1,000 concurrent executions
    }
    expect(three / 2000).toBeGreaterThan(0.26);
    expect(three / 2000).toBeLessThan(0.34);
  });

  it('throttles beyond reserved concurrency with TooManyRequestsException 429', () => {
    const w = newWorld();
    createFn(w, 'slow', { durationMs: 10_000 });
    w.lambda.putFunctionConcurrency({ FunctionName: 'slow', ReservedConcurrentExecutions: 2 });
    w.lambda.invoke({ FunctionName: 'slow' });
    w.lambda.invoke({ FunctionName: 'slow' });
    const e = thrown(() => w.lambda.invoke({ FunctionName: 'slow' }));
    expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([
      'TooManyRequestsException',
      429,
      'Rate Exceeded.',
    ]);
    expect(e.details).toMatchObject({ Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' });
    w.advance(11_000);
    expect(w.lambda.invoke({ FunctionName: 'slow' }).StatusCode).toBe(200);
  });

  it('throttles everything when reserved concurrency is 0', () => {
    const w = newWorld();
    createFn(w);
    w.lambda.putFunctionConcurrency({ FunctionName: 'my-fn', ReservedConcurrentExecutions: 0 });
    expect(thrown(() => w.lambda.invoke({ FunctionName: 'my-fn' })).name).toBe('TooManyRequestsException');
  });

  it('throttles at the account limit of 1,000 with ConcurrentInvocationLimitExceeded', () => {
    const w = newWorld();
    createFn(w, 'slow', { durationMs: 60_000 });
    for (let i = 0; i < 1000; i++) w.lambda.invoke({ FunctionName: 'slow' });
    const e = thrown(() => w.lambda.invoke({ FunctionName: 'slow' }));
    expect(e.details).toMatchObject({ Reason: 'ConcurrentInvocationLimitExceeded' });
  });

  it('cold-starts the first request and reuses the warm environment afterwards', () => {
    const w = newWorld();
    createFn(w, 'my-fn', { durationMs: 100, initDurationMs: 500 });
    w.lambda.invoke({ FunctionName: 'my-fn' });
    let env = w.lambda.snapshot().functions[0]!.latest.environments;
    expect(env.initialising).toBe(1);
    w.advance(1000);
    w.lambda.invoke({ FunctionName: 'my-fn' });
    env = w.lambda.snapshot().functions[0]!.latest.environments;
    expect(env.coldStartsTotal).toBe(1);
    expect(env.busy).toBe(1);
    w.advance(1000);
    expect(w.lambda.snapshot().functions[0]!.latest.environments.warmIdle).toBe(1);
  });

  it('reclaims idle environments after the keep-warm time, so the next request cold-starts again', () => {
    const w = newWorld();
    createFn(w);
    w.lambda.invoke({ FunctionName: 'my-fn' });
    w.advance(11 * 60_000);
    w.lambda.invoke({ FunctionName: 'my-fn' });
    expect(w.lambda.snapshot().functions[0]!.latest.environments.coldStartsTotal).toBe(2);
  });

  it('lets in-flight requests finish on the version they started on after an alias update', () => {
    const w = newWorld();
    twoVersions(w, 'my-fn', { durationMs: 5000 }, { durationMs: 5001 });
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    w.lambda.invoke({ FunctionName: 'my-fn:live' });
    w.lambda.updateAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '2' });
    const snap = w.lambda.snapshot().functions[0];
    expect(snap!.versions[0]!.environments.busy).toBe(1);
    expect(snap!.versions[1]!.environments.busy).toBe(0);
    expect(w.lambda.invoke({ FunctionName: 'my-fn:live' }).ExecutedVersion).toBe('2');
  });

  describe('hooks (sim-api.md "Simulated code")', () => {
    const hookPayload = JSON.stringify({ DeploymentId: 'd-ABCDEFGHI', LifecycleEventHookExecutionId: 'exec-1' });

    it('reports the hook status to CodeDeploy after afterMs', () => {
      const w = newWorld();
      createFn(w, 'CodeDeployHook_pre', { hook: { reports: 'Failed', afterMs: 20_000 } });
      const calls: unknown[] = [];
      (
        w.codedeploy as unknown as { putLifecycleEventHookExecutionStatus: (i: unknown) => unknown }
      ).putLifecycleEventHookExecutionStatus = (i) => calls.push(i);
      w.lambda.invoke({ FunctionName: 'CodeDeployHook_pre', InvocationType: 'Event', Payload: hookPayload });
      w.advance(19_999);
      expect(calls).toEqual([]);
      w.advance(1);
      expect(calls).toEqual([
        { deploymentId: 'd-ABCDEFGHI', lifecycleEventHookExecutionId: 'exec-1', status: 'Failed' },
      ]);
    });

    it('never reports when the code says "nothing"', () => {
      const w = newWorld();
      createFn(w, 'CodeDeployHook_pre', { hook: { reports: 'nothing', afterMs: 1000 } });
      const calls: unknown[] = [];
      (
        w.codedeploy as unknown as { putLifecycleEventHookExecutionStatus: (i: unknown) => unknown }
      ).putLifecycleEventHookExecutionStatus = (i) => calls.push(i);
      w.lambda.invoke({ FunctionName: 'CodeDeployHook_pre', InvocationType: 'Event', Payload: hookPayload });
      w.advance(3_600_000);
      expect(calls).toEqual([]);
    });

    it('logs, and does not crash, when CodeDeploy rejects the report', () => {
      const w = newWorld();
      createFn(w, 'CodeDeployHook_pre', { hook: { reports: 'Succeeded', afterMs: 10 } });
      (
        w.codedeploy as unknown as { putLifecycleEventHookExecutionStatus: () => never }
      ).putLifecycleEventHookExecutionStatus = () => {
        throw Object.assign(new Error('already done'), { name: 'LifecycleEventAlreadyCompletedException' });
      };
      w.lambda.invoke({ FunctionName: 'CodeDeployHook_pre', InvocationType: 'Event', Payload: hookPayload });
      w.advance(100);
      expect(
        w.log
          .entries()
          .some((e) => e.type === 'hook.reportFailed' && e.message.includes('LifecycleEventAlreadyCompletedException')),
      ).toBe(true);
    });
  });

  describe('metrics', () => {
    it('counts an alias invocation under FunctionName, the alias Resource and ExecutedVersion, not the version Resource', () => {
      const w = newWorld();
      const data = captureMetrics(w);
      twoVersions(w, 'my-fn', { v: 1 }, { v: 2 });
      w.lambda.updateFunctionConfiguration({ FunctionName: 'my-fn', Timeout: 5 });
      waitUntilFunctionReady(w, 'my-fn');
      w.lambda.publishVersion({ FunctionName: 'my-fn' });
      w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '3' });
      w.lambda.invoke({ FunctionName: 'my-fn:live' });
      w.lambda.invoke({ FunctionName: 'my-fn:1' });
      w.lambda.invoke({ FunctionName: 'my-fn' });
      w.advance(60_000);
      expect(sumOf(data, 'Invocations', { FunctionName: 'my-fn' })).toBe(3);
      expect(sumOf(data, 'Invocations', { FunctionName: 'my-fn', Resource: 'my-fn:live' })).toBe(1);
      expect(sumOf(data, 'Invocations', { FunctionName: 'my-fn', Resource: 'my-fn:live', ExecutedVersion: '3' })).toBe(
        1,
      );
      expect(sumOf(data, 'Invocations', { FunctionName: 'my-fn', Resource: 'my-fn:3' })).toBe(0);
      expect(sumOf(data, 'Invocations', { FunctionName: 'my-fn', Resource: 'my-fn:1' })).toBe(1);
      expect(data.every((d) => d.Namespace === 'AWS/Lambda' && d.Timestamp % 60_000 === 0)).toBe(true);
    });

    it('emits nothing for idle dimension sets', () => {
      const w = newWorld();
      const data = captureMetrics(w);
      createFn(w);
      w.advance(5 * 60_000);
      expect(data).toEqual([]);
    });

    it('counts throttles in Throttles and not in Invocations or Errors', () => {
      const w = newWorld();
      const data = captureMetrics(w);
      createFn(w);
      w.lambda.putFunctionConcurrency({ FunctionName: 'my-fn', ReservedConcurrentExecutions: 0 });
      thrown(() => w.lambda.invoke({ FunctionName: 'my-fn' }));
      w.advance(60_000);
      expect(sumOf(data, 'Throttles', { FunctionName: 'my-fn' })).toBe(1);
      expect(sumOf(data, 'Invocations', { FunctionName: 'my-fn' })).toBe(0);
    });

    it('reports Errors as 0/1 per invocation so Average is the error rate', () => {
      const w = newWorld();
      const data = captureMetrics(w);
      createFn(w, 'bad', { errorRate: 1 });
      w.lambda.invoke({ FunctionName: 'bad' });
      w.lambda.invoke({ FunctionName: 'bad' });
      w.advance(60_000);
      const errors = data.find((d) => d.MetricName === 'Errors' && d.Dimensions.length === 1)!;
      expect([errors.SampleCount, errors.Sum, errors.Maximum]).toEqual([2, 2, 1]);
    });
  });
});

function sumOf(data: ReturnType<typeof captureMetrics>, metric: string, dims: Record<string, string>): number {
  return data
    .filter(
      (d) =>
        d.MetricName === metric &&
        d.Dimensions.length === Object.keys(dims).length &&
        d.Dimensions.every((x) => dims[x.Name] === x.Value),
    )
    .reduce((a, d) => a + d.Sum, 0);
}

describe('metric hand-over timing', () => {
  it('hands a finished minute to CloudWatch before any other event at the next minute start (e.g. an alarm evaluation scheduled earlier)', () => {
    const w = newWorld();
    const data = captureMetrics(w);
    createFn(w);
    const boundary = (Math.floor(w.clock.now() / 60_000) + 1) * 60_000;
    // Scheduled now, so it runs before Lambda's tick for boundary + 1 min (that tick is only
    // scheduled when the tick at `boundary` runs): the hand-over must not depend on that order.
    let seen = -1;
    const ctx = (w.lambda as unknown as { ctx: { scheduler: { at: (t: number, f: () => void, l: string) => void } } })
      .ctx;
    ctx.scheduler.at(
      boundary + 60_000,
      () =>
        (seen = data.filter(
          (d) =>
            d.MetricName === 'Invocations' &&
            d.Timestamp === boundary &&
            d.Dimensions.some((x) => x.Name === 'FunctionName' && x.Value === 'my-fn'),
        ).length),
      'alarm-eval-test',
    );
    w.advance(boundary + 1000 - w.clock.now());
    w.lambda.invoke({ FunctionName: 'my-fn' });
    w.advance(boundary + 60_000 - w.clock.now());
    expect(seen).toBe(1);
  });
});
