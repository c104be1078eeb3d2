import type { Scheduler } from './scheduler';
import type { Rng } from './rng';
import type { IdFactory } from './ids';
import type { EventLog } from './eventLog';
import type { Workspace } from './workspace';
import type { LambdaService } from '../lambda/service';
import type { CloudWatchService } from '../cloudwatch/service';
import type { CodeDeployService } from '../codedeploy/service';
import type { TrafficService } from '../traffic/service';
import type { InternalPorts } from './ports';

/**
 * One statistic set for one metric, one dimension set and one period, as CloudWatch stores it
 * (PutMetricData's StatisticValues). Lambda aggregates its invocations per minute and hands the
 * aggregates over here; nothing keeps per-invocation records.
 */
export interface MetricDatum {
  Namespace: string;
  MetricName: string;
  /** Sorted by Name. */
  Dimensions: { Name: string; Value: string }[];
  /** Start of the period, epoch ms. */
  Timestamp: number;
  /** Period length in seconds (60 for Lambda's standard metrics). */
  StorageResolution?: number;
  SampleCount: number;
  Sum: number;
  Minimum: number;
  Maximum: number;
  Unit?: string;
  /**
   * Optionally, the values behind the set (`Values[i]` seen `Counts[i]` times, as in PutMetricData):
   * CloudWatch computes percentiles only from values, never from a statistic set.
   */
  Values?: number[];
  Counts?: number[];
}

/** What every service of a world shares. Services reach each other through `services`. */
export interface WorldContext {
  readonly seed: number;
  readonly region: string;
  readonly accountId: string;
  readonly scheduler: Scheduler;
  /** Behaviour randomness: routing, errors, durations, allocation times. */
  readonly rng: Rng;
  /** Identifier randomness, a separate stream so ids do not depend on traffic. */
  readonly ids: IdFactory;
  readonly log: EventLog;
  readonly workspace: Workspace;
  readonly services: {
    lambda: LambdaService;
    cloudwatch: CloudWatchService;
    codedeploy: CodeDeployService;
    traffic: TrafficService;
  };
  /** What services exchange that is not an AWS API call (see ./ports.ts). */
  readonly ports: InternalPorts;
  /** Services call this after any change that a view should see. */
  changed(): void;
}
