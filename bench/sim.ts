// Simulator throughput: 1,000 requests/s through an alias during a
// CodeDeployDefault.LambdaLinear10PercentEvery10Minutes deployment (~6 million invocations),
// fast-forwarded to the end (best of three runs). Goals: < 1,000 ms wall time, ≥ 0.10 of a bare loop
// doing one seeded random draw and one counter increment per item, < 50 MB heap.
// Run: node --expose-gc --import tsx bench/sim.ts (as `npm run bench` does); without --expose-gc the heap
// figure is taken without a collection and the heap goal counts as missed.
import { performance } from 'node:perf_hooks';
import { createWorld } from '../src/sim';
import { createRng } from '../src/sim/core/rng';
import { goal } from './_goals.mjs';

const RATE = 1000;
const ROLE = 'arn:aws:iam::123456789012:role/lambda-role';
const gc = (globalThis as { gc?: () => void }).gc;

/**
 * A new function is Pending, and an updated one InProgress, for a few simulated seconds; Lambda refuses
 * updates meanwhile, as a script would see before `aws lambda wait function-active`
 * (https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html).
 */
function waitUntilReady(world: ReturnType<typeof createWorld>, functionName: string) {
  for (let s = 0; s < 60; s++) {
    const c = world.lambda.getFunctionConfiguration({ FunctionName: functionName });
    if (c.State === 'Active' && c.LastUpdateStatus === 'Successful') return;
    world.advance(1000);
  }
  throw new Error(`${functionName} did not become Active with a successful last update within 60 s`);
}

function setupWorld() {
  const world = createWorld({ seed: 42 });
  const L = world.lambda;
  L.createFunction({
    FunctionName: 'bench-fn',
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    Role: ROLE,
    Code: { ZipFile: JSON.stringify({ errorRate: 0.001, durationMs: 120 }) },
    Publish: true,
  });
  waitUntilReady(world, 'bench-fn');
  L.updateFunctionCode({
    FunctionName: 'bench-fn',
    ZipFile: JSON.stringify({ errorRate: 0.002, durationMs: 110 }),
    Publish: true,
  });
  waitUntilReady(world, 'bench-fn');
  L.createAlias({ FunctionName: 'bench-fn', Name: 'live', FunctionVersion: '1' });
  return world;
}

/** Starts the real CodeDeploy deployment: the figure is only honest if CodeDeploy drives the shift. */
function startDeployment(world: ReturnType<typeof setupWorld>): string {
  const cd = world.codedeploy;
  cd.createApplication({ applicationName: 'bench-app', computePlatform: 'Lambda' });
  cd.createDeploymentGroup({
    applicationName: 'bench-app',
    deploymentGroupName: 'bench-dg',
    serviceRoleArn: 'arn:aws:iam::123456789012:role/codedeploy-role',
    deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
    deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
  });
  const appSpec = JSON.stringify({
    version: 0.0,
    Resources: [
      {
        fn: {
          Type: 'AWS::Lambda::Function',
          Properties: { Name: 'bench-fn', Alias: 'live', CurrentVersion: '1', TargetVersion: '2' },
        },
      },
    ],
  });
  return cd.createDeployment({
    applicationName: 'bench-app',
    deploymentGroupName: 'bench-dg',
    revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec } },
  }).deploymentId;
}

function runSimulation() {
  const world = setupWorld();
  const deploymentId = startDeployment(world);
  world.traffic.start({ source: 'ApiGateway', target: 'bench-fn:live', ratePerSecond: RATE });
  const totalMs = 100 * 60_000 + 60_000; // ten 10% steps, then one more minute
  const t0 = performance.now();
  world.advance(totalMs);
  const wallMs = performance.now() - t0;
  const src = world.traffic.list()[0];
  if (!src) throw new Error('the traffic source disappeared during the run');
  const status = world.codedeploy.getDeployment({ deploymentId }).deploymentInfo?.status;
  const alias = world.lambda.getAlias({ FunctionName: 'bench-fn', Name: 'live' });
  // A deployment that did not finish measured something else: fail instead of printing a figure.
  if (status !== 'Succeeded' || alias.FunctionVersion !== '2') {
    throw new Error(
      `the CodeDeploy deployment did not succeed (status ${status}, alias at version ${alias.FunctionVersion})`,
    );
  }
  return {
    world,
    wallMs,
    invocations: src.total.invocations,
    byVersion: src.total.byVersion,
    deploymentStatus: status,
    aliasAtEnd: alias.FunctionVersion,
  };
}

function bareLoop(items: number): number {
  const rng = createRng(42);
  const counts = new Float64Array(2);
  const t0 = performance.now();
  for (let i = 0; i < items; i++) counts[rng.next() < 0.1 ? 1 : 0]!++;
  const ms = performance.now() - t0;
  if (counts[0]! + counts[1]! !== items) throw new Error('bare loop miscounted');
  return items / (ms / 1000);
}

// Warm the JIT once on a short run so the figure reflects steady state, then measure.
{
  const w = setupWorld();
  w.traffic.start({ source: 'ApiGateway', target: 'bench-fn:live', ratePerSecond: RATE });
  w.advance(5 * 60_000);
}
// Three measured runs, each followed by the bare loop; the fastest of each is reported (the least
// disturbed by whatever else the machine is doing), and the largest heap.
const RUNS = 3;
let run: ReturnType<typeof runSimulation> | undefined;
let bareLoopItemsPerSec = 0;
let heapUsedMB = 0;
const wallMsRuns: number[] = [];
for (let r = 0; r < RUNS; r++) {
  gc?.();
  const current = runSimulation();
  wallMsRuns.push(Math.round(current.wallMs));
  bareLoopItemsPerSec = Math.max(bareLoopItemsPerSec, bareLoop(current.invocations));
  gc?.(); // the run's world is still reachable here, so its heap is counted
  heapUsedMB = Math.max(heapUsedMB, process.memoryUsage().heapUsed / 1024 / 1024);
  if (!run || current.wallMs < run.wallMs) run = current;
}
if (!run) throw new Error('no measured run');
const simInvocationsPerSec = run.invocations / (run.wallMs / 1000);
const result = {
  invocations: run.invocations,
  wallMs: Math.round(run.wallMs),
  wallMsRuns,
  simInvocationsPerSec: Math.round(simInvocationsPerSec),
  bareLoopItemsPerSec: Math.round(bareLoopItemsPerSec),
  ratioToBareLoop: +(simInvocationsPerSec / bareLoopItemsPerSec).toFixed(3),
  heapUsedMB: +heapUsedMB.toFixed(1),
  gcExposed: Boolean(gc),
  deploymentStatus: run.deploymentStatus,
  aliasAtEnd: run.aliasAtEnd,
  byVersion: run.byVersion,
};
const goals = [
  goal('wallMs', result.wallMs, '<', 1000, 'ms'),
  goal('ratioToBareLoop', result.ratioToBareLoop, '>=', 0.1),
  goal('heapUsedMB', gc ? result.heapUsedMB : null, '<', 50, 'MB'),
];
console.log(JSON.stringify({ ...result, goals }));
