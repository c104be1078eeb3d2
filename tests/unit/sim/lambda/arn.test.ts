import { describe, expect, it } from 'vitest';
import { functionArn, parseFunctionRef, qualifiedArn, resourceDimension } from '../../../../src/sim/lambda/arn';
import { thrown } from './helpers';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html

const ctx = { region: 'us-east-1', accountId: '123456789012' };

describe('function names and ARNs', () => {
  it.each([
    ['my-fn', { functionName: 'my-fn' }],
    ['my-fn:live', { functionName: 'my-fn', qualifier: 'live' }],
    ['my-fn:$LATEST', { functionName: 'my-fn', qualifier: '$LATEST' }],
    ['123456789012:function:my-fn', { functionName: 'my-fn' }],
    ['123456789012:function:my-fn:7', { functionName: 'my-fn', qualifier: '7' }],
    ['arn:aws:lambda:us-east-1:123456789012:function:my-fn', { functionName: 'my-fn' }],
    ['arn:aws:lambda:us-east-1:123456789012:function:my-fn:prod', { functionName: 'my-fn', qualifier: 'prod' }],
  ])('parses %s', (ref, expected) => {
    expect(parseFunctionRef(ref, ctx)).toEqual(expected);
  });

  it('takes the Qualifier parameter when the name has none, and accepts one that agrees', () => {
    expect(parseFunctionRef('my-fn', ctx, 'live')).toEqual({ functionName: 'my-fn', qualifier: 'live' });
    expect(parseFunctionRef('my-fn:live', ctx, 'live')).toEqual({ functionName: 'my-fn', qualifier: 'live' });
  });

  it('rejects a Qualifier that disagrees with the qualified name', () => {
    const e = thrown(() => parseFunctionRef('my-fn:live', ctx, 'beta'));
    expect([e.name, e.message]).toEqual([
      'InvalidParameterValueException',
      'The derived qualifier from the function name does not match the specified qualifier.',
    ]);
  });

  it('rejects malformed names and bare names over 64 characters with a ValidationException', () => {
    expect(thrown(() => parseFunctionRef('bad name', ctx)).name).toBe('ValidationException');
    expect(thrown(() => parseFunctionRef('x'.repeat(65), ctx)).name).toBe('ValidationException');
    expect(parseFunctionRef('x'.repeat(64), ctx).functionName).toHaveLength(64);
  });

  it("refuses a full ARN from another Region: the endpoint serves only its own Region's functions", () => {
    const e = thrown(() => parseFunctionRef('arn:aws:lambda:eu-central-1:123456789012:function:my-fn', ctx));
    expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([
      'ResourceNotFoundException',
      404,
      "Functions from 'eu-central-1' are not reachable in this region ('us-east-1')",
    ]);
  });

  it('accepts a bare name of up to 170 characters where the API takes a namespaced name (GetFunction)', () => {
    expect(parseFunctionRef('x'.repeat(65), ctx, undefined, { namespaced: true }).functionName).toHaveLength(65);
    expect(thrown(() => parseFunctionRef('x'.repeat(171), ctx, undefined, { namespaced: true })).name).toBe(
      'ValidationException',
    );
  });

  it.each([
    [
      'live!',
      "1 validation error detected: Value 'live!' at 'qualifier' failed to satisfy constraint: Member must satisfy regular expression pattern: (|[a-zA-Z0-9$_-]+)",
    ],
    [
      'q'.repeat(129),
      `1 validation error detected: Value '${'q'.repeat(129)}' at 'qualifier' failed to satisfy constraint: Member must have length less than or equal to 128`,
    ],
  ])('refuses the Qualifier %s with a ValidationException at qualifier', (q, message) => {
    const e = thrown(() => parseFunctionRef('my-fn', ctx, q));
    expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual(['ValidationException', 400, message]);
  });

  it('builds function ARNs, qualified ARNs and the metric Resource value (fn:qualifier, not an ARN)', () => {
    expect(functionArn(ctx, 'my-fn')).toBe('arn:aws:lambda:us-east-1:123456789012:function:my-fn');
    expect(qualifiedArn(ctx, 'my-fn', 'live')).toBe('arn:aws:lambda:us-east-1:123456789012:function:my-fn:live');
    expect(resourceDimension('my-fn', 'live')).toBe('my-fn:live');
  });
});
