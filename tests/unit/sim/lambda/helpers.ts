import { createWorld, type World } from '../../../../src/sim/world';
import type { MetricDatum } from '../../../../src/sim/core/context';
import { waitUntilFunctionReady } from '../../../../src/sim/lambda/waitUntilReady';

export const ROLE = 'arn:aws:iam::123456789012:role/lambda-role';
export const OTHER_ROLE = 'arn:aws:iam::123456789012:role/other-role';
export const ARN = 'arn:aws:lambda:us-east-1:123456789012:function';

export const code = (doc: Record<string, unknown> = {}): string => JSON.stringify(doc);

export function newWorld(seed = 1): World {
  return createWorld({ seed });
}

export function createFn(
  world: World,
  name = 'my-fn',
  doc: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) {
  const created = world.lambda.createFunction({
    FunctionName: name,
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    Role: ROLE,
    Code: { ZipFile: code(doc) },
    ...extra,
  });
  // As a pipeline does: wait until the function is Active before using it (functions-states.html).
  waitUntilFunctionReady(world, name);
  return created;
}

/** A function with versions 1 and 2 (different code) and returns the world. */
export function twoVersions(
  world: World,
  name = 'my-fn',
  v1: Record<string, unknown> = {},
  v2: Record<string, unknown> = { errorRate: 0.5 },
) {
  createFn(world, name, v1, { Publish: true });
  world.lambda.updateFunctionCode({ FunctionName: name, ZipFile: code(v2), Publish: true });
  waitUntilFunctionReady(world, name);
}

/** UpdateFunctionCode, then wait for LastUpdateStatus Successful, as a pipeline step does. */
export function updateCode(
  world: World,
  name: string,
  doc: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  const out = world.lambda.updateFunctionCode({ FunctionName: name, ZipFile: code(doc), ...extra });
  waitUntilFunctionReady(world, name);
  return out;
}

/** Captures what Lambda hands to CloudWatch. */
export function captureMetrics(world: World): MetricDatum[] {
  const seen: MetricDatum[] = [];
  // Lambda hands every finished minute to CloudWatch through this port (src/sim/core/ports.ts).
  world.cloudwatch.metricIngestPort.ingest = (d) => {
    seen.push(d);
  };
  return seen;
}

/** Runs `fn` and returns the thrown error (fails the test if nothing is thrown). */
export function thrown(fn: () => unknown): {
  name: string;
  message: string;
  $metadata: { httpStatusCode: number };
  details?: Record<string, unknown>;
} {
  try {
    fn();
  } catch (e) {
    return e as never;
  }
  throw new Error('expected the call to throw');
}

export const sum = (data: MetricDatum[], metric: string, dims: Record<string, string>): number =>
  data
    .filter(
      (d) =>
        d.MetricName === metric &&
        d.Dimensions.length === Object.keys(dims).length &&
        d.Dimensions.every((x) => dims[x.Name] === x.Value),
    )
    .reduce((a, d) => a + d.Sum, 0);
