import { waitUntilFunctionReady } from '../../../../src/sim/lambda/waitUntilReady';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { captureMetrics, code, createFn, newWorld } from './helpers';
import type { World } from '../../../../src/sim/world';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html
// https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html
// https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html
// https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics.html

/**
 * Property tests over random sequences of Lambda API calls and time steps.
 */
type Op =
  | { kind: 'code'; doc: number }
  | { kind: 'config'; timeout: number }
  | { kind: 'publish' }
  | { kind: 'createAlias'; name: string; version: string; extra?: string; weight: number }
  | { kind: 'updateAlias'; name: string; version?: string; extra?: string; weight: number; stale: boolean }
  | { kind: 'deleteVersion'; version: string }
  | { kind: 'invoke'; qualifier?: string }
  | { kind: 'advance'; ms: number }
  | { kind: 'pc'; qualifier: string; n: number }
  | { kind: 'reserve'; n: number };

const versionArb = fc.constantFrom('$LATEST', '1', '2', '3', '4', '5', '7');
const aliasArb = fc.constantFrom('live', 'beta', '123');
const weightArb = fc.constantFrom(0, 0.1, 0.5, 1, 1.5, -0.2);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('code' as const), doc: fc.integer({ min: 0, max: 3 }) }), weight: 3 },
  { arbitrary: fc.constant({ kind: 'publish' as const }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('deleteVersion' as const), version: versionArb }), weight: 3 },
  fc.record({ kind: fc.constant('config' as const), timeout: fc.constantFrom(3, 10, 0, 901) }),
  fc.constant({ kind: 'publish' as const }),
  fc.record({
    kind: fc.constant('createAlias' as const),
    name: aliasArb,
    version: versionArb,
    extra: fc.option(versionArb, { nil: undefined, freq: 2 }),
    weight: weightArb,
  }),
  fc.record({
    kind: fc.constant('updateAlias' as const),
    name: aliasArb,
    version: fc.option(versionArb, { nil: undefined, freq: 2 }),
    extra: fc.option(versionArb, { nil: undefined, freq: 2 }),
    weight: weightArb,
    stale: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('deleteVersion' as const), version: versionArb }),
  fc.record({
    kind: fc.constant('invoke' as const),
    qualifier: fc.option(fc.oneof(versionArb, aliasArb), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(0, 50, 1000, 61_000, 300_000) }),
  fc.record({
    kind: fc.constant('pc' as const),
    qualifier: fc.oneof(versionArb, aliasArb),
    n: fc.constantFrom(0, 1, 5, 2000),
  }),
  fc.record({ kind: fc.constant('reserve' as const), n: fc.constantFrom(0, 3, 50, 950) }),
);

const DOCS = [{ errorRate: 0 }, { errorRate: 0.5 }, { errorRate: 1, durationMs: 30 }, { durationMs: 5000 }];

interface Outcome {
  ok: boolean;
  invokedOk: number;
  /** A throttle is not a rejected request: Lambda counts it (Throttles metric) and says so in the log. */
  throttled?: boolean;
}

function apply(w: World, op: Op): Outcome {
  const L = w.lambda;
  let invokedOk = 0;
  try {
    switch (op.kind) {
      case 'code':
        L.updateFunctionCode({ FunctionName: 'p-fn', ZipFile: code(DOCS[op.doc]) });
        // A pipeline waits for the update to finish before the next change (functions-states.html).
        waitUntilFunctionReady(w, 'p-fn');
        break;
      case 'config':
        L.updateFunctionConfiguration({ FunctionName: 'p-fn', Timeout: op.timeout });
        // A pipeline waits for the update to finish before the next change (functions-states.html).
        waitUntilFunctionReady(w, 'p-fn');
        break;
      case 'publish':
        L.publishVersion({ FunctionName: 'p-fn' });
        break;
      case 'createAlias':
        L.createAlias({
          FunctionName: 'p-fn',
          Name: op.name,
          FunctionVersion: op.version,
          ...(op.extra ? { RoutingConfig: { AdditionalVersionWeights: { [op.extra]: op.weight } } } : {}),
        });
        break;
      case 'updateAlias':
        L.updateAlias({
          FunctionName: 'p-fn',
          Name: op.name,
          ...(op.stale ? { RevisionId: '00000000-0000-4000-8000-000000000000' } : {}),
          ...(op.version ? { FunctionVersion: op.version } : {}),
          ...(op.extra ? { RoutingConfig: { AdditionalVersionWeights: { [op.extra]: op.weight } } } : {}),
        });
        break;
      case 'deleteVersion':
        L.deleteFunction({ FunctionName: 'p-fn', Qualifier: op.version });
        break;
      case 'invoke': {
        const out = L.invoke({ FunctionName: 'p-fn', ...(op.qualifier ? { Qualifier: op.qualifier } : {}) });
        if (out.StatusCode === 200) invokedOk = 1;
        break;
      }
      case 'advance':
        w.advance(op.ms);
        break;
      case 'pc':
        L.putProvisionedConcurrencyConfig({
          FunctionName: 'p-fn',
          Qualifier: op.qualifier,
          ProvisionedConcurrentExecutions: op.n,
        });
        break;
      case 'reserve':
        L.putFunctionConcurrency({ FunctionName: 'p-fn', ReservedConcurrentExecutions: op.n });
        break;
    }
    return { ok: true, invokedOk };
  } catch (e) {
    if (!(e instanceof Error) || !('$metadata' in e)) throw e; // only AWS-shaped errors are expected
    return { ok: false, invokedOk: 0, throttled: e.name === 'TooManyRequestsException' };
  }
}

