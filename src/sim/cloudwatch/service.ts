import { createActor, type Actor } from 'xstate';
import type { MetricDatum, WorldContext } from '../core/context';
import type { AlarmStatePort, MetricIngestPort } from '../core/ports';
import type { TimerId } from '../core/scheduler';
import { alarmStateOf, getAlarmMachine, type AlarmMachine } from './alarmMachineDefinition';
import { evaluateAlarmRule, ruleReferences, type RuleNode } from './alarmRule';
import { evaluateAlarm, evaluationRangeLength, type EvaluationResult, type RangePoint } from './alarmEvaluation';
import { checkEnum, checkMaxRecords, cloudWatchError, constraintError } from './errors';
import { MetricStore, seriesKey, statisticValue } from './metricStore';
import { CLOUDWATCH_SAYS, COMPOSITE_DOC } from './narration';
import type { Narration } from '../core/eventLog';
import { lowSampleCountBound, parsePercentile, percentileOf } from './percentile';
import { metricStatValues, runQueries, type PeriodValues } from './queryEngine';
import {
  INITIAL_STATE_REASON,
  OPERATOR_SYMBOLS,
  plainSummary,
  stateReason,
  stateReasonData,
  type ReasonContext,
} from './stateReason';
import {
  STATE_VALUES,
  STATISTICS,
  type AlarmHistoryRecord,
  type AlarmRecord,
  type AlarmStateChange,
  type AlarmType,
  type ComparisonOperator,
  type CompositeAlarm,
  type CompositeAlarmRecord,
  type Dimension,
  type HistoryItemType,
  type MetricAlarm,
  type MetricDataQuery,
  type PutCompositeAlarmInput,
  type PutMetricAlarmInput,
  type StateValue,
  type Statistic,
  type TimeInput,
  type TreatMissingData,
} from './types';
import {
  checkDimensions,
  toEpochMs,
  validatePutCompositeAlarm,
  validatePutMetricAlarm,
  validateQueries,
  type ValidatedMathQuery,
} from './validation';

export type { AlarmStateChange, StateValue } from './types';

/**
 * The simulated CloudWatch: metric storage (fed by Lambda through `metricIngestPort`), metric alarms with
 * once-a-minute evaluation, alarm history, and the read APIs.
 *
 * Time convention: API methods accept epoch ms, Date or ISO strings and return Date objects (as the
 * AWS SDK v3 does); `snapshot()` returns epoch ms numbers so that it stays serialisable.
 * Underscore methods are for other simulated services, not part of the AWS API.
 */

const EVALUATION_DOC = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation.html';
const MISSING_DATA_DOC =
  'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data';
const SET_ALARM_STATE_DOC = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_SetAlarmState.html';

/**
 * Alarms are evaluated once a minute, 10 s after the minute boundary: Lambda flushes the previous
 * minute's aggregates exactly at the boundary, so by +10 s that minute is complete and stored.
 * (CloudWatch itself evaluates standard alarms every minute; the offset is a simulator choice, INF.)
 */
const EVALUATION_OFFSET_MS = 10_000;
const MINUTE = 60_000;
/** CloudWatch keeps alarm history for two weeks (AlarmThatSendsEmail.html, common features). */
const HISTORY_RETENTION_MS = 14 * 24 * 60 * MINUTE;
const HISTORY_CAPACITY = 5000;
const RECENT_CHANGES = 20;
const SNAPSHOT_SERIES_WINDOW_MS = 60 * MINUTE;

type RecentChange = AlarmEntry['recentChanges'][number];

interface AlarmEntry {
  record: AlarmRecord;
  actor: Actor<AlarmMachine>;
  period: number;
  math?: ValidatedMathQuery[];
  /** Which optional fields the caller set: DescribeAlarms shows only those (recorded AWS responses). */
  explicit: { DatapointsToAlarm: boolean; TreatMissingData: boolean };
  recentChanges: {
    time: number;
    from: StateValue;
    to: StateValue;
    reason: string;
    cause: 'evaluation' | 'SetAlarmState';
  }[];
}

/** A composite alarm: its state follows its rule over other alarms' states. */
interface CompositeEntry {
  record: CompositeAlarmRecord;
  actor: Actor<AlarmMachine>;
  rule: RuleNode;
  recentChanges: RecentChange[];
}

export interface CompositeAlarmSnapshot {
  name: string;
  arn: string;
  state: StateValue;
  rule: string;
  stateReason: string;
  stateUpdatedAt: number;
  actionsEnabled: boolean;
}

export interface AlarmSnapshot {
  name: string;
  arn: string;
  state: StateValue;
  /** Tags of the alarm's state machine: 'firing' (ALARM), 'quiet' (OK), 'unknown' (INSUFFICIENT_DATA). */
  tags: string[];
  stateReason: string;
  stateUpdatedAt: number;
  threshold: number;
  comparison: ComparisonOperator;
  /** ≥, >, <, ≤ for compact labels. */
  comparisonSymbol: string;
  period: number;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  treatMissingData: TreatMissingData;
  /** `statistic` is a Statistic or a percentile such as p99 (ExtendedStatistic). */
  metric?: { namespace: string; metricName: string; statistic: string; dimensions: Dimension[] };
  math?: { queries: MetricDataQuery[]; returnId: string };
  dimensions: Dimension[];
  recentChanges: {
    time: number;
    from: StateValue;
    to: StateValue;
    reason: string;
    cause: 'evaluation' | 'SetAlarmState';
  }[];
}

export interface SeriesPointSnapshot {
  timestamp: number;
  SampleCount: number;
  Sum: number;
  Min: number;
  Max: number;
}

export interface SeriesSnapshot {
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
  points: SeriesPointSnapshot[];
}

export interface CloudWatchSnapshot {
  alarms: AlarmSnapshot[];
  compositeAlarms: CompositeAlarmSnapshot[];
  /** Every series with data in the last 60 minutes, oldest point first. */
  series: SeriesSnapshot[];
}

export interface GetMetricStatisticsInput {
  Namespace: string;
  MetricName: string;
  Dimensions?: Dimension[];
  StartTime: TimeInput;
  EndTime: TimeInput;
  Period: number;
  Statistics?: Statistic[];
  ExtendedStatistics?: string[];
  Unit?: string;
}

export interface GetMetricDataInput {
  MetricDataQueries: MetricDataQuery[];
  StartTime: TimeInput;
  EndTime: TimeInput;
  ScanBy?: 'TimestampDescending' | 'TimestampAscending';
  MaxDatapoints?: number;
}

export interface PutMetricDataInput {
  Namespace: string;
  MetricData: {
    MetricName: string;
    Dimensions?: Dimension[];
    Timestamp?: TimeInput;
    Value?: number;
    Values?: number[];
    Counts?: number[];
    StatisticValues?: { SampleCount: number; Sum: number; Minimum: number; Maximum: number };
    Unit?: string;
    StorageResolution?: number;
  }[];
}

const deepCopy = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

type AlarmStateFields = Pick<
  AlarmRecord,
  'StateValue' | 'StateReason' | 'StateReasonData' | 'StateUpdatedTimestamp' | 'StateTransitionedTimestamp'
>;

/**
 * An update of an existing alarm (PutMetricAlarm, PutCompositeAlarm) replaces its whole configuration but
 * keeps its current state. https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
 */
