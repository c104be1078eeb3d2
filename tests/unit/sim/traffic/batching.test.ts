import { describe, expect, it } from 'vitest';
import type { World } from '../../../../src/sim/world';
import type { MetricDatum } from '../../../../src/sim/core/context';
import { captureMetrics, createFn, newWorld, twoVersions } from '../lambda/helpers';

// Traffic sources run their arrivals through Lambda in batches. A world is replayable only if how
// simulated time is advanced — one long fast-forward or many small steps — changes nothing: the same
// requests, routing draws (https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html),
// throttles (https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html) and metrics.

/** Two fast sources on a weighted alias, one slow source on a function with a small reservation. */
function busyWorld(seed: number): { world: World; metrics: MetricDatum[] } {
  const world = newWorld(seed);
  twoVersions(world, 'api', { durationMs: 120, errorRate: 0.01 }, { durationMs: 90, errorRate: 0.2 });
  world.lambda.createAlias({
    FunctionName: 'api',
    Name: 'live',
    FunctionVersion: '1',
    RoutingConfig: { AdditionalVersionWeights: { '2': 0.3 } },
  });
  createFn(world, 'worker', { durationMs: 900 });
  world.lambda.putFunctionConcurrency({ FunctionName: 'worker', ReservedConcurrentExecutions: 20 });
  const metrics = captureMetrics(world);
  world.traffic.start({ source: 'ApiGateway', target: 'api:live', ratePerSecond: 2500 });
  world.traffic.start({ source: 'Client', target: 'api:live', ratePerSecond: 2500 });
  world.traffic.start({ source: 'SQS', target: 'worker', ratePerSecond: 40 });
  return { world, metrics };
}

describe('traffic batches', () => {
  it('a 3-minute fast-forward and 137 ms steps give the same traffic, metrics and events', () => {
    // Event entries are stamped with the clock when traffic catches up, not with the request's own
    // time, so only what they say is compared.
    const said = (w: World) => w.log.entries().map(({ time: _time, ...rest }) => rest);
    const a = busyWorld(7);
    const b = busyWorld(7);
    a.world.advance(180_000);
    for (let left = 180_000; left > 0; left -= 137) b.world.advance(Math.min(137, left));
    expect(b.world.clock.now()).toBe(a.world.clock.now());
    expect(b.world.traffic.list()).toEqual(a.world.traffic.list());
    expect(b.metrics).toEqual(a.metrics);
    expect(said(b.world)).toEqual(said(a.world));
  });

  it('every arrival is counted once: rate × time requests per source, each run or throttled', () => {
    const { world } = busyWorld(3);
    world.advance(180_000);
    const [api1, api2, worker] = world.traffic.list();
    // 2,500 requests per second for 180 s; the alias splits them between versions 1 and 2.
    for (const s of [api1!, api2!]) {
      expect(s.total.invocations + s.total.throttles).toBe(450_000);
      expect(s.total.byVersion['1']! + s.total.byVersion['2']!).toBe(s.total.invocations);
    }
    // 40 per second need 36 environments of 900 ms; the reservation of 20 refuses the rest.
    expect(worker!.total.invocations + worker!.total.throttles).toBe(7_200);
    expect(worker!.total.throttles).toBeGreaterThan(0);
  });
});
