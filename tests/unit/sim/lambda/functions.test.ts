import { waitUntilFunctionReady } from '../../../../src/sim/lambda/waitUntilReady';
import { describe, expect, it } from 'vitest';
import { ARN, ROLE, code, createFn, newWorld, thrown } from './helpers';
import { sha256Base64 } from '../../../../src/sim/core/hash';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html
// https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html

describe('functions', () => {
  it('creates a function whose CodeSha256 is the base64 SHA-256 of the code bytes, Pending while it is created', () => {
    const w = newWorld();
    const doc = code({ errorRate: 0.1 });
    const cfg = createFn(w, 'my-fn', { errorRate: 0.1 });
    expect(cfg.CodeSha256).toBe(sha256Base64(doc));
    expect(cfg.FunctionArn).toBe(`${ARN}:my-fn`);
    expect(cfg.Version).toBe('$LATEST');
    expect(cfg.State).toBe('Pending');
    expect(cfg.Timeout).toBe(3);
    expect(cfg.MemorySize).toBe(128);
  });

  it('accepts the code as bytes as well as text, with the same hash', () => {
    const w = newWorld();
    const text = code({ durationMs: 50 });
    const a = w.lambda.createFunction({
      FunctionName: 'a',
      Runtime: 'nodejs22.x',
      Handler: 'h',
      Role: ROLE,
      Code: { ZipFile: new TextEncoder().encode(text) },
    });
    const b = w.lambda.createFunction({
      FunctionName: 'b',
      Runtime: 'nodejs22.x',
      Handler: 'h',
      Role: ROLE,
      Code: { ZipFile: text },
    });
    expect(a.CodeSha256).toBe(b.CodeSha256);
  });

  it('keeps an unparsable code document as valid code with default behaviour', () => {
    const w = newWorld();
    w.lambda.createFunction({
      FunctionName: 'odd',
      Runtime: 'nodejs22.x',
      Handler: 'h',
      Role: ROLE,
      Code: { ZipFile: 'not json' },
    });
    const snap = w.lambda.snapshot().functions[0]!.latest;
    expect(snap.behaviour).toEqual({ errorRate: 0, durationMs: 100, initDurationMs: 400 });
    expect(snap.codeParseError).toMatch(/not JSON/);
  });

  it('requires Role to be an IAM role ARN', () => {
    const w = newWorld();
    const e = thrown(() =>
      w.lambda.createFunction({
        FunctionName: 'x',
        Runtime: 'nodejs22.x',
        Handler: 'h',
        Role: 'lambda-role',
        Code: { ZipFile: '{}' },
      }),
    );
    expect(e.name).toBe('ValidationException');
    expect(e.message).toContain("Value 'lambda-role' at 'role' failed to satisfy constraint");
    const missing = thrown(() =>
      w.lambda.createFunction({ FunctionName: 'x', Runtime: 'nodejs22.x', Handler: 'h', Code: { ZipFile: '{}' } }),
    );
    expect(missing.message).toBe(
      "1 validation error detected: Value null at 'role' failed to satisfy constraint: Member must not be null",
    );
  });

  it('requires Runtime and Handler for a zip package', () => {
    const w = newWorld();
    const e = thrown(() => w.lambda.createFunction({ FunctionName: 'x', Role: ROLE, Code: { ZipFile: '{}' } }));
    expect([e.name, e.message]).toEqual([
      'InvalidParameterValueException',
      'Runtime and Handler are mandatory parameters for functions created with deployment packages.',
    ]);
  });

  it('refuses a second function with the same name (ResourceConflictException 409)', () => {
    const w = newWorld();
    createFn(w);
    const e = thrown(() => createFn(w));
    expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([
      'ResourceConflictException',
      409,
      'Function already exist: my-fn',
    ]);
  });

  it('reports a missing function with its ARN', () => {
    const w = newWorld();
    const e = thrown(() => w.lambda.getFunctionConfiguration({ FunctionName: 'nope' }));
    expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([
      'ResourceNotFoundException',
      404,
      `Function not found: ${ARN}:nope`,
    ]);
  });

  it('UpdateFunctionConfiguration changes only $LATEST and checks RevisionId', () => {
    const w = newWorld();
    createFn(w, 'my-fn', {}, { Publish: true });
    const stale = w.lambda.getFunctionConfiguration({ FunctionName: 'my-fn' }).RevisionId as string;
    w.lambda.updateFunctionConfiguration({ FunctionName: 'my-fn', Timeout: 30 });
    waitUntilFunctionReady(w, 'my-fn');
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'my-fn' }).Timeout).toBe(30);
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'my-fn', Qualifier: '1' }).Timeout).toBe(3);
    const e = thrown(() =>
      w.lambda.updateFunctionConfiguration({ FunctionName: 'my-fn', Timeout: 40, RevisionId: stale }),
    );
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(['PreconditionFailedException', 412]);
    expect(e.message).toBe(
      'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id',
    );
  });

  it('GetFunction returns Configuration, Code location and reserved Concurrency', () => {
    const w = newWorld();
    createFn(w);
    w.lambda.putFunctionConcurrency({ FunctionName: 'my-fn', ReservedConcurrentExecutions: 5 });
    const out = w.lambda.getFunction({ FunctionName: 'my-fn' });
    expect((out.Configuration as { FunctionName: string }).FunctionName).toBe('my-fn');
    expect((out.Code as { RepositoryType: string }).RepositoryType).toBe('S3');
    expect(out.Concurrency).toEqual({ ReservedConcurrentExecutions: 5 });
  });

  it('returns copies: changing a result does not change the function', () => {
    const w = newWorld();
    const cfg = createFn(w, 'my-fn', {}, { Environment: { Variables: { A: '1' } } });
    (cfg.Environment as { Variables: Record<string, string> }).Variables.A = 'changed';
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'my-fn' }).Environment).toEqual({ Variables: { A: '1' } });
  });
});