const withStateOf = <C extends object>(
  config: C,
  { StateValue, StateReason, StateReasonData, StateUpdatedTimestamp, StateTransitionedTimestamp }: AlarmStateFields,
) => ({
  ...config,
  StateValue,
  StateReason,
  ...(StateReasonData !== undefined ? { StateReasonData } : {}),
  StateUpdatedTimestamp,
  StateTransitionedTimestamp,
});

export class CloudWatchService {
  readonly #store: MetricStore;
  readonly #alarms = new Map<string, AlarmEntry>();
  readonly #composites = new Map<string, CompositeEntry>();
  #history: AlarmHistoryRecord[] = [];
  readonly #listeners = new Set<(change: AlarmStateChange) => void>();
  #evalTimer: TimerId | undefined;

  /** Lambda hands its per-minute statistic sets over through this (src/sim/core/ports.ts). */
  readonly metricIngestPort: MetricIngestPort = { ingest: (datum) => this.#store.put(datum) };

  /** CodeDeploy reads alarm states and follows their changes through this (src/sim/core/ports.ts). */
  readonly alarmStatePort: AlarmStatePort = {
    // CodeDeploy can watch a composite alarm like any other alarm name.
    stateOf: (name) => (this.#alarms.get(name) ?? this.#composites.get(name))?.record.StateValue,
    onChange: (listener) => {
      this.#listeners.add(listener);
      return () => this.#listeners.delete(listener);
    },
  };

  constructor(protected readonly ctx: WorldContext) {
    this.#store = new MetricStore(() => ctx.scheduler.now());
  }

  /** Evaluates every alarm now (the scheduler calls it each minute). */
  #evaluateAlarms(): void {
    for (const entry of [...this.#alarms.values()]) {
      // A state-change listener may have deleted a later alarm in this round.
      if (this.#alarms.get(entry.record.AlarmName) === entry) this.#evaluate(entry);
    }
  }

  // ───────────────────────── alarms ─────────────────────────

  putMetricAlarm(input: PutMetricAlarmInput): Record<string, never> {
    const v = validatePutMetricAlarm(input);
    const now = this.ctx.scheduler.now();
    const name = input.AlarmName;
    if (this.#composites.has(name)) throw nameTaken(name, 'a composite alarm');
    const existing = this.#alarms.get(name);
    const config = {
      AlarmName: name,
      AlarmArn: `arn:aws:cloudwatch:${this.ctx.region}:${this.ctx.accountId}:alarm:${name}`,
      ...(input.AlarmDescription !== undefined ? { AlarmDescription: input.AlarmDescription } : {}),
      ActionsEnabled: input.ActionsEnabled ?? true,
      OKActions: [...(input.OKActions ?? [])],
      AlarmActions: [...(input.AlarmActions ?? [])],
      InsufficientDataActions: [...(input.InsufficientDataActions ?? [])],
      ...(input.Metrics === undefined
        ? {
            MetricName: input.MetricName,
            Namespace: input.Namespace,
            ...(input.ExtendedStatistic !== undefined
              ? { ExtendedStatistic: input.ExtendedStatistic }
              : { Statistic: input.Statistic }),
            Period: input.Period,
            ...(input.Unit !== undefined ? { Unit: input.Unit } : {}),
          }
        : { Metrics: deepCopy(input.Metrics) }),
      Dimensions: (input.Dimensions ?? []).map((d) => ({ Name: d.Name, Value: d.Value })),
      EvaluationPeriods: input.EvaluationPeriods,
      DatapointsToAlarm: v.datapointsToAlarm,
      Threshold: input.Threshold!,
      ComparisonOperator: input.ComparisonOperator,
      TreatMissingData: input.TreatMissingData ?? 'missing',
      ...(input.EvaluateLowSampleCountPercentile !== undefined
        ? { EvaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile }
        : {}),
      AlarmConfigurationUpdatedTimestamp: now,
    };
    const explicit = {
      DatapointsToAlarm: input.DatapointsToAlarm !== undefined,
      TreatMissingData: input.TreatMissingData !== undefined,
    };
    if (existing) {
      existing.record = withStateOf(config, existing.record);
      existing.period = v.period;
      existing.math = v.math;
      existing.explicit = explicit;
      this.#addHistory(name, 'ConfigurationUpdate', `Alarm "${name}" updated`, {
        version: '1.0',
        type: 'Update',
        updatedAlarm: this.#historyConfig(existing.record),
      });
      this.#log(CLOUDWATCH_SAYS.alarmUpdated(name, existing.record.StateValue), name);
    } else {
      const record: AlarmRecord = {
        ...config,
        StateValue: 'INSUFFICIENT_DATA',
        StateReason: INITIAL_STATE_REASON,
        StateUpdatedTimestamp: now,
        StateTransitionedTimestamp: now,
      };
      const actor = createActor(getAlarmMachine(), { clock: this.ctx.scheduler });
      actor.start();
      this.#alarms.set(name, { record, actor, period: v.period, math: v.math, explicit, recentChanges: [] });
      this.#addHistory(name, 'ConfigurationUpdate', `Alarm "${name}" created`, {
        version: '1.0',
        type: 'Create',
        createdAlarm: this.#historyConfig(record),
      });
      this.#log(CLOUDWATCH_SAYS.alarmCreated(name), name);
    }
    this.#scheduleEvaluation();
    this.ctx.changed();
    return {};
  }

