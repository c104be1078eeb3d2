import { describe, expect, it } from 'vitest';
import { ARN, captureMetrics, code, createFn, newWorld, thrown, twoVersions } from './helpers';
import { getShortestPaths } from 'xstate/graph';
import { pcAllocationMachine } from '../../../../src/sim/lambda/pcAllocationMachine';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html
// https://docs.aws.amazon.com/lambda/latest/api/API_PutProvisionedConcurrencyConfig.html
// https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
// https://docs.aws.amazon.com/lambda/latest/api/API_DeleteAlias.html
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
// https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html

const put = (w: ReturnType<typeof newWorld>, q: string, n: number, fn = 'my-fn') =>
  w.lambda.putProvisionedConcurrencyConfig({ FunctionName: fn, Qualifier: q, ProvisionedConcurrentExecutions: n });

describe('provisioned concurrency', () => {
  it('answers IN_PROGRESS with 0 allocated, then becomes READY within minutes', () => {
    const w = newWorld();
    twoVersions(w);
    const out = put(w, '1', 5);
    expect(out).toMatchObject({
      RequestedProvisionedConcurrentExecutions: 5,
      AllocatedProvisionedConcurrentExecutions: 0,
      AvailableProvisionedConcurrentExecutions: 0,
      Status: 'IN_PROGRESS',
    });
    expect('StatusReason' in out).toBe(false);
    w.advance(60_000);
    expect(w.lambda.getProvisionedConcurrencyConfig({ FunctionName: 'my-fn', Qualifier: '1' }).Status).toBe(
      'IN_PROGRESS',
    );
    w.advance(5 * 60_000);
    expect(w.lambda.getProvisionedConcurrencyConfig({ FunctionName: 'my-fn', Qualifier: '1' })).toMatchObject({
      Status: 'READY',
      AllocatedProvisionedConcurrentExecutions: 5,
    });
  });

  it.each([
    [
      'put on $LATEST',
      (w: ReturnType<typeof newWorld>) => put(w, '$LATEST', 1),
      'InvalidParameterValueException',
      400,
      'Provisioned Concurrency Configs cannot be applied to unpublished function versions.',
    ],
    [
      'get on $LATEST',
      (w: ReturnType<typeof newWorld>) =>
        w.lambda.getProvisionedConcurrencyConfig({ FunctionName: 'my-fn', Qualifier: '$LATEST' }),
      'InvalidParameterValueException',
      400,
      'The function resource provided must be an alias or a published version.',
    ],
    [
      'zero',
      (w: ReturnType<typeof newWorld>) => put(w, '1', 0),
      'ValidationException',
      400,
      "1 validation error detected: Value '0' at 'provisionedConcurrentExecutions' failed to satisfy constraint: Member must have value greater than or equal to 1",
    ],
    [
      'missing alias',
      (w: ReturnType<typeof newWorld>) => put(w, 'nope', 1),
      'ResourceNotFoundException',
      404,
      `Cannot find alias arn: ${ARN}:my-fn:nope`,
    ],
    [
      'missing version',
      (w: ReturnType<typeof newWorld>) => put(w, '9', 1),
      'ResourceNotFoundException',
      404,
      `Function not found: ${ARN}:my-fn:9`,
    ],
    [
      'get without a config',
      (w: ReturnType<typeof newWorld>) =>
        w.lambda.getProvisionedConcurrencyConfig({ FunctionName: 'my-fn', Qualifier: '1' }),
      'ProvisionedConcurrencyConfigNotFoundException',
      404,
      'No Provisioned Concurrency Config found for this function',
    ],
    [
      'list on a missing function',
      (w: ReturnType<typeof newWorld>) => w.lambda.listProvisionedConcurrencyConfigs({ FunctionName: 'other' }),
      'ResourceNotFoundException',
      404,
      `Function not found: ${ARN}:other`,
    ],
  ])('rejects %s with the recorded error', (_l, call, name, status, message) => {
    const w = newWorld();
    twoVersions(w);
    const e = thrown(() => call(w));
    expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([name, status, message]);
  });

  it('refuses PC on an alias that points to $LATEST', () => {
    const w = newWorld();
    createFn(w);
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'dev', FunctionVersion: '$LATEST' });
    expect(thrown(() => put(w, 'dev', 1)).message).toBe(
      'Provisioned Concurrency Configs cannot be applied to unpublished function versions.',
    );
  });

  it('allows one configuration per version, directly or through an alias: both ResourceConflictException cases', () => {
    const w = newWorld();
    twoVersions(w);
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    put(w, '1', 2);
    const e1 = thrown(() => put(w, 'live', 2));
    expect([e1.name, e1.$metadata.httpStatusCode, e1.message]).toEqual([
      'ResourceConflictException',
      409,
      "Alias can't be used for Provisioned Concurrency configuration on an already Provisioned version",
    ]);
    w.lambda.deleteProvisionedConcurrencyConfig({ FunctionName: 'my-fn', Qualifier: '1' });
    put(w, 'live', 2);
    const e2 = thrown(() => put(w, '1', 2));
    expect([e2.name, e2.message]).toEqual([
      'ResourceConflictException',
      'Version is pointed by a Provisioned Concurrency alias',
    ]);
  });

  it('keeps PC within reserved concurrency and keeps 100 unreserved', () => {
    const w = newWorld();
    twoVersions(w);
    w.lambda.putFunctionConcurrency({ FunctionName: 'my-fn', ReservedConcurrentExecutions: 10 });
    expect(thrown(() => put(w, '1', 11)).message).toBe(
      'Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function',
    );
    w.lambda.deleteFunctionConcurrency({ FunctionName: 'my-fn' });
    expect(thrown(() => put(w, '1', 901)).message).toBe(
      "Specified ConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
    );
    expect(put(w, '1', 900).Status).toBe('IN_PROGRESS');
  });

  it('is idempotent on delete and lists configs with the qualified ARN', () => {
    const w = newWorld();
    twoVersions(w);
    expect(w.lambda.deleteProvisionedConcurrencyConfig({ FunctionName: 'my-fn', Qualifier: '1' })).toEqual({});
    put(w, '2', 3);
    expect(
      w.lambda.listProvisionedConcurrencyConfigs({ FunctionName: 'my-fn' }).ProvisionedConcurrencyConfigs[0],
    ).toMatchObject({ FunctionArn: `${ARN}:my-fn:2`, RequestedProvisionedConcurrentExecutions: 3 });
  });

  it('serves requests on READY provisioned environments without cold starts; beyond them spills over', () => {
    const w = newWorld();
    const data = captureMetrics(w);
    createFn(w, 'my-fn', { durationMs: 1000, initDurationMs: 800 }, { Publish: true });
    put(w, '1', 2);
    w.advance(10 * 60_000);
    for (let i = 0; i < 3; i++) w.lambda.invoke({ FunctionName: 'my-fn:1' });
    const env = w.lambda.snapshot().functions[0]!.versions[0]!.environments;
    expect(env.provisioned.busy).toBe(2);
    expect(env.coldStartsTotal).toBe(1);
    expect(env.spilloverTotal).toBe(1);
    w.advance(60_000);
    const pcInv = data
      .filter((d) => d.MetricName === 'ProvisionedConcurrencyInvocations' && d.Dimensions.length === 1)
      .reduce((a, d) => a + d.Sum, 0);
    const spill = data
      .filter((d) => d.MetricName === 'ProvisionedConcurrencySpilloverInvocations' && d.Dimensions.length === 1)
      .reduce((a, d) => a + d.Sum, 0);
    expect([pcInv, spill]).toEqual([2, 1]);
  });

  it('does not move PC configured on a version when the alias moves on', () => {
    const w = newWorld();
    twoVersions(w, 'my-fn', { durationMs: 100 }, { durationMs: 100, v: 2 });
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    put(w, '1', 5);
    w.advance(10 * 60_000);
    w.lambda.updateAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '2' });
    w.lambda.invoke({ FunctionName: 'my-fn:live' });
    const f = w.lambda.snapshot().functions[0];
    expect(f!.versions[0]!.environments.provisioned.ready).toBe(5);
    expect(f!.versions[1]!.environments.coldStartsTotal).toBe(1);
  });

  it('re-allocates alias PC to the new version on retarget: back to IN_PROGRESS, on-demand meanwhile', () => {
    const w = newWorld();
    twoVersions(w, 'my-fn', {}, { v: 2 });
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    put(w, 'live', 4);
    w.advance(10 * 60_000);
    w.lambda.updateAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '2' });
    expect(w.lambda.getProvisionedConcurrencyConfig({ FunctionName: 'my-fn', Qualifier: 'live' }).Status).toBe(
      'IN_PROGRESS',
    );
    let f = w.lambda.snapshot().functions[0];
    expect([f!.versions[0]!.environments.provisioned.ready, f!.versions[1]!.environments.provisioned.ready]).toEqual([
      0, 0,
    ]);
    w.advance(10 * 60_000);
    f = w.lambda.snapshot().functions[0];
    expect(w.lambda.getProvisionedConcurrencyConfig({ FunctionName: 'my-fn', Qualifier: 'live' }).Status).toBe('READY');
    expect([f!.versions[0]!.environments.provisioned.ready, f!.versions[1]!.environments.provisioned.ready]).toEqual([
      0, 4,
    ]);
  });

  it('splits alias PC over a weighted alias in proportion to the weights, marked approximate', () => {
    const w = newWorld();
    twoVersions(w, 'my-fn', {}, { v: 2 });
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    put(w, 'live', 100);
    w.advance(10 * 60_000);
    w.lambda.updateAlias({
      FunctionName: 'my-fn',
      Name: 'live',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
    const f = w.lambda.snapshot().functions[0];
    expect([f!.versions[0]!.environments.provisioned.ready, f!.versions[1]!.environments.provisioned.ready]).toEqual([
      90, 10,
    ]);
    expect(f!.versions[1]!.environments.provisioned.approximate).toBe(true);
    expect(f!.provisionedConcurrency[0]).toMatchObject({ approximate: true, servesVersions: ['1', '2'] });
  });

  it('fails allocation when init is longer than the provisioned init limit', () => {
    const w = newWorld();
    createFn(w, 'my-fn', { initDurationMs: 200_000 }, { Publish: true });
    put(w, '1', 1);
    w.advance(10 * 60_000);
    expect(w.lambda.getProvisionedConcurrencyConfig({ FunctionName: 'my-fn', Qualifier: '1' })).toMatchObject({
      Status: 'FAILED',
      StatusReason: 'Provisioned Concurrency configuration failed to be applied. Reason: FUNCTION_ERROR_INIT_FAILURE.',
    });
  });

  it('deleting an alias deletes its PC config', () => {
    const w = newWorld();
    twoVersions(w);
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    put(w, 'live', 1);
    w.lambda.deleteAlias({ FunctionName: 'my-fn', Name: 'live' });
    expect(
      thrown(() => w.lambda.getProvisionedConcurrencyConfig({ FunctionName: 'my-fn', Qualifier: 'live' })).message,
    ).toBe(`Cannot find alias arn: ${ARN}:my-fn:live`);
    expect(w.lambda.listProvisionedConcurrencyConfigs({ FunctionName: 'my-fn' }).ProvisionedConcurrencyConfigs).toEqual(
      [],
    );
    expect(code()).toBe('{}');
  });

  it('the allocation machine reaches READY and FAILED and nothing else (xstate/graph paths)', () => {
    const paths = getShortestPaths(pcAllocationMachine, { input: { allocationMs: 1000, initFails: false } });
    expect(paths.map((p) => p.state.value).sort()).toEqual(['IN_PROGRESS', 'READY']);
    const failing = getShortestPaths(pcAllocationMachine, { input: { allocationMs: 1000, initFails: true } });
    expect(failing.map((p) => p.state.value).sort()).toEqual(['FAILED', 'IN_PROGRESS']);
  });
});

