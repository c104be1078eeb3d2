import { describe, expect, it } from 'vitest';
import { createFn, newWorld, twoVersions } from './helpers';

describe('event log narration (brief: plain language, never per invocation)', () => {
  it('explains publishing, an unchanged publish and an alias update with its weights', () => {
    const w = newWorld();
    twoVersions(w);
    w.lambda.publishVersion({ FunctionName: 'my-fn' });
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    w.lambda.updateAlias({
      FunctionName: 'my-fn',
      Name: 'live',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
    const types = w.log.entries().map((e) => e.type);
    // Creation and the code update each finish a few seconds later (functions-states.html).
    expect(types).toEqual([
      'function.created',
      'version.published',
      'function.active',
      'function.codeUpdated',
      'version.published',
      'function.updateCompleted',
      'version.unchanged',
      'alias.created',
      'alias.updated',
    ]);
    const update = w.log.entries().at(-1)!;
    expect(update.message).toContain('90% of requests to version 1 and 10% to version 2');
    expect(update.docUrl).toBe('https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html');
    expect(update.refs).toEqual({ functionName: 'my-fn', alias: 'live' });
  });

  it('logs cold starts when a burst begins and throttling at most once per minute, not per request', () => {
    const w = newWorld();
    createFn(w, 'my-fn', { durationMs: 2000 });
    w.lambda.putFunctionConcurrency({ FunctionName: 'my-fn', ReservedConcurrentExecutions: 5 });
    w.traffic.start({ source: 'ApiGateway', target: 'my-fn', ratePerSecond: 50 });
    w.advance(3 * 60_000);
    const entries = w.log.entries();
    expect(entries.filter((e) => e.type === 'environment.coldStarts')).toHaveLength(1);
    const throttles = entries.filter((e) => e.type === 'invoke.throttled');
    expect(throttles.length).toBeGreaterThanOrEqual(3);
    expect(throttles.length).toBeLessThanOrEqual(4);
    expect(throttles[0]!.message).toContain('ReservedFunctionConcurrentInvocationLimitExceeded');
  });
});