  describeAlarms(
    input: {
      AlarmNames?: string[];
      AlarmNamePrefix?: string;
      AlarmTypes?: AlarmType[];
      ChildrenOfAlarmName?: string;
      ParentsOfAlarmName?: string;
      StateValue?: StateValue;
      ActionPrefix?: string;
      MaxRecords?: number;
    } = {},
  ): {
    MetricAlarms: MetricAlarm[];
    CompositeAlarms: CompositeAlarm[];
  } {
    if (input.AlarmNames !== undefined && input.AlarmNamePrefix !== undefined) {
      throw cloudWatchError(
        'InvalidParameterCombinationException',
        'AlarmNames and AlarmNamePrefix cannot be specified together.',
      );
    }
    if (input.AlarmNames !== undefined && input.AlarmNames.length > 100) {
      throw constraintError(
        `[${input.AlarmNames.length} items]`,
        'alarmNames',
        'Member must have length less than or equal to 100',
      );
    }
    checkEnum(input.StateValue, 'stateValue', STATE_VALUES);
    checkMaxRecords(input.MaxRecords);
    for (const t of input.AlarmTypes ?? []) checkEnum(t, 'alarmTypes.member', ['CompositeAlarm', 'MetricAlarm']);
    // ChildrenOfAlarmName / ParentsOfAlarmName go with no other filter but AlarmTypes and MaxRecords.
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarms.html
    const related = input.ChildrenOfAlarmName ?? input.ParentsOfAlarmName;
    if (related !== undefined && (input.ChildrenOfAlarmName !== undefined) === (input.ParentsOfAlarmName !== undefined))
      throw cloudWatchError(
        'InvalidParameterCombinationException',
        'ChildrenOfAlarmName and ParentsOfAlarmName cannot be specified together.',
      );
    if (
      related !== undefined &&
      (input.AlarmNames ?? input.AlarmNamePrefix ?? input.StateValue ?? input.ActionPrefix) !== undefined
    )
      throw cloudWatchError(
        'InvalidParameterCombinationException',
        `${input.ChildrenOfAlarmName !== undefined ? 'ChildrenOfAlarmName' : 'ParentsOfAlarmName'} can be combined only with AlarmTypes and MaxRecords.`,
      );
    // "If you omit this parameter, only metric alarms are returned, even if composite alarms exist."
    const types = input.AlarmTypes ?? ['MetricAlarm'];
    let names: Set<string> | undefined = input.AlarmNames ? new Set(input.AlarmNames) : undefined;
    if (input.ChildrenOfAlarmName !== undefined) {
      const parent = this.#composites.get(input.ChildrenOfAlarmName);
      names = new Set(parent ? ruleReferences(parent.rule).map(alarmNameOf) : []);
    } else if (input.ParentsOfAlarmName !== undefined) {
      const child = input.ParentsOfAlarmName;
      names = new Set(
        [...this.#composites.values()]
          .filter((c) => ruleReferences(c.rule).some((ref) => alarmNameOf(ref) === child))
          .map((c) => c.record.AlarmName),
      );
    }
    const wanted = (r: { AlarmName: string; StateValue: StateValue; AlarmActions: string[] }) =>
      (!names || names.has(r.AlarmName)) &&
      (input.AlarmNamePrefix === undefined || r.AlarmName.startsWith(input.AlarmNamePrefix)) &&
      (input.StateValue === undefined || r.StateValue === input.StateValue) &&
      (input.ActionPrefix === undefined || r.AlarmActions.some((a) => a.startsWith(input.ActionPrefix!)));
    const byName = (a: { AlarmName: string }, b: { AlarmName: string }) =>
      a.AlarmName < b.AlarmName ? -1 : a.AlarmName > b.AlarmName ? 1 : 0;
    const limit = input.MaxRecords ?? 100;
    const metricAlarms = types.includes('MetricAlarm')
      ? [...this.#alarms.values()]
          .filter((e) => wanted(e.record))
          .sort((a, b) => byName(a.record, b.record))
          .slice(0, limit)
          .map(toMetricAlarm)
      : [];
    const compositeAlarms = types.includes('CompositeAlarm')
      ? [...this.#composites.values()]
          .map((e) => e.record)
          .filter(wanted)
          .sort(byName)
          .slice(0, limit)
          .map(toCompositeAlarm)
      : [];
    return { MetricAlarms: metricAlarms, CompositeAlarms: compositeAlarms };
  }

  /**
   * The metric alarms on one metric; the optional fields narrow the list to alarms with exactly that
   * statistic, percentile, dimension set, period or unit.
   * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarmsForMetric.html
   */
  describeAlarmsForMetric(input: {
    MetricName: string;
    Namespace: string;
    Statistic?: Statistic;
    ExtendedStatistic?: string;
    Dimensions?: Dimension[];
    Period?: number;
    Unit?: string;
  }): { MetricAlarms: MetricAlarm[] } {
    if (!input || typeof input.MetricName !== 'string' || input.MetricName.length === 0)
      throw constraintError(input?.MetricName, 'metricName', 'Member must not be null');
    if (typeof input.Namespace !== 'string' || input.Namespace.length === 0)
      throw constraintError(input.Namespace, 'namespace', 'Member must not be null');
    checkDimensions(input.Dimensions);
    checkEnum(input.Statistic, 'statistic', STATISTICS);
    const dimsKey = input.Dimensions && seriesKey('', '', input.Dimensions);
    const alarms = [...this.#alarms.values()]
      .filter(({ record: r }) => {
        if (r.MetricName !== input.MetricName || r.Namespace !== input.Namespace) return false;
        if (input.Statistic !== undefined && r.Statistic !== input.Statistic) return false;
        if (input.ExtendedStatistic !== undefined && r.ExtendedStatistic !== input.ExtendedStatistic) return false;
        if (dimsKey !== undefined && seriesKey('', '', r.Dimensions) !== dimsKey) return false;
        if (input.Period !== undefined && r.Period !== input.Period) return false;
        return input.Unit === undefined || r.Unit === input.Unit;
      })
      .sort((a, b) => (a.record.AlarmName < b.record.AlarmName ? -1 : 1))
      .map(toMetricAlarm);
    return { MetricAlarms: alarms };
  }

  /**
   * Creates or replaces a composite alarm. A new one starts in INSUFFICIENT_DATA and is evaluated at
   * once; after that it is only ever ALARM (its rule holds) or OK, re-evaluated whenever an alarm it
   * names changes state. An update keeps the state until that re-evaluation, which happens now.
   * Every alarm the rule names must exist: "Could not save the composite alarm as alarms [...] in the
   * alarm rule do not exist" (AWS's message as CloudFormation users report it).
   * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html
   */
  putCompositeAlarm(input: PutCompositeAlarmInput): Record<string, never> {
    const rule = validatePutCompositeAlarm(input);
    const name = input.AlarmName;
    if (this.#alarms.has(name)) throw nameTaken(name, 'a metric alarm');
    const missing = ruleReferences(rule).filter((ref) => {
      const n = alarmNameOf(ref);
      return n !== name && !this.#alarms.has(n) && !this.#composites.has(n);
    });
    if (missing.length > 0)
      throw cloudWatchError(
        'ValidationError',
        `Could not save the composite alarm as alarms [${missing.join(', ')}] in the alarm rule do not exist`,
      );
    const now = this.ctx.scheduler.now();
    const config = {
      AlarmName: name,
      AlarmArn: `arn:aws:cloudwatch:${this.ctx.region}:${this.ctx.accountId}:alarm:${name}`,
      ...(input.AlarmDescription !== undefined ? { AlarmDescription: input.AlarmDescription } : {}),
      AlarmRule: input.AlarmRule,
      ActionsEnabled: input.ActionsEnabled ?? true,
      OKActions: [...(input.OKActions ?? [])],
      AlarmActions: [...(input.AlarmActions ?? [])],
      InsufficientDataActions: [...(input.InsufficientDataActions ?? [])],
      AlarmConfigurationUpdatedTimestamp: now,
    };
    let entry = this.#composites.get(name);
    if (entry) {
      entry.record = withStateOf(config, entry.record);
      entry.rule = rule;
      this.#addHistory(
        name,
        'ConfigurationUpdate',
        `Alarm "${name}" updated`,
        { version: '1.0', type: 'Update' },
        'CompositeAlarm',
      );
    } else {
      const actor = createActor(getAlarmMachine(), { clock: this.ctx.scheduler });
      actor.start();
      entry = {
        record: {
          ...config,
          StateValue: 'INSUFFICIENT_DATA',
          StateReason: INITIAL_STATE_REASON,
          StateUpdatedTimestamp: now,
          StateTransitionedTimestamp: now,
        },
        actor,
        rule,
        recentChanges: [],
      };
      this.#composites.set(name, entry);
      this.#addHistory(
        name,
        'ConfigurationUpdate',
        `Alarm "${name}" created`,
        { version: '1.0', type: 'Create' },
        'CompositeAlarm',
      );
    }
    this.#log(CLOUDWATCH_SAYS.compositeSaved(name, input.AlarmRule), name);
    this.#evaluateComposite(entry, new Set());
    this.ctx.changed();
    return {};
  }

  /**
   * ActionsEnabled on or off for each named alarm (metric or composite). The alarms keep evaluating
   * and changing state either way; only their actions stop. CodeDeploy reads alarm states, not
   * actions, so a disabled alarm still stops a deployment (AWS documents no link between the two).
   * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DisableAlarmActions.html
   */
  enableAlarmActions(input: { AlarmNames: string[] }): Record<string, never> {
    return this.#setActionsEnabled(input, true);
  }

  disableAlarmActions(input: { AlarmNames: string[] }): Record<string, never> {
    return this.#setActionsEnabled(input, false);
  }

  #setActionsEnabled(input: { AlarmNames: string[] }, enabled: boolean): Record<string, never> {
    if (!input || !Array.isArray(input.AlarmNames))
      throw constraintError(null, 'alarmNames', 'Member must not be null');
    if (input.AlarmNames.length > 100)
      throw constraintError(
        `[${input.AlarmNames.length} items]`,
        'alarmNames',
        'Member must have length less than or equal to 100',
      );
    // Names that match no alarm are skipped without an error (AWS documents none for these calls).
    for (const name of input.AlarmNames) {
      const record = (this.#alarms.get(name) ?? this.#composites.get(name))?.record;
      if (!record || record.ActionsEnabled === enabled) continue;
      record.ActionsEnabled = enabled;
      this.#log(CLOUDWATCH_SAYS.actionsSwitched(name, enabled), name);
    }
    this.ctx.changed();
    return {};
  }

  deleteAlarms(input: { AlarmNames: string[] }): Record<string, never> {
    if (!input || !Array.isArray(input.AlarmNames))
      throw constraintError(null, 'alarmNames', 'Member must not be null');
    if (input.AlarmNames.length > 100)
      throw constraintError(
        `[${input.AlarmNames.length} items]`,
        'alarmNames',
        'Member must have length less than or equal to 100',
      );
    // "If you specify an incorrect alarm name … no alarms are deleted." (API_DeleteAlarms)
    const unknown = input.AlarmNames.filter((n) => !this.#alarms.has(n) && !this.#composites.has(n));
    if (unknown.length > 0)
      throw cloudWatchError(
        'ResourceNotFound',
        `${unknown.length === 1 ? 'Alarm' : 'Alarms'} ${unknown.join(', ')} not found`,
      );
    for (const name of input.AlarmNames) {
      const composite = this.#composites.get(name);
      if (composite) {
        // A rule that still names a deleted alarm finds it in no state (AWS does not say; a choice).
        composite.actor.stop();
        this.#composites.delete(name);
        this.#addHistory(
          name,
          'ConfigurationUpdate',
          `Alarm "${name}" deleted`,
          { version: '1.0', type: 'Delete' },
          'CompositeAlarm',
        );
        continue;
      }
      const entry = this.#alarms.get(name);
      if (!entry) continue;
      entry.actor.stop();
      this.#alarms.delete(name);
      this.#addHistory(name, 'ConfigurationUpdate', `Alarm "${name}" deleted`, {
        version: '1.0',
        type: 'Delete',
        deletedAlarm: this.#historyConfig(entry.record),
      });
      // Composite alarms that named it are re-decided without it.
      for (const parent of [...this.#composites.values()])
        if (ruleReferences(parent.rule).some((ref) => alarmNameOf(ref) === name))
          this.#evaluateComposite(parent, new Set());
      this.#log(CLOUDWATCH_SAYS.alarmDeleted(name), name);
    }
    if (this.#alarms.size === 0) {
      this.ctx.scheduler.cancel(this.#evalTimer);
      this.#evalTimer = undefined;
    }
    this.ctx.changed();
    return {};
  }

  /**
   * Sets a state for testing. It lasts only until the next evaluation, which moves the alarm back
   * to the state its data supports; both changes appear in the history (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_SetAlarmState.html).
   */
  setAlarmState(input: {
    AlarmName: string;
    StateValue: StateValue;
    StateReason: string;
    StateReasonData?: string;
  }): Record<string, never> {
    if (!input || typeof input.AlarmName !== 'string' || input.AlarmName.length === 0)
      throw constraintError(input?.AlarmName, 'alarmName', 'Member must have length greater than or equal to 1');
    checkEnum(input.StateValue, 'stateValue', STATE_VALUES, { optional: false });
    if (typeof input.StateReason !== 'string') throw constraintError(null, 'stateReason', 'Member must not be null');
    if (input.StateReason.length > 1023)
      throw constraintError(input.StateReason, 'stateReason', 'Member must have length less than or equal to 1023');
    if (input.StateReasonData !== undefined) {
      if (input.StateReasonData.length > 4000)
        throw constraintError('…', 'stateReasonData', 'Member must have length less than or equal to 4000');
      try {
        JSON.parse(input.StateReasonData);
      } catch {
        throw cloudWatchError('InvalidFormatFault', 'StateReasonData is not valid JSON.');
      }
    }
    const entry = this.#alarms.get(input.AlarmName) ?? this.#composites.get(input.AlarmName);
    // ResourceNotFound is SetAlarmState's error for an unknown alarm (API_SetAlarmState). Real AWS
    // reportedly answers with the bare message "Unknown"; we name the alarm to help the learner (INF).
    if (!entry) throw cloudWatchError('ResourceNotFound', `Alarm ${input.AlarmName} not found`);
    const from = entry.record.StateValue;
    entry.actor.send({ type: 'SET', state: input.StateValue });
    if (alarmStateOf(entry.actor.getSnapshot()) === from) {
      // Same state: nothing transitions and no action runs; the reason is still replaced.
      entry.record.StateReason = input.StateReason;
      entry.record.StateUpdatedTimestamp = this.ctx.scheduler.now();
      this.ctx.changed();
      return {};
    }
    this.#transition(entry, input.StateReason, input.StateReasonData, 'SetAlarmState', {
      message: `Alarm ${input.AlarmName} was set from ${from} to ${input.StateValue} by SetAlarmState. This is temporary: the next evaluation returns it to the state its data supports.`,
      rule: 'SetAlarmState changes the state only until the next evaluation; the change stays visible in the alarm history.',
      docUrl: SET_ALARM_STATE_DOC,
    });
    return {};
  }

  describeAlarmHistory(
    input: {
      AlarmName?: string;
      AlarmTypes?: string[];
      HistoryItemType?: HistoryItemType;
      StartDate?: TimeInput;
      EndDate?: TimeInput;
      MaxRecords?: number;
      ScanBy?: 'TimestampDescending' | 'TimestampAscending';
    } = {},
  ): {
    AlarmHistoryItems: {
      AlarmName: string;
      AlarmType: AlarmType;
      Timestamp: Date;
      HistoryItemType: HistoryItemType;
      HistorySummary: string;
      HistoryData: string;
    }[];
  } {
    // AWS lists the contributor item types too; the simulator keeps no contributor history.
    checkEnum(input.HistoryItemType, 'historyItemType', ['ConfigurationUpdate', 'StateUpdate', 'Action'], {
      listed: ['ConfigurationUpdate', 'StateUpdate', 'Action', 'AlarmContributorStateUpdate', 'AlarmContributorAction'],
    });
    checkMaxRecords(input.MaxRecords);
    const start = input.StartDate !== undefined ? toEpochMs(input.StartDate, 'StartDate') : -Infinity;
    const end = input.EndDate !== undefined ? toEpochMs(input.EndDate, 'EndDate') : Infinity;
    let items = this.#history.filter(
      (h) =>
        (!input.AlarmTypes || input.AlarmTypes.includes(h.AlarmType)) &&
        (input.AlarmName === undefined || h.AlarmName === input.AlarmName) &&
        (input.HistoryItemType === undefined || h.HistoryItemType === input.HistoryItemType) &&
        h.Timestamp >= start &&
        h.Timestamp <= end,
    );
    // Newest first by default, as CloudWatch returns it.
    if ((input.ScanBy ?? 'TimestampDescending') === 'TimestampDescending') items = [...items].reverse();
    return {
      AlarmHistoryItems: items
        .slice(0, input.MaxRecords ?? 100)
        .map((h) => ({ ...h, Timestamp: new Date(h.Timestamp) })),
    };
  }

  // ───────────────────────── metrics ─────────────────────────

  getMetricStatistics(input: GetMetricStatisticsInput): {
    Label: string;
    Datapoints: Record<string, number | string | Date | Record<string, number>>[];
  } {
    if (!input) throw constraintError(null, 'namespace', 'Member must not be null');
    if (typeof input.Namespace !== 'string' || input.Namespace.length === 0)
      throw constraintError(input.Namespace, 'namespace', 'Member must not be null');
    if (typeof input.MetricName !== 'string' || input.MetricName.length === 0)
      throw constraintError(input.MetricName, 'metricName', 'Member must not be null');
    checkDimensions(input.Dimensions);
    const startMs = toEpochMs(input.StartTime, 'StartTime');
    const endMs = toEpochMs(input.EndTime, 'EndTime');
    if (startMs >= endMs)
      throw cloudWatchError(
        'InvalidParameterValueException',
        'The parameter StartTime must be less than the parameter EndTime.',
      );
    const p = input.Period;
    // GetMetricStatistics periods: 1, 5, 10, 20, 30, 60 or a multiple of 60 seconds.
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html
    if (
      !Number.isInteger(p) ||
      !(p === 1 || p === 5 || p === 10 || p === 20 || p === 30 || (p >= 60 && p % 60 === 0))
    ) {
      throw cloudWatchError(
        'InvalidParameterValueException',
        'The parameter Period must be 1, 5, 10, 20, 30, 60 or a multiple of 60.',
      );
    }
    const stats = input.Statistics ?? [];
    const percentiles = input.ExtendedStatistics ?? [];
    // "You must specify either Statistics or ExtendedStatistics, but not both." (API_GetMetricStatistics)
    if (stats.length === 0 && percentiles.length === 0)
      throw cloudWatchError(
        'InvalidParameterCombinationException',
        'Must specify either Statistics or ExtendedStatistics.',
      );
    if (stats.length > 0 && percentiles.length > 0)
      throw cloudWatchError(
        'InvalidParameterCombinationException',
        'Statistics and ExtendedStatistics cannot both be specified.',
      );
    if (percentiles.length > 10)
      throw constraintError(
        `[${percentiles.length} items]`,
        'extendedStatistics',
        'Member must have length less than or equal to 10',
      );
    for (const x of percentiles) {
      if (parsePercentile(x) === undefined)
        throw cloudWatchError(
          'InvalidParameterValueException',
          `The value ${x} for parameter ExtendedStatistics is invalid: specify percentiles between p0.0 and p100, such as p99.`,
        );
    }
    if (stats.length > 5)
      throw constraintError(`[${stats.length} items]`, 'statistics', 'Member must have length less than or equal to 5');
    for (const s of stats) checkEnum(s, 'statistics.member', STATISTICS);
    // A single call returns at most 1,440 datapoints, counted over the range as requested (a day at
    // 60 s from an unaligned start is exactly 1440, which AWS accepts); the message prints plain numbers
    // (recorded AWS response). https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html
    const alignMs = Math.floor(startMs / (p >= 60 ? MINUTE : 1000)) * (p >= 60 ? MINUTE : 1000);
    const requested = Math.ceil((endMs - startMs) / (p * 1000));
    if (requested > 1440) {
      throw cloudWatchError(
        'InvalidParameterCombinationException',
        `You have requested up to ${requested} datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`,
      );
    }
    const key = seriesKey(input.Namespace, input.MetricName, input.Dimensions ?? []);
    const unit = this.#store.unitOf(key);
    if (input.Unit !== undefined && unit !== undefined && unit !== input.Unit)
      return { Label: input.MetricName, Datapoints: [] };
    const unitText = input.Unit ?? unit ?? 'None';
    if (percentiles.length > 0) {
      // A period whose data cannot give a percentile (statistic sets with different values, negative
      // values) has no datapoint; the others carry an ExtendedStatistics map, as AWS's Datapoint does.
      const Datapoints = [...this.#store.aggregateWithDistribution(key, alignMs, endMs, p * 1000, alignMs).entries()]
        .filter(([, b]) => b.dist !== undefined && percentileOf(b.dist, 0) !== undefined)
        .sort((a, b) => a[0] - b[0])
        .map(([t, b]) => ({
          Timestamp: new Date(t),
          ExtendedStatistics: Object.fromEntries(
            percentiles.map((x) => [x, percentileOf(b.dist!, parsePercentile(x)!)!]),
          ),
          Unit: unitText,
        }));
      return { Label: input.MetricName, Datapoints };
    }
    const buckets = this.#store.aggregate(key, alignMs, endMs, p * 1000, alignMs);
    const Datapoints = [...buckets.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([t, set]) => {
        const dp: Record<string, number | string | Date> = { Timestamp: new Date(t) };
        for (const s of stats) dp[s] = statisticValue(set, s)!;
        dp.Unit = unitText;
        return dp;
      });
    return { Label: input.MetricName, Datapoints };
  }

  getMetricData(input: GetMetricDataInput): {
    MetricDataResults: {
      Id: string;
      Label: string;
      Timestamps: Date[];
      Values: number[];
      StatusCode: 'Complete';
      Messages: [];
    }[];
    Messages: [];
  } {
    if (!input || !Array.isArray(input.MetricDataQueries) || input.MetricDataQueries.length === 0) {
      throw constraintError(null, 'metricDataQueries', 'Member must not be null');
    }
    if (input.MetricDataQueries.length > 500)
      throw constraintError(
        `[${input.MetricDataQueries.length} items]`,
        'metricDataQueries',
        'Member must have length less than or equal to 500',
      );
    const queries = validateQueries(input.MetricDataQueries, 'metricDataQueries');
    const startMs = toEpochMs(input.StartTime, 'StartTime');
    const endMs = toEpochMs(input.EndTime, 'EndTime');
    if (startMs >= endMs)
      throw cloudWatchError('ValidationError', 'The parameter StartTime must be less than the parameter EndTime.');
    checkEnum(input.ScanBy, 'scanBy', ['TimestampDescending', 'TimestampAscending']);
    const alignMs = Math.floor(startMs / MINUTE) * MINUTE;
    const values = runQueries(this.#store, queries, { fromMs: alignMs, toMs: endMs, alignMs });
    const descending = (input.ScanBy ?? 'TimestampDescending') === 'TimestampDescending';
    const results = queries
      .filter((v) => v.query.ReturnData !== false)
      .map((v) => {
        const entries = [...(values.get(v.query.Id) ?? new Map()).entries()].sort((a, b) =>
          descending ? b[0] - a[0] : a[0] - b[0],
        );
        const limited = input.MaxDatapoints !== undefined ? entries.slice(0, input.MaxDatapoints) : entries;
        return {
          Id: v.query.Id,
          Label: v.query.Label ?? (v.query.MetricStat ? v.query.MetricStat.Metric.MetricName : v.query.Id),
          Timestamps: limited.map(([t]) => new Date(t)),
          Values: limited.map(([, p]) => p.value),
          StatusCode: 'Complete' as const,
          Messages: [] as [],
        };
      });
    return { MetricDataResults: results, Messages: [] };
  }

  /** Custom metrics for learners who want them. */
  putMetricData(input: PutMetricDataInput): Record<string, never> {
    if (!input || typeof input.Namespace !== 'string' || input.Namespace.length === 0)
      throw constraintError(input?.Namespace, 'namespace', 'Member must not be null');
    // Namespaces starting with "AWS/" are reserved for AWS services.
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html
    if (input.Namespace.startsWith('AWS/'))
      throw cloudWatchError(
        'InvalidParameterValueException',
        `The value ${input.Namespace} for parameter Namespace is invalid.`,
      );
    if (!Array.isArray(input.MetricData) || input.MetricData.length === 0)
      throw constraintError(null, 'metricData', 'Member must not be null');
    if (input.MetricData.length > 1000)
      throw constraintError(
        `[${input.MetricData.length} items]`,
        'metricData',
        'Member must have length less than or equal to 1000',
      );
    const now = this.ctx.scheduler.now();
    const data: MetricDatum[] = input.MetricData.map((d, i) => {
      if (typeof d?.MetricName !== 'string' || d.MetricName.length === 0)
        throw constraintError(d?.MetricName, `metricData.${i + 1}.member.metricName`, 'Member must not be null');
      checkDimensions(d.Dimensions, `metricData.${i + 1}.member.dimensions`);
      const forms = [d.Value !== undefined, d.Values !== undefined, d.StatisticValues !== undefined].filter(
        Boolean,
      ).length;
      if (forms !== 1)
        throw cloudWatchError(
          'InvalidParameterCombinationException',
          'Exactly one of Value, Values and StatisticValues must be specified for each datum.',
        );
      const highRes = d.StorageResolution === 1;
      if (d.StorageResolution !== undefined && d.StorageResolution !== 1 && d.StorageResolution !== 60) {
        throw cloudWatchError('InvalidParameterValueException', 'The parameter StorageResolution must be 1 or 60.');
      }
      const ts = d.Timestamp !== undefined ? toEpochMs(d.Timestamp, 'Timestamp') : now;
      const res = highRes ? 1000 : MINUTE;
      let set: { SampleCount: number; Sum: number; Minimum: number; Maximum: number };
      // Raw values are kept so that percentiles can be asked for them (Values/Counts "supports
      // retrieving percentile statistics"); a StatisticValues set keeps none (API_PutMetricData).
      let dist: { Values: number[]; Counts: number[] } | undefined;
      if (d.Value !== undefined) {
        if (!Number.isFinite(d.Value))
          throw cloudWatchError(
            'InvalidParameterValueException',
            `The value ${d.Value} for parameter MetricData.member.${i + 1}.Value is invalid.`,
          );
        set = { SampleCount: 1, Sum: d.Value, Minimum: d.Value, Maximum: d.Value };
        dist = { Values: [d.Value], Counts: [1] };
      } else if (d.Values !== undefined) {
        const counts = d.Counts ?? d.Values.map(() => 1);
        if (counts.length !== d.Values.length)
          throw cloudWatchError(
            'InvalidParameterValueException',
            'The Values and Counts arrays must have the same length.',
          );
        if (d.Values.length === 0) throw cloudWatchError('InvalidParameterValueException', 'Values must not be empty.');
        set = { SampleCount: 0, Sum: 0, Minimum: Infinity, Maximum: -Infinity };
        d.Values.forEach((v, k) => {
          // counts has the same length as Values (checked above).
          set.SampleCount += counts[k]!;
          set.Sum += v * counts[k]!;
          set.Minimum = Math.min(set.Minimum, v);
          set.Maximum = Math.max(set.Maximum, v);
        });
        dist = { Values: [...d.Values], Counts: [...counts] };
      } else {
        set = { ...d.StatisticValues! };
      }
      return {
        Namespace: input.Namespace,
        MetricName: d.MetricName,
        Dimensions: [...(d.Dimensions ?? [])].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0)),
        Timestamp: Math.floor(ts / res) * res,
        StorageResolution: highRes ? 1 : 60,
        ...set,
        ...(dist ?? {}),
        ...(d.Unit !== undefined ? { Unit: d.Unit } : {}),
      };
    });
    for (const d of data) this.#store.put(d);
    this.ctx.changed();
    return {};
  }

  listMetrics(
    input: { Namespace?: string; MetricName?: string; Dimensions?: { Name: string; Value?: string }[] } = {},
  ): {
    Metrics: { Namespace: string; MetricName: string; Dimensions: Dimension[] }[];
  } {
    const metrics = this.#store
      .series()
      .filter((s) => input.Namespace === undefined || s.Namespace === input.Namespace)
      .filter((s) => input.MetricName === undefined || s.MetricName === input.MetricName)
      .filter((s) =>
        (input.Dimensions ?? []).every((f) =>
          s.Dimensions.some((d) => d.Name === f.Name && (f.Value === undefined || d.Value === f.Value)),
        ),
      )
      .map((s) => ({
        Namespace: s.Namespace,
        MetricName: s.MetricName,
        Dimensions: s.Dimensions.map((d) => ({ ...d })),
      }));
    return { Metrics: metrics };
  }

  // ───────────────────────── snapshot ─────────────────────────

  snapshot(): CloudWatchSnapshot {
    const now = this.ctx.scheduler.now();
    const alarms: AlarmSnapshot[] = [...this.#alarms.values()]
      .sort((a, b) => (a.record.AlarmName < b.record.AlarmName ? -1 : 1))
      .map((e) => {
        const r = e.record;
        const returning =
          r.Metrics?.find((q) => q.ReturnData === true) ?? (r.Metrics?.length === 1 ? r.Metrics[0] : undefined);
        return {
          name: r.AlarmName,
          arn: r.AlarmArn,
          state: r.StateValue,
          tags: [...e.actor.getSnapshot().tags].sort(),
          stateReason: r.StateReason,
          stateUpdatedAt: r.StateUpdatedTimestamp,
          threshold: r.Threshold,
          comparison: r.ComparisonOperator,
          comparisonSymbol: OPERATOR_SYMBOLS[r.ComparisonOperator],
          period: e.period,
          evaluationPeriods: r.EvaluationPeriods,
          datapointsToAlarm: r.DatapointsToAlarm,
          treatMissingData: r.TreatMissingData,
          ...(r.Metrics === undefined
            ? {
                metric: {
                  namespace: r.Namespace!,
                  metricName: r.MetricName!,
                  statistic: (r.Statistic ?? r.ExtendedStatistic)!,
                  dimensions: r.Dimensions.map((d) => ({ ...d })),
                },
              }
            : { math: { queries: deepCopy(r.Metrics), returnId: returning?.Id ?? '' } }),
          dimensions: r.Dimensions.map((d) => ({ ...d })),
          recentChanges: e.recentChanges.map((c) => ({ ...c })),
        };
      });
    const series: SeriesSnapshot[] = [];
    for (const s of this.#store.series()) {
      const points = this.#store.points(s.key, now - SNAPSHOT_SERIES_WINDOW_MS, now + 1).map(([timestamp, p]) => ({
        timestamp,
        SampleCount: p.SampleCount,
        Sum: p.Sum,
        Min: p.Minimum,
        Max: p.Maximum,
      }));
      if (points.length > 0)
        series.push({
          namespace: s.Namespace,
          metricName: s.MetricName,
          dimensions: s.Dimensions.map((d) => ({ ...d })),
          points,
        });
    }
    const compositeAlarms: CompositeAlarmSnapshot[] = [...this.#composites.values()]
      .map(({ record: r }) => ({
        name: r.AlarmName,
        arn: r.AlarmArn,
        state: r.StateValue,
        rule: r.AlarmRule,
        stateReason: r.StateReason,
        stateUpdatedAt: r.StateUpdatedTimestamp,
        actionsEnabled: r.ActionsEnabled,
      }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    return { alarms, compositeAlarms, series };
  }

  // ───────────────────────── evaluation ─────────────────────────

  #scheduleEvaluation(): void {
    if (this.#evalTimer !== undefined) return;
    const now = this.ctx.scheduler.now();
    let next = Math.floor(now / MINUTE) * MINUTE + EVALUATION_OFFSET_MS;
    if (next <= now) next += MINUTE;
    this.#evalTimer = this.ctx.scheduler.at(
      next,
      () => {
        this.#evalTimer = undefined;
        this.#evaluateAlarms();
        if (this.#alarms.size > 0) this.#scheduleEvaluation();
      },
      'alarm-eval',
    );
  }

  /** The evaluation range: N + 2 complete periods aligned to the period, newest last. */
  #range(entry: AlarmEntry, now: number): RangePoint[] {
    const periodMs = entry.period * 1000;
    const end = Math.floor(now / periodMs) * periodMs;
    const length = evaluationRangeLength(entry.record.EvaluationPeriods);
    const from = end - length * periodMs;
    let values: PeriodValues;
    const r = entry.record;
    if (entry.math) {
      // validatePutMetricAlarm refuses a Metrics list where not exactly one query returns data, so math is never empty.
      const returning = entry.math.find((v) => v.query.ReturnData === true) ?? entry.math[0]!;
      values =
        runQueries(this.#store, entry.math, { fromMs: from, toMs: end, alignMs: 0 }).get(returning.query.Id) ??
        new Map();
    } else {
      const query: MetricDataQuery = {
        Id: 'm',
        MetricStat: {
          Metric: { Namespace: r.Namespace!, MetricName: r.MetricName!, Dimensions: r.Dimensions },
          Period: entry.period,
          Stat: (r.Statistic ?? r.ExtendedStatistic)!,
          ...(r.Unit !== undefined ? { Unit: r.Unit } : {}),
        },
      };
      values = metricStatValues(this.#store, query, { fromMs: from, toMs: end, alignMs: 0 });
    }
    const range: RangePoint[] = [];
    for (let t = from; t < end; t += periodMs) {
      const v = values.get(t);
      range.push(
        v
          ? { timestamp: t, value: v.value, ...(v.sampleCount !== undefined ? { sampleCount: v.sampleCount } : {}) }
          : { timestamp: t },
      );
    }
    return range;
  }

  #evaluate(entry: AlarmEntry): void {
    const now = this.ctx.scheduler.now();
    const r = entry.record;
    const range = this.#range(entry, now);
    if (this.#tooFewSamples(r, range)) return;
    const result = evaluateAlarm({
      range,
      evaluationPeriods: r.EvaluationPeriods,
      datapointsToAlarm: r.DatapointsToAlarm,
      threshold: r.Threshold,
      comparison: r.ComparisonOperator,
      treatMissingData: r.TreatMissingData,
    });
    // The machine decides: it moves only when the verdict names another state.
    entry.actor.send({ type: 'EVALUATED', state: result.state });
    const to = alarmStateOf(entry.actor.getSnapshot());
    if (to === r.StateValue || result.state === undefined) return;
    const reasonCtx: ReasonContext = {
      fromState: r.StateValue,
      toState: to,
      evaluationPeriods: r.EvaluationPeriods,
      datapointsToAlarm: r.DatapointsToAlarm,
      threshold: r.Threshold,
      comparison: r.ComparisonOperator,
    };
    const reason = stateReason(result, reasonCtx);
    const data =
      to === 'INSUFFICIENT_DATA'
        ? undefined
        : stateReasonData(result, {
            queryTime: now,
            ...(r.Statistic || r.ExtendedStatistic ? { statistic: (r.Statistic ?? r.ExtendedStatistic)! } : {}),
            ...this.#unitOfAlarmMetric(r),
            period: entry.period,
            threshold: r.Threshold,
          });
    this.#transition(entry, reason, data, 'evaluation', {
      message: `Alarm ${r.AlarmName} went from ${r.StateValue} to ${to}: ${plainSummary(result, reasonCtx)}`,
      ...ruleFor(result, r.TreatMissingData),
    });
  }

  /**
   * With EvaluateLowSampleCountPercentile "ignore", a percentile alarm keeps its state while a
   * datapoint of its last EvaluationPeriods has fewer samples than the percentile needs (1,000 for
   * p99). Checking every datapoint there, not only the newest, is a choice: AWS says "during the
   * evaluation period". https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/percentiles-with-low-samples.html
   */
  #tooFewSamples(r: AlarmRecord, range: RangePoint[]): boolean {
    if (r.ExtendedStatistic === undefined || r.EvaluateLowSampleCountPercentile !== 'ignore') return false;
    const bound = lowSampleCountBound(parsePercentile(r.ExtendedStatistic)!);
    return range
      .slice(-r.EvaluationPeriods)
      .some((p) => p.value !== undefined && p.sampleCount !== undefined && p.sampleCount < bound);
  }

