import type { MetricDatum } from './context';
import type { AlarmStateChange, StateValue } from '../cloudwatch/types';
import type { InvokeTarget, Outcome } from '../lambda/invoker';
import type { CreateDeploymentInput } from '../codedeploy/service';

/**
 * The typed internal interfaces through which the simulated services reach each other for what is
 * not an AWS API call: AWS services exchange these through their own back ends, which a learner
 * never calls. `createWorld` (src/sim/world.ts) wires them; each service builds its own port
 * objects over its private state, so no service reaches into another's internals.
 */

/** Lambda → CloudWatch: each finished per-minute statistic set of Lambda's standard metrics. */
export interface MetricIngestPort {
  ingest(datum: MetricDatum): void;
}

/**
 * CloudWatch → CodeDeploy: an alarm's state as CodeDeploy's DescribeAlarms poll reads it, and every
 * state change as it happens (CodeDeploy stops a deployment when a watched alarm is in ALARM).
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-create-alarms.html
 */
export interface AlarmStatePort {
  /** Undefined when no alarm of that name exists. */
  stateOf(alarmName: string): StateValue | undefined;
  /** Returns an unsubscribe function. */
  onChange(listener: (change: AlarmStateChange) => void): () => void;
}

/** Traffic → Lambda: one request at simulated time `t`, without the cost of a full Invoke call. */
export interface RequestPort {
  invokeAt(t: number, target: InvokeTarget): Outcome;
  /** Whether `invokeAt` would find the target (a function, version or alias that exists). */
  found(target: InvokeTarget): boolean;
  /**
   * `invokeAt` for each of `times[0..n)` (ascending, within one minute) on a found target, in one
   * call, counted in `batchTally`.
   */
  invokeBatch(times: Float64Array, n: number, target: InvokeTarget): void;
  /** After `invokeBatch`: the target's primary version ([0]) and the alias's additional one ([1]). */
  readonly batchVersions: readonly [string, string];
  /**
   * After `invokeBatch`: requests run by batchVersions[0], of them function errors, the same for
   * batchVersions[1], then requests throttled.
   */
  readonly batchTally: Float64Array;
  /** The version that ran the last request (CloudWatch's ExecutedVersion). */
  lastExecutedVersion(): string;
  /** Brings metric aggregation and execution environments up to time `t`. */
  catchUp(t: number): void;
}

/** Lambda → Traffic: process every arrival up to `t` before a finished minute is handed over. */
export interface TrafficCatchUpPort {
  catchUp(t: number): void;
}

/**
 * CloudFormation → CodeDeploy: the same CreateDeployment a user makes, recorded with the creator AWS
 * shows for deployments a stack starts ("CloudFormation") and the stack id as externalId.
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentInfo.html
 */
export interface StackDeploymentPort {
  createDeployment(input: CreateDeploymentInput, stackId: string): { deploymentId: string };
}

export interface InternalPorts {
  metrics: MetricIngestPort;
  alarms: AlarmStatePort;
  requests: RequestPort;
  traffic: TrafficCatchUpPort;
}
