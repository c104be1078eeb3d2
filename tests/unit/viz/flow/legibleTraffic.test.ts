import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim';
import { defaultSetup } from '../../../../src/ui/lab/defaultSetup';
import { flowModel } from '../../../../src/viz/flow/flowModel';
import { versionStats } from '../../../../src/viz/flow/versionStats';
import { emitParticles, particleRoutes, seededRandom } from '../../../../src/viz/flow/particles';
import { flowLayout } from '../../../../src/viz/flow/flowLayout';

describe('legible traffic: version boxes and rare outcomes', () => {
  it('a 10 % canary at 50 requests a second: version 2 gets 10 % (300 req/min) and fails one request in ten', async () => {
    const w = createWorld({ seed: 42 });
    defaultSetup(w); // version 2's code fails 10 % of requests (defaultSetup.ts FAULTY_CODE)
    await w.lambda.updateAlias({
      FunctionName: 'orders',
      Name: 'live',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
    const stats = versionStats(flowModel(w.snapshot()));
    expect(stats.get('orders:1')).toEqual({ share: 0.9, requestsPerMinute: 2_700, errorRate: 0 });
    expect(stats.get('orders:2')).toEqual({ share: 0.1, requestsPerMinute: 300, errorRate: 0.1 });
  });

  const canary = {
    id: 'canary',
    invokerId: 'i',
    version: '2',
    first: {} as never,
    second: {} as never,
    ratePerSecond: 4,
    mix: { success: 0.9, error: 0.1, coldStart: 0, provisioned: 0, throttled: 0 },
  };

  it('without a floor, a route of 4 particles a second with 10 % errors shows about 4 failures in 10 s', () => {
    const out = emitParticles([canary], new Map(), 10_000, seededRandom(3));
    expect(out.filter((p) => p.outcome === 'error').length).toBeLessThanOrEqual(8);
  });

  it('with a floor of 1.5 a second, the same route shows about 15 or more failures in 10 s, and never invents a kind it does not have', () => {
    const carry = new Map<string, number>();
    const random = seededRandom(3);
    const out = [];
    for (let i = 0; i < 100; i++) out.push(...emitParticles([canary], carry, 100, random, undefined, 1.5));
    expect(out.filter((p) => p.outcome === 'error').length).toBeGreaterThanOrEqual(14);
    expect(out.filter((p) => p.outcome === 'throttled')).toHaveLength(0);
  });

  it('a canary that has just started is red at once: before a finished minute of its requests, its code’s 10 % error rate colours its route', async () => {
    const w = createWorld({ seed: 42 });
    defaultSetup(w);
    w.advance(120_000); // two healthy minutes on version 1
    await w.lambda.updateAlias({
      FunctionName: 'orders',
      Name: 'live',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
    w.advance(5_000); // five seconds into the canary: the last finished minute saw only version 1
    const model = flowModel(w.snapshot());
    const routes = particleRoutes(model, flowLayout(model, { width: 800, rowHeight: 76, padding: 8 }), new Map());
    const canaryRoute = routes.find((r) => r.version === '2');
    const stable = routes.find((r) => r.version === '1');
    expect(canaryRoute?.mix.error).toBeCloseTo(0.1, 5);
    expect(stable?.mix.error).toBe(0);
  });
});