function setup(seed: number): World {
  const w = newWorld(seed);
  createFn(w, 'p-fn', {}, { Publish: true });
  w.lambda.createAlias({ FunctionName: 'p-fn', Name: 'live', FunctionVersion: '1' });
  return w;
}

describe('Lambda API properties (fast-check)', () => {
  it('a failing call leaves world.snapshot() unchanged (validate fully, then mutate)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const w = setup(1);
        for (const op of ops) {
          const before = JSON.stringify(w.snapshot());
          const r = apply(w, op);
          // Throttled invokes are the one failure with an effect: they are counted in Throttles
          // (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
          if (!r.ok && !r.throttled) expect(JSON.stringify(w.snapshot())).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('aliases have at most one additional version with a weight in [0, 1]; published versions never change and numbers never repeat', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const w = setup(2);
        const frozen = new Map<string, string>();
        const gone = new Set<string>();
        let highest = 0;
        for (const op of ops) {
          apply(w, op);
          const fn = w.lambda.snapshot().functions[0];
          for (const a of fn!.aliases) {
            const entries = Object.entries(a.weights);
            expect(entries.length).toBeLessThanOrEqual(2);
            for (const [, share] of entries) expect(share >= 0 && share <= 1).toBe(true);
            expect(entries.reduce((s, [, x]) => s + x, 0)).toBeCloseTo(1, 9);
          }
          for (const seen of frozen.keys()) if (!fn!.versions.some((v) => v.Version === seen)) gone.add(seen);
          for (const v of fn!.versions) {
            expect(gone.has(v.Version)).toBe(false); // a deleted number never comes back
            const key = JSON.stringify([v.CodeSha256, v.Timeout, v.Role, v.Description, v.Environment ?? null]);
            const n = Number(v.Version);
            if (!frozen.has(v.Version)) {
              // A newly seen version always has a number above every earlier one.
              expect(n).toBeGreaterThan(highest);
              frozen.set(v.Version, key);
            } else expect(key).toBe(frozen.get(v.Version));
            highest = Math.max(highest, n);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('counts every successful invocation exactly once per dimension set: {FunctionName} = Σ Resource sets + unqualified calls; alias = Σ its ExecutedVersion sets', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const w = setup(3);
        const data = captureMetrics(w);
        let ok = 0;
        let unqualified = 0;
        for (const op of ops) {
          const r = apply(w, op);
          ok += r.invokedOk;
          if (r.invokedOk && op.kind === 'invoke' && (op.qualifier === undefined || op.qualifier === '$LATEST'))
            unqualified++;
        }
        w.advance(120_000); // flush the last minute
        const inv = data.filter((d) => d.MetricName === 'Invocations');
        const total = inv.filter((d) => d.Dimensions.length === 1).reduce((a, d) => a + d.Sum, 0);
        const resource = inv.filter((d) => d.Dimensions.length === 2).reduce((a, d) => a + d.Sum, 0);
        const byAlias = new Map<string, number>();
        const byAliasEv = new Map<string, number>();
        for (const d of inv) {
          const res = d.Dimensions.find((x) => x.Name === 'Resource')?.Value;
          if (!res || /:\d+$/.test(res)) continue;
          const m = d.Dimensions.length === 3 ? byAliasEv : byAlias;
          m.set(res, (m.get(res) ?? 0) + d.Sum);
        }
        expect(total).toBe(ok);
        expect(total).toBe(resource + unqualified);
        expect([...byAliasEv.entries()].sort()).toEqual([...byAlias.entries()].sort());
      }),
      { numRuns: 60 },
    );
  });

  it('same seed and same calls give the same snapshot', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.integer({ min: 1, max: 1000 }), (ops, seed) => {
        const a = setup(seed);
        const b = setup(seed);
        for (const op of ops) {
          apply(a, op);
          apply(b, op);
        }
        a.traffic.start({ source: 'ApiGateway', target: 'p-fn', ratePerSecond: 20 });
        b.traffic.start({ source: 'ApiGateway', target: 'p-fn', ratePerSecond: 20 });
        a.advance(90_000);
        b.advance(90_000);
        expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
      }),
      { numRuns: 30 },
    );
  });
});
