import { describe, expect, it } from 'vitest';
import { ARN, ROLE, code, createFn, newWorld, thrown } from './helpers';
import type { World } from '../../../../src/sim/world';

// Facts from https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html and the
// UpdateFunctionConfiguration API reference ("During this time, you can't modify the function, but
// you can still invoke it").

const IN_PROGRESS =
  'The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:my-fn';
const PENDING =
  'The operation cannot be performed at this time. The function is currently in the following state: Pending';

const createRaw = (w: World, name = 'my-fn') =>
  w.lambda.createFunction({
    FunctionName: name,
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    Role: ROLE,
    Code: { ZipFile: code({ errorRate: 0 }) },
  });

const config = (w: World) => w.lambda.getFunctionConfiguration({ FunctionName: 'my-fn' });

describe('function state after CreateFunction', () => {
  it('starts Pending ("The function is being created."), then becomes Active with a Successful last update', () => {
    const w = newWorld();
    const created = createRaw(w);
    expect([created.State, created.StateReasonCode, created.StateReason]).toEqual([
      'Pending',
      'Creating',
      'The function is being created.',
    ]);
    w.advance(10_000);
    const later = config(w);
    expect([later.State, later.LastUpdateStatus]).toEqual(['Active', 'Successful']);
    expect('StateReason' in later).toBe(false);
  });

  it('changes the RevisionId again when the function becomes Active', () => {
    const w = newWorld();
    const created = createRaw(w);
    w.advance(10_000);
    expect(config(w).RevisionId).not.toBe(created.RevisionId);
  });

  it('refuses Invoke, updates and PublishVersion while Pending with ResourceConflictException (409)', () => {
    const w = newWorld();
    createRaw(w);
    for (const call of [
      () => w.lambda.invoke({ FunctionName: 'my-fn' }),
      () => w.lambda.publishVersion({ FunctionName: 'my-fn' }),
      () => w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ durationMs: 5 }) }),
      () => w.lambda.updateFunctionConfiguration({ FunctionName: 'my-fn', Timeout: 10 }),
    ]) {
      const e = thrown(call);
      expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual(['ResourceConflictException', 409, PENDING]);
    }
  });

  it('publishes version 1 within CreateFunction when Publish is true, even though the function is Pending', () => {
    const w = newWorld();
    const created = createRaw(w);
    expect(created.Version).toBe('$LATEST');
    const w2 = newWorld();
    const published = w2.lambda.createFunction({
      FunctionName: 'my-fn',
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Role: ROLE,
      Code: { ZipFile: code() },
      Publish: true,
    });
    expect(published.Version).toBe('1');
  });
});

describe('LastUpdateStatus during UpdateFunctionCode / UpdateFunctionConfiguration', () => {
  it('reports InProgress right after an update, and Successful once it completes', () => {
    const w = newWorld();
    createFn(w);
    const updated = w.lambda.updateFunctionConfiguration({ FunctionName: 'my-fn', Timeout: 30 });
    expect([updated.State, updated.LastUpdateStatus, updated.LastUpdateStatusReasonCode]).toEqual([
      'Active',
      'InProgress',
      'Creating',
    ]);
    expect(updated.Timeout).toBe(30);
    w.advance(10_000);
    expect([config(w).LastUpdateStatus, config(w).Timeout]).toEqual(['Successful', 30]);
  });

  it('refuses PublishVersion right after UpdateFunctionCode: the pipeline failure between "update code" and "publish version"', () => {
    const w = newWorld();
    createFn(w);
    w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ durationMs: 5 }) });
    const e = thrown(() => w.lambda.publishVersion({ FunctionName: 'my-fn' }));
    expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual(['ResourceConflictException', 409, IN_PROGRESS]);
    w.advance(10_000);
    expect(w.lambda.publishVersion({ FunctionName: 'my-fn' }).Version).toBe('1');
  });

  it('refuses a second update while the first is InProgress, and accepts it afterwards', () => {
    const w = newWorld();
    createFn(w);
    w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ durationMs: 5 }) });
    const e = thrown(() => w.lambda.updateFunctionConfiguration({ FunctionName: 'my-fn', MemorySize: 256 }));
    expect([e.name, e.message]).toEqual(['ResourceConflictException', IN_PROGRESS]);
    expect(config(w).MemorySize).toBe(128);
    w.advance(10_000);
    expect(w.lambda.updateFunctionConfiguration({ FunctionName: 'my-fn', MemorySize: 256 }).MemorySize).toBe(256);
  });

  it('still serves invocations while an update is InProgress', () => {
    const w = newWorld();
    createFn(w);
    w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ durationMs: 5 }) });
    expect(w.lambda.invoke({ FunctionName: 'my-fn' }).StatusCode).toBe(200);
  });

  it('changes the RevisionId when the update completes', () => {
    const w = newWorld();
    createFn(w);
    const updated = w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ durationMs: 5 }) });
    w.advance(10_000);
    const after = config(w);
    expect(after.RevisionId).not.toBe(updated.RevisionId);
    expect(after.CodeSha256).toBe(updated.CodeSha256);
  });

  it('publishes within UpdateFunctionCode when Publish is true (no separate PublishVersion to collide)', () => {
    const w = newWorld();
    createFn(w);
    const out = w.lambda.updateFunctionCode({ FunctionName: 'my-fn', ZipFile: code({ durationMs: 5 }), Publish: true });
    expect([out.Version, out.FunctionArn]).toEqual(['1', `${ARN}:my-fn:1`]);
    expect(config(w).LastUpdateStatus).toBe('InProgress');
  });
});