  /**
   * Re-decides a composite alarm from the states its rule names: ALARM when the rule holds, else OK.
   * `visited` stops a cycle of composite alarms (which AWS lets you create) from looping.
   */
  #evaluateComposite(entry: CompositeEntry, visited: Set<string>): void {
    const name = entry.record.AlarmName;
    if (visited.has(name) || this.#composites.get(name) !== entry) return;
    visited.add(name);
    const stateOf = (ref: string) => {
      const n = alarmNameOf(ref);
      return (this.#alarms.get(n) ?? this.#composites.get(n))?.record.StateValue;
    };
    const to: StateValue = evaluateAlarmRule(entry.rule, stateOf) ? 'ALARM' : 'OK';
    const from = entry.record.StateValue;
    entry.actor.send({ type: 'EVALUATED', state: to });
    if (alarmStateOf(entry.actor.getSnapshot()) === from) return;
    const children = ruleReferences(entry.rule)
      .map((ref) => `${alarmNameOf(ref)} is ${stateOf(ref) ?? 'missing'}`)
      .join(', ');
    // AWS's wording for composite reasons is not documented: this names the rule and the states read.
    const reason = `Alarm rule ${to === 'ALARM' ? 'is' : 'is not'} satisfied: ${entry.record.AlarmRule} (${children}).`;
    this.#transition(
      entry,
      reason,
      undefined,
      'evaluation',
      {
        message: `Composite alarm ${name} went from ${from} to ${to}: its rule ${to === 'ALARM' ? 'now holds' : 'no longer holds'} (${children}).`,
        rule: 'A composite alarm is in ALARM while its rule holds and in OK otherwise.',
        docUrl: COMPOSITE_DOC,
      },
      visited,
    );
  }

