/**
 * AWS-shaped CloudWatch types (SDK v3 field casing). Timestamps: the API methods accept epoch ms,
 * Date objects or ISO strings and return Date objects, as the SDK v3 does; snapshot() returns
 * epoch ms numbers so that it stays serialisable.
 */
export type StateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export type Statistic = 'SampleCount' | 'Average' | 'Sum' | 'Minimum' | 'Maximum';
export const STATISTICS: readonly Statistic[] = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'];
/** CloudWatch's alarm states, in the order its API model (and so its enum error message) lists them. */
export const STATE_VALUES: readonly StateValue[] = ['INSUFFICIENT_DATA', 'ALARM', 'OK'];

export type ComparisonOperator =
  'GreaterThanOrEqualToThreshold' | 'GreaterThanThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';
export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
];

export type TreatMissingData = 'missing' | 'notBreaching' | 'breaching' | 'ignore';
export const TREAT_MISSING_DATA: readonly TreatMissingData[] = ['missing', 'notBreaching', 'breaching', 'ignore'];

export type TimeInput = number | Date | string;

export interface Dimension {
  Name: string;
  Value: string;
}

export interface Metric {
  Namespace: string;
  MetricName: string;
  Dimensions?: Dimension[];
}

export interface MetricStat {
  Metric: Metric;
  Period: number;
  Stat: string;
  Unit?: string;
}

export interface MetricDataQuery {
  Id: string;
  MetricStat?: MetricStat;
  Expression?: string;
  Label?: string;
  ReturnData?: boolean;
  Period?: number;
  AccountId?: string;
}

export interface PutMetricAlarmInput {
  AlarmName: string;
  AlarmDescription?: string;
  ActionsEnabled?: boolean;
  OKActions?: string[];
  AlarmActions?: string[];
  InsufficientDataActions?: string[];
  MetricName?: string;
  Namespace?: string;
  Statistic?: Statistic;
  ExtendedStatistic?: string;
  Dimensions?: Dimension[];
  Period?: number;
  Unit?: string;
  EvaluationPeriods: number;
  DatapointsToAlarm?: number;
  Threshold?: number;
  ComparisonOperator: ComparisonOperator;
  TreatMissingData?: TreatMissingData;
  EvaluateLowSampleCountPercentile?: 'evaluate' | 'ignore';
  Metrics?: MetricDataQuery[];
  Tags?: { Key: string; Value: string }[];
  ThresholdMetricId?: string;
}

/** The alarm as the service keeps it: times in epoch ms. */
export interface AlarmRecord {
  AlarmName: string;
  AlarmArn: string;
  AlarmDescription?: string;
  ActionsEnabled: boolean;
  OKActions: string[];
  AlarmActions: string[];
  InsufficientDataActions: string[];
  MetricName?: string;
  Namespace?: string;
  Statistic?: Statistic;
  /** A percentile such as p99, in place of Statistic. */
  ExtendedStatistic?: string;
  Dimensions: Dimension[];
  Period?: number;
  Unit?: string;
  EvaluationPeriods: number;
  DatapointsToAlarm: number;
  Threshold: number;
  ComparisonOperator: ComparisonOperator;
  TreatMissingData: TreatMissingData;
  EvaluateLowSampleCountPercentile?: 'evaluate' | 'ignore';
  Metrics?: MetricDataQuery[];
  StateValue: StateValue;
  StateReason: string;
  StateReasonData?: string;
  StateUpdatedTimestamp: number;
  StateTransitionedTimestamp: number;
  AlarmConfigurationUpdatedTimestamp: number;
}

/** API_MetricAlarm as DescribeAlarms returns it: DatapointsToAlarm and TreatMissingData only when set. */
export type MetricAlarm = Omit<
  AlarmRecord,
  | 'StateUpdatedTimestamp'
  | 'StateTransitionedTimestamp'
  | 'AlarmConfigurationUpdatedTimestamp'
  | 'DatapointsToAlarm'
  | 'TreatMissingData'
> & {
  DatapointsToAlarm?: number;
  TreatMissingData?: TreatMissingData;
  StateUpdatedTimestamp: Date;
  StateTransitionedTimestamp: Date;
  AlarmConfigurationUpdatedTimestamp: Date;
};

/** API_PutCompositeAlarm's input (actions suppression is not modelled). */
export interface PutCompositeAlarmInput {
  AlarmName: string;
  AlarmRule: string;
  AlarmDescription?: string;
  ActionsEnabled?: boolean;
  OKActions?: string[];
  AlarmActions?: string[];
  InsufficientDataActions?: string[];
  Tags?: { Key: string; Value: string }[];
}

/** A composite alarm as the service keeps it: times in epoch ms. */
export interface CompositeAlarmRecord {
  AlarmName: string;
  AlarmArn: string;
  AlarmDescription?: string;
  AlarmRule: string;
  ActionsEnabled: boolean;
  OKActions: string[];
  AlarmActions: string[];
  InsufficientDataActions: string[];
  StateValue: StateValue;
  StateReason: string;
  StateReasonData?: string;
  StateUpdatedTimestamp: number;
  StateTransitionedTimestamp: number;
  AlarmConfigurationUpdatedTimestamp: number;
}

/** API_CompositeAlarm as DescribeAlarms returns it. */
export type CompositeAlarm = Omit<
  CompositeAlarmRecord,
  'StateUpdatedTimestamp' | 'StateTransitionedTimestamp' | 'AlarmConfigurationUpdatedTimestamp'
> & {
  StateUpdatedTimestamp: Date;
  StateTransitionedTimestamp: Date;
  AlarmConfigurationUpdatedTimestamp: Date;
};

export type AlarmType = 'MetricAlarm' | 'CompositeAlarm';

export type HistoryItemType = 'StateUpdate' | 'ConfigurationUpdate' | 'Action';

export interface AlarmHistoryRecord {
  AlarmName: string;
  AlarmType: AlarmType;
  Timestamp: number;
  HistoryItemType: HistoryItemType;
  HistorySummary: string;
  HistoryData: string;
}

export interface AlarmStateChange {
  alarmName: string;
  oldState: StateValue;
  newState: StateValue;
  time: number;
  reason: string;
}

/** One statistic set: what CloudWatch keeps per series and period. */
export interface StatisticSet {
  SampleCount: number;
  Sum: number;
  Minimum: number;
  Maximum: number;
}
