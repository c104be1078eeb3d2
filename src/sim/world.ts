import { Scheduler } from './core/scheduler';
import { createRng, deriveSeed } from './core/rng';
import { IdFactory } from './core/ids';
import { EventLog, type LogEntry } from './core/eventLog';
import { Workspace } from './core/workspace';
import type { WorldContext } from './core/context';
import { LambdaService } from './lambda/service';
import { CloudWatchService } from './cloudwatch/service';
import { CodeDeployService } from './codedeploy/service';
import { TrafficService } from './traffic/service';

export interface WorldOptions {
  seed?: number;
  region?: string;
  accountId?: string;
  /** Simulated epoch ms at which the world starts. */
  startTime?: number;
}

/** 2026-01-05T09:00:00Z: a Monday morning, so timelines read naturally. */
export const DEFAULT_START_TIME = Date.UTC(2026, 0, 5, 9, 0, 0);

export interface WorldSnapshot {
  time: number;
  seed: number;
  region: string;
  accountId: string;
  lambda: ReturnType<LambdaService['snapshot']>;
  cloudwatch: ReturnType<CloudWatchService['snapshot']>;
  codedeploy: ReturnType<CodeDeployService['snapshot']>;
  traffic: ReturnType<TrafficService['snapshot']>;
  workspace: Record<string, string>;
  events: LogEntry[];
}

export interface World {
  readonly seed: number;
  readonly region: string;
  readonly accountId: string;
  readonly lambda: LambdaService;
  readonly cloudwatch: CloudWatchService;
  readonly codedeploy: CodeDeployService;
  readonly traffic: TrafficService;
  readonly workspace: Workspace;
  readonly clock: { now(): number };
  readonly log: EventLog;
  /** Runs the world forward by `ms` of simulated time, processing every event in time order. */
  advance(ms: number): void;
  /** Simulated time of the next scheduled event other than routine ticks, if any. */
  nextEventTime(): number | undefined;
  subscribe(listener: (snapshot: WorldSnapshot) => void): () => void;
  snapshot(): WorldSnapshot;
}

/** Labels of events that happen all the time and are not worth "skipping to". */
const ROUTINE = /^(traffic|metrics|alarm-eval|env-reaper)/;

/**
 * Every public service method first brings traffic up to the present (so a change at time t
 * affects only requests after t) and afterwards tells subscribers that the world changed.
 */
function facade<T extends object>(target: T, before: () => void, after: () => void): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      // snapshot() is not an AWS call: hand it out bound to the service itself, so `#private` fields
      // work when it is called through the facade.
      if (typeof prop !== 'string' || prop === 'constructor' || prop === 'snapshot') return value.bind(obj);
      return (...args: unknown[]) => {
        before();
        try {
          return value.apply(obj, args);
        } finally {
          after();
        }
      };
    },
  });
}

export function createWorld(options: WorldOptions = {}): World {
  const seed = (options.seed ?? 1) >>> 0;
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '123456789012';
  const scheduler = new Scheduler(options.startTime ?? DEFAULT_START_TIME);
  const log = new EventLog(() => scheduler.now());
  const workspace = new Workspace();
  const listeners = new Set<(s: WorldSnapshot) => void>();
  let dirty = false;
  let advancing = false;

  const notify = () => {
    if (!dirty || advancing || listeners.size === 0) return;
    dirty = false;
    const snap = world.snapshot();
    for (const l of listeners) l(snap);
  };

  const ctx = {
    seed,
    region,
    accountId,
    scheduler,
    rng: createRng(deriveSeed(seed, 'behaviour')),
    ids: new IdFactory(createRng(deriveSeed(seed, 'ids'))),
    log,
    workspace,
    services: {} as WorldContext['services'],
    ports: {} as WorldContext['ports'],
    changed: () => {
      dirty = true;
    },
  } satisfies WorldContext;

  ctx.services.cloudwatch = new CloudWatchService(ctx);
  ctx.services.lambda = new LambdaService(ctx);
  ctx.services.codedeploy = new CodeDeployService(ctx);
  ctx.services.traffic = new TrafficService(ctx);
  Object.assign(ctx.ports, {
    metrics: ctx.services.cloudwatch.metricIngestPort,
    alarms: ctx.services.cloudwatch.alarmStatePort,
    requests: ctx.services.lambda.requestPort,
    traffic: ctx.services.traffic.catchUpPort,
  } satisfies WorldContext['ports']);

  const before = () => scheduler.sync();
  const after = () => {
    dirty = true;
    notify();
  };

  const world: World = {
    seed,
    region,
    accountId,
    lambda: facade(ctx.services.lambda, before, after),
    cloudwatch: facade(ctx.services.cloudwatch, before, after),
    codedeploy: facade(ctx.services.codedeploy, before, after),
    traffic: facade(ctx.services.traffic, before, after),
    workspace,
    log,
    clock: { now: () => scheduler.now() },
    advance(ms: number) {
      advancing = true;
      try {
        scheduler.advanceBy(ms);
      } finally {
        advancing = false;
      }
      dirty = true;
      notify();
    },
    nextEventTime: () => scheduler.nextEventTime((label) => !ROUTINE.test(label)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => ({
      time: scheduler.now(),
      seed,
      region,
      accountId,
      lambda: ctx.services.lambda.snapshot(),
      cloudwatch: ctx.services.cloudwatch.snapshot(),
      codedeploy: ctx.services.codedeploy.snapshot(),
      traffic: ctx.services.traffic.snapshot(),
      workspace: workspace.snapshot(),
      events: [...log.entries()],
    }),
  };
  return world;
}
