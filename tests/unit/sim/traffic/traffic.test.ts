import { describe, expect, it } from 'vitest';
import { ARN, captureMetrics, code, createFn, newWorld, thrown, twoVersions } from '../lambda/helpers';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html

describe('traffic sources (simulator-only load generators)', () => {
  it('sends ratePerSecond requests per second to the wired target', () => {
    const w = newWorld();
    createFn(w);
    const id = w.traffic.start({ source: 'ApiGateway', target: 'my-fn', ratePerSecond: 50 });
    w.advance(60_000);
    const s = w.traffic.snapshot().sources.find((x) => x.id === id)!;
    expect(s.total.invocations).toBe(3000);
    expect(s.targetKind).toBe('LATEST');
    expect(s.total.byVersion).toEqual({ $LATEST: 3000 });
  });

  it('resolves the kind of target: bare name = $LATEST, name:alias, name:version, ARN', () => {
    const w = newWorld();
    twoVersions(w);
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    w.traffic.start({ source: 'ApiGateway', target: 'my-fn', ratePerSecond: 1 });
    w.traffic.start({ source: 'SQS', target: 'my-fn:live', ratePerSecond: 1 });
    w.traffic.start({ source: 'SNS', target: `${ARN}:my-fn:2`, ratePerSecond: 1 });
    expect(w.traffic.list().map((s) => s.targetKind)).toEqual(['LATEST', 'alias', 'version']);
  });

  it('refuses a missing target at start with the ResourceNotFoundException Invoke would give', () => {
    const w = newWorld();
    twoVersions(w);
    const e = thrown(() => w.traffic.start({ source: 'ApiGateway', target: 'my-fn:nope', ratePerSecond: 10 }));
    expect([e.name, e.$metadata.httpStatusCode, e.message]).toEqual([
      'ResourceNotFoundException',
      404,
      `Function not found: ${ARN}:my-fn:nope`,
    ]);
    expect(w.traffic.list()).toEqual([]);
  });

  it('observes a split near the weight at high rate', () => {
    const w = newWorld(11);
    twoVersions(w);
    w.lambda.createAlias({
      FunctionName: 'my-fn',
      Name: 'live',
      FunctionVersion: '1',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
    w.traffic.start({ source: 'ApiGateway', target: 'my-fn:live', ratePerSecond: 500 });
    w.advance(5 * 60_000);
    const by = w.traffic.list()[0]!.total.byVersion;
    const share = by['2']! / (by['1']! + by['2']!);
    expect(Math.abs(share - 0.1)).toBeLessThan(0.005);
  });

  it('is visibly noisy at low rate: per-minute shares at 1 request/s wander far from 10%', () => {
    const w = newWorld(5);
    twoVersions(w);
    w.lambda.createAlias({
      FunctionName: 'my-fn',
      Name: 'live',
      FunctionVersion: '1',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
    w.traffic.start({ source: 'Client', target: 'my-fn:live', ratePerSecond: 1 });
    const shares: number[] = [];
    for (let m = 0; m < 20; m++) {
      w.advance(60_000);
      const lm = w.traffic.list()[0]!.lastMinute;
      shares.push((lm.byVersion['2'] ?? 0) / 60);
    }
    const spread = Math.max(...shares) - Math.min(...shares);
    expect(spread).toBeGreaterThan(0.1);
  });

  it('applies an alias change only to requests that arrive after it', () => {
    const w = newWorld();
    twoVersions(w);
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    w.traffic.start({ source: 'ApiGateway', target: 'my-fn:live', ratePerSecond: 10 });
    w.advance(10_000);
    w.lambda.updateAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '2' });
    w.advance(10_000);
    expect(w.traffic.list()[0]!.total.byVersion).toEqual({ '1': 100, '2': 100 });
  });

  it('hands per-minute aggregates to CloudWatch whose Invocations equal the requests sent', () => {
    const w = newWorld();
    const data = captureMetrics(w);
    createFn(w, 'my-fn', { errorRate: 0.2 }, { Publish: true });
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    w.traffic.start({ source: 'ApiGateway', target: 'my-fn:live', ratePerSecond: 100 });
    w.advance(Date.UTC(2026, 0, 5, 9, 3, 0) - w.clock.now());
    const inv = data.filter((d) => d.MetricName === 'Invocations' && d.Dimensions.length === 1);
    // createFn waits until the new function is Active (Pending lasts 5 s of simulated time here, see
    // src/sim/lambda/functionStateMachine.ts), so traffic starts at 09:00:05: the first minute holds
    // 55 s of requests, the first arriving 1/rate after the start; the one at 09:03:00 opens the 4th.
    expect(inv.map((d) => d.Sum)).toEqual([5499, 6000, 6000]);
    expect(w.traffic.list()[0]!.total.invocations).toBe(5499 + 6000 + 6000 + 1);
    expect(new Set(inv.map((d) => d.Timestamp)).size).toBe(3);
    const errors = data
      .filter((d) => d.MetricName === 'Errors' && d.Dimensions.length === 3)
      .reduce((a, d) => a + d.Sum, 0);
    expect(errors).toBe(w.traffic.list()[0]!.total.errors);
  });

  it('stops and changes rate', () => {
    const w = newWorld();
    createFn(w);
    const id = w.traffic.start({ source: 'EventBridge', target: 'my-fn', ratePerSecond: 10 });
    w.advance(1000);
    w.traffic.setRate(id, 20);
    w.advance(1000);
    expect(w.traffic.list()[0]!.total.invocations).toBe(30);
    w.traffic.stop(id);
    expect(w.traffic.list()).toEqual([]);
  });

  it('counts requests as not found after the alias they are wired to is deleted', () => {
    const w = newWorld();
    createFn(w, 'my-fn', {}, { Publish: true });
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    w.traffic.start({ source: 'ApiGateway', target: 'my-fn:live', ratePerSecond: 10 });
    w.lambda.deleteAlias({ FunctionName: 'my-fn', Name: 'live' });
    w.advance(1000);
    expect(w.traffic.list()[0]!.total.notFound).toBe(10);
    expect(code()).toBe('{}');
  });

  it('reaches the alias again once one of the same name is re-created', () => {
    const w = newWorld();
    createFn(w, 'my-fn', {}, { Publish: true });
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    w.traffic.start({ source: 'ApiGateway', target: 'my-fn:live', ratePerSecond: 10 });
    w.lambda.deleteAlias({ FunctionName: 'my-fn', Name: 'live' });
    w.advance(5000);
    w.lambda.createAlias({ FunctionName: 'my-fn', Name: 'live', FunctionVersion: '1' });
    w.advance(5000);
    const total = w.traffic.list()[0]!.total;
    expect(total.notFound + total.invocations).toBe(100);
    expect(total.invocations).toBeGreaterThanOrEqual(40);
  });

  it('interleaves several sources in time order and stays deterministic per seed', () => {
    const run = () => {
      const w = newWorld(9);
      twoVersions(w);
      w.lambda.createAlias({
        FunctionName: 'my-fn',
        Name: 'live',
        FunctionVersion: '1',
        RoutingConfig: { AdditionalVersionWeights: { '2': 0.3 } },
      });
      w.traffic.start({ source: 'ApiGateway', target: 'my-fn:live', ratePerSecond: 7 });
      w.traffic.start({ source: 'SQS', target: 'my-fn:live', ratePerSecond: 13 });
      w.advance(60_000);
      return w.traffic.list().map((s) => s.total);
    };
    const a = run();
    expect(a.map((t) => t.invocations)).toEqual([420, 780]);
    expect(run()).toEqual(a);
  });
});
