import { describe, expect, it } from 'vitest';
import { ARN, createFn, newWorld, thrown, twoVersions } from './helpers';

// Response shapes recorded from AWS and stated in the Lambda API reference
// (https://docs.aws.amazon.com/lambda/latest/api/API_Operations.html).

const status = (r: unknown) => (r as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode;

describe('HTTP status codes of successful responses ($metadata.httpStatusCode)', () => {
  it('is 201 for CreateFunction, PublishVersion and CreateAlias', () => {
    const w = newWorld();
    expect(status(createFn(w))).toBe(201);
    expect(status(w.lambda.publishVersion({ FunctionName: 'my-fn' }))).toBe(201);
    expect(status(w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' }))).toBe(201);
  });

  it('is 202 for PutProvisionedConcurrencyConfig and an asynchronous Invoke, 200 for a synchronous one', () => {
    const w = newWorld();
    twoVersions(w);
    const pc = w.lambda.putProvisionedConcurrencyConfig({
      FunctionName: 'my-fn',
      Qualifier: '1',
      ProvisionedConcurrentExecutions: 5,
    });
    expect(status(pc)).toBe(202);
    expect(status(w.lambda.invoke({ FunctionName: 'my-fn', InvocationType: 'Event' }))).toBe(202);
    expect(status(w.lambda.invoke({ FunctionName: 'my-fn' }))).toBe(200);
  });

  it('keeps $metadata out of the configuration itself (JSON and the console show only AWS fields)', () => {
    const w = newWorld();
    expect(JSON.stringify(createFn(w))).not.toContain('$metadata');
  });
});

describe('not-found and limit responses', () => {
  it('answers GetFunction for a 65-character name with ResourceNotFoundException, not a validation error', () => {
    const w = newWorld();
    const name = 'f'.repeat(65);
    const e = thrown(() => w.lambda.getFunction({ FunctionName: name }));
    expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([
      'ResourceNotFoundException',
      404,
      `Function not found: ${ARN}:${name}`,
    ]);
  });

  it("refuses provisioned concurrency above the account's unreserved concurrency, naming it", () => {
    const w = newWorld();
    createFn(w, 'other');
    w.lambda.putFunctionConcurrency({ FunctionName: 'other', ReservedConcurrentExecutions: 100 });
    twoVersions(w);
    const e = thrown(() =>
      w.lambda.putProvisionedConcurrencyConfig({
        FunctionName: 'my-fn',
        Qualifier: '1',
        ProvisionedConcurrentExecutions: 901,
      }),
    );
    expect([e.name, e.message]).toEqual([
      'InvalidParameterValueException',
      "Specified ConcurrentExecutions for function is greater than account's unreserved concurrency [900].",
    ]);
  });

  it('gives TooManyRequestsException its Reason and Type as top-level members', () => {
    const w = newWorld();
    createFn(w);
    w.lambda.putFunctionConcurrency({ FunctionName: 'my-fn', ReservedConcurrentExecutions: 0 });
    const e = thrown(() => w.lambda.invoke({ FunctionName: 'my-fn' })) as unknown as Record<string, unknown>;
    expect([e.name, e.Reason, e.Type]).toEqual([
      'TooManyRequestsException',
      'ReservedFunctionConcurrentInvocationLimitExceeded',
      'User',
    ]);
  });
});