describe('reserved concurrency and account settings', () => {
  it('refuses PutFunctionConcurrency on a qualified ARN', () => {
    const w = newWorld();
    twoVersions(w);
    const e = thrown(() =>
      w.lambda.putFunctionConcurrency({ FunctionName: 'my-fn:1', ReservedConcurrentExecutions: 5 }),
    );
    expect(e.message).toBe(
      'This operation is permitted on Lambda functions only. Aliases and versions do not support this operation. Please specify either a function name or an unqualified function ARN.',
    );
  });

  it('keeps at least 100 unreserved across the account', () => {
    const w = newWorld();
    createFn(w, 'a');
    createFn(w, 'b');
    w.lambda.putFunctionConcurrency({ FunctionName: 'a', ReservedConcurrentExecutions: 800 });
    const e = thrown(() => w.lambda.putFunctionConcurrency({ FunctionName: 'b', ReservedConcurrentExecutions: 101 }));
    expect([e.name, e.message]).toEqual([
      'InvalidParameterValueException',
      "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
    ]);
    expect(w.lambda.putFunctionConcurrency({ FunctionName: 'b', ReservedConcurrentExecutions: 100 })).toEqual({
      ReservedConcurrentExecutions: 100,
    });
    expect(w.lambda.getAccountSettings().AccountLimit).toMatchObject({
      ConcurrentExecutions: 1000,
      UnreservedConcurrentExecutions: 100,
    });
    expect(w.lambda.getFunctionConcurrency({ FunctionName: 'a' })).toEqual({ ReservedConcurrentExecutions: 800 });
    w.lambda.deleteFunctionConcurrency({ FunctionName: 'a' });
    expect(w.lambda.getFunctionConcurrency({ FunctionName: 'a' })).toEqual({});
  });

  it('limits new environments to 1,000 per 10 s per function (scaling rate)', () => {
    const w = newWorld();
    createFn(w, 'burst', { durationMs: 1 });
    createFn(w, 'other');
    for (let i = 0; i < 1000; i++) w.lambda.invoke({ FunctionName: 'burst' });
    w.advance(500); // every request (400 ms init + 1 ms) has finished; the bucket refilled 50 tokens
    // New settings discard the 1,000 warm environments, so every request needs a new one.
    // Invocations are served while the update is InProgress (no wait: the bucket must not refill).
    w.lambda.updateFunctionConfiguration({ FunctionName: 'burst', Timeout: 10 });
    let started = 0;
    let error: ReturnType<typeof thrown> | undefined;
    while (!error && started < 100) {
      try {
        w.lambda.invoke({ FunctionName: 'burst' });
        started++;
      } catch (e) {
        error = e as never;
      }
    }
    expect(started).toBe(50);
    expect(error?.details).toMatchObject({ Reason: 'FunctionInvocationRateLimitExceeded' });
    expect(w.lambda.invoke({ FunctionName: 'other' }).StatusCode).toBe(200);
  });
});
