import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../src/sim';
import { defaultSetup } from '../../../../src/ui/lab/defaultSetup';
import { flowModel, parseTarget } from '../../../../src/viz/flow/flowModel';
import { flowLayout, linkPath, linkWidthScale, pointOnLink } from '../../../../src/viz/flow/flowLayout';
import { errorShareByVersion, outcomeMix, versionService } from '../../../../src/viz/flow/flowOutcomes';
import {
  emissionRates,
  emitParticles,
  particlePosition,
  particleRoutes,
  pickOutcome,
  seededRandom,
} from '../../../../src/viz/flow/particles';
import { flowTable } from '../../../../src/viz/flow/flowTable';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
// https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html

function world(): World {
  const w = createWorld({ seed: 42 });
  defaultSetup(w);
  return w;
}

describe('flowModel: who invokes what, and what runs', () => {
  it('parses a bare name, name:qualifier, a full ARN and a partial ARN', () => {
    expect(parseTarget('orders')).toEqual({ functionName: 'orders' });
    expect(parseTarget('orders:live')).toEqual({ functionName: 'orders', qualifier: 'live' });
    expect(parseTarget('arn:aws:lambda:us-east-1:123456789012:function:orders:7')).toEqual({
      functionName: 'orders',
      qualifier: '7',
    });
    expect(parseTarget('arn:aws:lambda:us-east-1:123456789012:function:orders')).toEqual({ functionName: 'orders' });
    expect(parseTarget('123456789012:function:orders:live')).toEqual({ functionName: 'orders', qualifier: 'live' });
  });

  it('an invoker on the alias routes through the alias to its version, with no warning', () => {
    const m = flowModel(world().snapshot());
    expect(m.invokers).toHaveLength(1);
    expect(m.invokers[0]).toMatchObject({ source: 'ApiGateway', targetId: 'wiring:orders:live', ratePerSecond: 50 });
    expect(m.invokers[0]!.warning).toBeUndefined();
    expect(m.targets[0]).toMatchObject({ kind: 'alias', weights: { '1': 1 } });
    expect(m.links.map((l) => [l.id, l.ratePerSecond])).toEqual([
      ['traffic-1->wiring:orders:live', 50],
      ['wiring:orders:live->orders:1', 50],
    ]);
  });

  it('a bare function name is flagged as $LATEST wiring: it skips the alias and its canary', () => {
    const w = world();
    w.traffic.start({ source: 'EventBridge', target: 'orders', ratePerSecond: 5 });
    const m = flowModel(w.snapshot());
    const inv = m.invokers.find((i) => i.source === 'EventBridge')!;
    expect(inv.targetId).toBe('wiring:orders:$LATEST');
    expect(inv.warning?.kind).toBe('latest');
    expect(inv.warning?.text).toContain('$LATEST');
    expect(m.versions.map((v) => v.label)).toEqual(['version 1', '$LATEST']);
  });

  it('an invoker pinned to a version while the function has an alias is flagged: alias shifts never reach it', () => {
    const w = world();
    w.traffic.start({ source: 'SQS', target: 'orders:2', ratePerSecond: 5 });
    const m = flowModel(w.snapshot());
    const inv = m.invokers.find((i) => i.source === 'SQS')!;
    expect(inv.targetId).toBe('wiring:orders:2');
    expect(m.versions.map((v) => v.id)).toEqual(['orders:1', 'orders:2']);
    expect(inv.warning).toEqual({
      kind: 'pinned',
      text: 'Pinned to version 2: shifts of alias live never reach these requests',
    });
  });

  it('a weighted alias splits the link rate by its weights as CodeDeploy shifts it', async () => {
    const w = world();
    await w.lambda.updateAlias({
      FunctionName: 'orders',
      Name: 'live',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
    const m = flowModel(w.snapshot());
    expect(
      m.links.filter((l) => l.from === 'wiring:orders:live').map((l) => [l.to, l.ratePerSecond, l.weight]),
    ).toEqual([
      ['orders:1', 45, 0.9],
      ['orders:2', 5, 0.1],
    ]);
  });
});

describe('flowLayout: exact geometry', () => {
  it('places three columns and centres the shorter columns', () => {
    const w = world();
    w.traffic.start({ source: 'S3', target: 'orders', ratePerSecond: 5 });
    const layout = flowLayout(flowModel(w.snapshot()), { width: 600, rowHeight: 72, padding: 8 });
    // gap = min(72, 60) = 60; node width = (600 − 16 − 120) / 3 = 154.67
    expect(layout.height).toBe(8 * 2 + 2 * 72);
    expect(layout.nodes.get('traffic-1')).toEqual({
      id: 'traffic-1',
      column: 0,
      x: 8,
      y: 16,
      width: 154.67,
      height: 56,
      cx: 85.33,
      cy: 44,
    });
    expect(layout.nodes.get('wiring:orders:live')).toMatchObject({ column: 1, x: 222.67, y: 16 });
    expect(layout.nodes.get('orders:1')).toMatchObject({ column: 2, x: 437.33, y: 16 });
    expect(layout.nodes.get('orders:$LATEST')).toMatchObject({ column: 2, y: 88, cy: 116 });
    // The $LATEST wiring node and the $LATEST version node are two nodes, in two columns.
    expect(layout.nodes.get('wiring:orders:$LATEST')).toMatchObject({ column: 1, y: 88 });
  });

  it('draws a link as d3 linkHorizontal does: control points halfway across', () => {
    expect(linkPath(0, 10, 100, 50)).toBe('M0,10C50,10,50,50,100,50');
  });

  it('link widths follow the rate, with a thin line for a wired link that carries nothing', () => {
    const width = linkWidthScale(50, 1.5, 14);
    expect(width(0)).toBe(1.5);
    expect(width(50)).toBe(14);
    expect(width(25)).toBe(7.75);
    const layout = flowLayout(flowModel(world().snapshot()), { width: 600 });
    expect(layout.links.map((l) => l.width)).toEqual([14, 14]);
  });

  it('points on a link start at its source, end at its target and cross the middle at t = 0.5', () => {
    const l = { x0: 0, y0: 10, x1: 100, y1: 50 };
    expect(pointOnLink(l, 0)).toEqual({ x: 0, y: 10 });
    expect(pointOnLink(l, 1)).toEqual({ x: 100, y: 50 });
    expect(pointOnLink(l, 0.5)).toEqual({ x: 50, y: 30 });
  });
});

describe('outcomes and particles', () => {
  it('attributes an invoker’s errors to the faulty version in proportion to requests × error rate', () => {
    const inv = {
      lastMinute: { invocations: 3000, errors: 30, throttles: 0, notFound: 0, byVersion: { '1': 2700, '2': 300 } },
    };
    const shares = errorShareByVersion(inv as never, { '1': 0, '2': 0.1 });
    expect(shares).toEqual({ '1': 0, '2': 0.1 });
  });

  it('throttled requests come first in the mix, then errors, then cold starts and provisioned concurrency', () => {
    const inv = { lastMinute: { invocations: 800, errors: 0, throttles: 200, notFound: 0, byVersion: { '1': 800 } } };
    const mix = outcomeMix(inv as never, 0.25, { coldStart: 0.1, provisioned: 0.5 });
    expect(mix.throttled).toBeCloseTo(0.2, 10);
    expect(mix.error).toBeCloseTo(0.2, 10);
    expect(mix.provisioned).toBeCloseTo(0.3, 10);
    expect(mix.coldStart).toBeCloseTo(0.06, 10);
    expect(mix.success).toBeCloseTo(0.24, 10);
  });

  it('counts cold starts per version between two snapshots', () => {
    const w = world();
    const first = w.snapshot();
    w.advance(60_000);
    const s = versionService(first, w.snapshot(), flowModel(w.snapshot())).get('orders:1')!;
    expect(s.coldStart).toBeGreaterThan(0);
    expect(s.coldStart).toBeLessThan(0.05);
    expect(s.provisioned).toBe(0);
  });

  it('caps particles at the budget while keeping each route’s share (never one particle per request)', () => {
    const rates = emissionRates(
      [
        { id: 'a', ratePerSecond: 900 },
        { id: 'b', ratePerSecond: 100 },
      ],
      40,
    );
    expect(rates.get('a')).toBe(36);
    expect(rates.get('b')).toBe(4);
    expect(emissionRates([{ id: 'a', ratePerSecond: 3 }], 40).get('a')).toBe(3);
  });

  it('emits fractional routes over several frames and picks colours by the mix', () => {
    const route = {
      id: 'r',
      invokerId: 'i',
      version: '1',
      first: {} as never,
      second: {} as never,
      ratePerSecond: 0.5,
      mix: { success: 0.5, error: 0.5, coldStart: 0, provisioned: 0, throttled: 0 },
    };
    const carry = new Map<string, number>();
    const random = seededRandom(1);
    expect(emitParticles([route], carry, 1000, random)).toHaveLength(0);
    expect(emitParticles([route], carry, 1000, random)).toHaveLength(1);
    expect(pickOutcome(route.mix, 0.49)).toBe('success');
    expect(pickOutcome(route.mix, 0.5)).toBe('error');
    const many = emitParticles([{ ...route, ratePerSecond: 40 }], new Map(), 10_000, seededRandom(2));
    expect(many).toHaveLength(400);
    const errors = many.filter((p) => p.outcome === 'error').length;
    expect(errors).toBeGreaterThan(160);
    expect(errors).toBeLessThan(240);
  });

  it('a particle crosses to the target in the first half of its trip; a throttled one stops there', () => {
    const first = { x0: 0, y0: 0, x1: 100, y1: 0 } as never;
    const second = { x0: 200, y0: 0, x1: 300, y1: 100 } as never;
    expect(particlePosition({ first, second }, { age: 450, outcome: 'success' }, 1800)).toEqual({
      x: 50,
      y: 0,
      done: false,
    });
    expect(particlePosition({ first, second }, { age: 1800, outcome: 'success' }, 1800)).toEqual({
      x: 300,
      y: 100,
      done: true,
    });
    expect(particlePosition({ first, second }, { age: 900, outcome: 'throttled' }, 1800)).toEqual({
      x: 100,
      y: 0,
      done: true,
    });
  });

  it('builds one particle route per invoker and version the alias reaches', async () => {
    const w = world();
    await w.lambda.updateAlias({
      FunctionName: 'orders',
      Name: 'live',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
    const m = flowModel(w.snapshot());
    const routes = particleRoutes(m, flowLayout(m, { width: 600 }), new Map());
    expect(routes.map((r) => [r.id, r.ratePerSecond])).toEqual([
      ['traffic-1|orders:1', 45],
      ['traffic-1|orders:2', 5],
    ]);
  });
});

describe('flowTable: the table alternative', () => {
  it('lists invoker, target, wiring, resolved versions with weights, rate and last-minute outcome counts', async () => {
    const w = world();
    w.traffic.start({ source: 'Client', target: 'orders', ratePerSecond: 2 });
    await w.lambda.updateAlias({
      FunctionName: 'orders',
      Name: 'live',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
    });
    w.advance(120_000);
    const rows = flowTable(flowModel(w.snapshot()));
    expect(rows[0]).toMatchObject({
      invoker: 'ApiGateway',
      target: 'orders:live',
      wiring: 'alias',
      resolved: '1 (90 %), 2 (10 %)',
      ratePerSecond: 50,
      invocations: 3000,
    });
    expect(rows[0]!.byVersion).toMatch(/^1: \d+, 2: \d+$/);
    expect(rows[1]).toMatchObject({ invoker: 'Client', wiring: '$LATEST', resolved: '$LATEST', invocations: 120 });
    expect(rows[1]!.warning).toContain('$LATEST');
  });
});