  /** The unit of a single-metric alarm's datapoints, for StateReasonData; none for metric math. */
  #unitOfAlarmMetric(r: AlarmRecord): { unit?: string } {
    if (r.Namespace === undefined || r.MetricName === undefined) return {};
    const unit = r.Unit ?? this.#store.unitOf(seriesKey(r.Namespace, r.MetricName, r.Dimensions ?? []));
    return unit === undefined ? {} : { unit };
  }

  /** Records the move the alarm machine just made (its state is already the new one). */
  #transition(
    entry: AlarmEntry | CompositeEntry,
    reason: string,
    reasonData: string | undefined,
    cause: 'evaluation' | 'SetAlarmState',
    log: { message: string; rule: string; docUrl: string },
    visited: Set<string> = new Set(),
  ): void {
    const now = this.ctx.scheduler.now();
    const r = entry.record;
    const from = r.StateValue;
    const to = alarmStateOf(entry.actor.getSnapshot());
    const oldReason = r.StateReason;
    r.StateValue = to;
    r.StateReason = reason;
    if (reasonData !== undefined) r.StateReasonData = reasonData;
    else delete r.StateReasonData;
    r.StateUpdatedTimestamp = now;
    r.StateTransitionedTimestamp = now;
    entry.recentChanges.push({ time: now, from, to, reason, cause });
    if (entry.recentChanges.length > RECENT_CHANGES) entry.recentChanges.shift();
    this.#addHistory(
      r.AlarmName,
      'StateUpdate',
      `Alarm updated from ${from} to ${to}`,
      {
        version: '1.0',
        oldState: { stateValue: from, stateReason: oldReason },
        newState: {
          stateValue: to,
          stateReason: reason,
          ...(reasonData !== undefined ? { stateReasonData: JSON.parse(reasonData) as unknown } : {}),
        },
      },
      'AlarmRule' in r ? 'CompositeAlarm' : 'MetricAlarm',
    );
    this.ctx.log.add({
      service: 'cloudwatch',
      type: 'alarm.state',
      message: log.message,
      rule: log.rule,
      docUrl: log.docUrl,
      refs: { alarmName: r.AlarmName },
      severity: to === 'ALARM' ? 'error' : to === 'OK' ? 'success' : 'warn',
    });
    const change: AlarmStateChange = { alarmName: r.AlarmName, oldState: from, newState: to, time: now, reason };
    for (const listener of [...this.#listeners]) listener(change);
    // Composite alarms that name this one are re-decided at once.
    for (const parent of [...this.#composites.values()]) {
      if (ruleReferences(parent.rule).some((ref) => alarmNameOf(ref) === r.AlarmName))
        this.#evaluateComposite(parent, visited);
    }
    this.ctx.changed();
  }

  #addHistory(
    name: string,
    type: HistoryItemType,
    summary: string,
    data: unknown,
    alarmType: AlarmType = 'MetricAlarm',
  ): void {
    const now = this.ctx.scheduler.now();
    this.#history.push({
      AlarmName: name,
      AlarmType: alarmType,
      Timestamp: now,
      HistoryItemType: type,
      HistorySummary: summary,
      HistoryData: JSON.stringify(data),
    });
    const cutoff = now - HISTORY_RETENTION_MS;
    let drop = 0;
    while (drop < this.#history.length && this.#history[drop]!.Timestamp < cutoff) drop++;
    drop = Math.max(drop, this.#history.length - HISTORY_CAPACITY);
    if (drop > 0) this.#history = this.#history.slice(drop);
  }

  #historyConfig(r: AlarmRecord): Record<string, unknown> {
    const {
      StateValue: _s,
      StateReason: _r,
      StateReasonData: _d,
      StateUpdatedTimestamp: _u,
      StateTransitionedTimestamp: _t,
      ...config
    } = r;
    return deepCopy(config);
  }

  /** A configuration change's entry, referring to the alarm it changed. */
  #log(words: Narration, alarmName: string): void {
    const { type, message, rule, docUrl, severity } = words;
    this.ctx.log.add({
      service: 'cloudwatch',
      type,
      message,
      ...(rule === undefined ? {} : { rule }),
      ...(docUrl === undefined ? {} : { docUrl }),
      refs: { alarmName },
      ...(severity === undefined ? {} : { severity }),
    });
  }
}

