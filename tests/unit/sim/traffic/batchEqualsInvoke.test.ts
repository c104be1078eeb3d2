import { describe, expect, it } from 'vitest';
import type { World } from '../../../../src/sim/world';
import { captureMetrics, createFn, newWorld, twoVersions } from '../lambda/helpers';

// A traffic source is a stream of Invoke calls. The simulator runs a source's requests in batches
// and lets a request take the environment that finishes as it arrives; none of that may show: the
// same requests sent one Invoke at a time must leave exactly the same CloudWatch metrics — routing
// draws on a weighted alias (https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html),
// warm and cold environments (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html),
// throttles at the account's concurrency (https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html)
// and per-minute ConcurrentExecutions maxima.

const RATE = 250; // requests per second: one every 4 ms, so arrival times are whole milliseconds

/** Sends what a RATE source would for `ms`, one Invoke at a time, each at its own arrival time. */
function invokeOneByOne(world: World, qualifier: string | undefined, ms: number): void {
  const start = world.clock.now();
  for (let k = 1; k * (1000 / RATE) <= ms; k++) {
    world.advance(start + k * (1000 / RATE) - world.clock.now());
    try {
      world.lambda.invoke({ FunctionName: 'api', ...(qualifier ? { Qualifier: qualifier } : {}) });
    } catch (e) {
      if ((e as { name?: string }).name !== 'TooManyRequestsException') throw e;
    }
  }
  world.advance(start + ms - world.clock.now());
}

interface Plan {
  setUp(world: World): void;
  qualifier?: string;
  ms: number;
}

function bothWays(plan: Plan) {
  const viaTraffic = newWorld(11);
  const viaInvoke = newWorld(11);
  plan.setUp(viaTraffic);
  plan.setUp(viaInvoke);
  const a = captureMetrics(viaTraffic);
  const b = captureMetrics(viaInvoke);
  const source = viaTraffic.traffic.start({
    source: 'Client',
    target: plan.qualifier ? `api:${plan.qualifier}` : 'api',
    ratePerSecond: RATE,
  });
  viaTraffic.advance(plan.ms);
  viaTraffic.traffic.stop(source);
  invokeOneByOne(viaInvoke, plan.qualifier, plan.ms);
  // Flush the last minute in both.
  viaTraffic.advance(120_000);
  viaInvoke.advance(120_000);
  return { a, b };
}

/** The account-wide (dimensionless) sum of one metric. */
const sum = (data: { MetricName: string; Sum: number; Dimensions: unknown[] }[], name: string) =>
  data.filter((d) => d.MetricName === name && d.Dimensions.length === 0).reduce((n, d) => n + d.Sum, 0);

describe('a traffic source and one Invoke per request', () => {
  it('leave the same metrics on a weighted alias whose versions take different times', () => {
    const { a, b } = bothWays({
      setUp(world) {
        twoVersions(world, 'api', { durationMs: 120, errorRate: 0.05 }, { durationMs: 90, errorRate: 0.3 });
        world.lambda.createAlias({
          FunctionName: 'api',
          Name: 'live',
          FunctionVersion: '1',
          RoutingConfig: { AdditionalVersionWeights: { '2': 0.4 } },
        });
      },
      qualifier: 'live',
      ms: 150_000,
    });
    // 250 requests per second for 150 s, all run.
    expect(sum(a, 'Invocations')).toBe(37_500);
    expect(sum(a, 'Errors')).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('leave the same metrics and throttles when requests outlast the account limit', () => {
    const { a, b } = bothWays({
      // 5 s requests at 250 per second need 1,250 environments; the account has 1,000.
      setUp: (world) => createFn(world, 'api', { durationMs: 5_000, errorRate: 0.01 }),
      ms: 40_000,
    });
    expect(sum(a, 'Throttles')).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });
});