function ruleFor(result: EvaluationResult, treatMissingData: TreatMissingData): { rule: string; docUrl: string } {
  if (result.state === 'INSUFFICIENT_DATA') {
    return {
      rule: 'With TreatMissingData "missing" (the default), an alarm whose evaluation range has too few datapoints to decide goes to INSUFFICIENT_DATA.',
      docUrl: MISSING_DATA_DOC,
    };
  }
  if (result.filledBreaching + result.filledNotBreaching > 0) {
    return {
      rule: `Fewer real datapoints than EvaluationPeriods: missing periods were filled in as TreatMissingData "${treatMissingData}" says.`,
      docUrl: MISSING_DATA_DOC,
    };
  }
  return {
    rule: 'An alarm goes to ALARM when at least DatapointsToAlarm of the last EvaluationPeriods datapoints breach the threshold, and to OK otherwise.',
    docUrl: EVALUATION_DOC,
  };
}

/** "my-alarm" from a rule reference that is a name or an alarm ARN (…:alarm:my-alarm). */
function alarmNameOf(ref: string): string {
  const at = ref.startsWith('arn:') ? ref.indexOf(':alarm:') : -1;
  return at >= 0 ? ref.slice(at + ':alarm:'.length) : ref;
}

/** Metric and composite alarms share one set of names (a choice: AWS does not document the clash). */
const nameTaken = (name: string, kind: string) =>
  cloudWatchError(
    'InvalidParameterCombinationException',
    `The alarm name ${name} is already used by ${kind}; alarm names must be unique.`,
  );

function toCompositeAlarm(r: CompositeAlarmRecord): CompositeAlarm {
  return {
    ...deepCopy(r),
    StateUpdatedTimestamp: new Date(r.StateUpdatedTimestamp),
    StateTransitionedTimestamp: new Date(r.StateTransitionedTimestamp),
    AlarmConfigurationUpdatedTimestamp: new Date(r.AlarmConfigurationUpdatedTimestamp),
  };
}

/** DescribeAlarms' view: DatapointsToAlarm and TreatMissingData appear only when they were set. */
function toMetricAlarm(entry: AlarmEntry): MetricAlarm {
  const r = entry.record;
  const { DatapointsToAlarm, TreatMissingData, ...rest } = deepCopy(r);
  return {
    ...rest,
    ...(entry.explicit.DatapointsToAlarm ? { DatapointsToAlarm } : {}),
    ...(entry.explicit.TreatMissingData ? { TreatMissingData } : {}),
    StateUpdatedTimestamp: new Date(r.StateUpdatedTimestamp),
    StateTransitionedTimestamp: new Date(r.StateTransitionedTimestamp),
    AlarmConfigurationUpdatedTimestamp: new Date(r.AlarmConfigurationUpdatedTimestamp),
  };
}
