import type { ParamSpec, ServiceSpec } from './types';
import { bool, dbl, int, list, str, stringList, struct, time } from './shapes';

// Parameter names follow the AWS CLI v2 reference, e.g.
// https://awscli.amazonaws.com/v2/documentation/api/latest/reference/cloudwatch/put-metric-alarm.html
// https://awscli.amazonaws.com/v2/documentation/api/latest/reference/cloudwatch/get-metric-data.html
// https://awscli.amazonaws.com/v2/documentation/api/latest/reference/cloudwatch/put-composite-alarm.html

const dimensions = list(struct({ Name: str(), Value: str() }));
const metric = struct({ Namespace: str(), MetricName: str(), Dimensions: dimensions });
const metricDataQuery = struct({
  Id: str(),
  MetricStat: struct({ Metric: metric, Period: int, Stat: str(), Unit: str() }),
  Expression: str(),
  Label: str(),
  ReturnData: bool,
  Period: int,
  AccountId: str(),
});
const stateValue = str(['OK', 'ALARM', 'INSUFFICIENT_DATA']);
const alarmTypes = list(str(['CompositeAlarm', 'MetricAlarm']));
const comparisonOperators = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
  'LessThanLowerOrGreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'GreaterThanUpperThreshold',
];
const statistics = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'];
const alarmName: ParamSpec = { member: 'AlarmName', shape: str(), required: true, description: 'The alarm name.' };

export const cloudwatchCatalog: ServiceSpec = {
  name: 'cloudwatch',
  worldKey: 'cloudwatch',
  description: 'Metric alarms and metric queries over the AWS/Lambda metrics of the simulated world.',
  commands: [
    {
      name: 'put-metric-alarm',
      operation: 'PutMetricAlarm',
      description: 'Creates or replaces an alarm on one metric, or on a metric-math expression (--metrics).',
      params: [
        alarmName,
        { member: 'AlarmDescription', shape: str(), description: 'A description.' },
        { member: 'ActionsEnabled', shape: bool, description: 'Whether state changes run the actions.' },
        { member: 'OKActions', cliName: 'ok-actions', shape: stringList, description: 'ARNs to notify on OK.' },
        { member: 'AlarmActions', shape: stringList, description: 'ARNs to notify on ALARM.' },
        { member: 'InsufficientDataActions', shape: stringList, description: 'ARNs to notify on INSUFFICIENT_DATA.' },
        { member: 'MetricName', shape: str(), description: 'e.g. Errors, Duration, Invocations.' },
        { member: 'Namespace', shape: str(), description: 'e.g. AWS/Lambda.' },
        { member: 'Statistic', shape: str(statistics), description: 'SampleCount, Average, Sum, Minimum or Maximum.' },
        {
          member: 'ExtendedStatistic',
          shape: str(),
          description: 'A percentile p0.0–p100 such as p99, instead of --statistic.',
        },
        {
          member: 'Dimensions',
          shape: dimensions,
          description: 'Name=FunctionName,Value=my-function Name=Resource,Value=my-function:live',
        },
        { member: 'Period', shape: int, description: 'Seconds per evaluated datapoint (60 or a multiple).' },
        { member: 'Unit', shape: str(), description: 'The metric unit.' },
        {
          member: 'EvaluationPeriods',
          shape: int,
          required: true,
          description: 'How many recent periods are evaluated.',
        },
        { member: 'DatapointsToAlarm', shape: int, description: 'How many of them must breach (M of N).' },
        { member: 'Threshold', shape: dbl, description: 'The value compared against.' },
        {
          member: 'ComparisonOperator',
          shape: str(comparisonOperators),
          required: true,
          description: 'e.g. GreaterThanThreshold.',
        },
        {
          member: 'TreatMissingData',
          shape: str(['breaching', 'notBreaching', 'ignore', 'missing']),
          description: 'How periods without data count.',
        },
        {
          member: 'EvaluateLowSampleCountPercentile',
          shape: str(['evaluate', 'ignore']),
          description: 'Percentile alarms only.',
        },
        {
          member: 'Metrics',
          shape: list(metricDataQuery),
          description: 'Metric-math form: queries and one expression with ReturnData=true.',
        },
        { member: 'ThresholdMetricId', shape: str(), description: 'Anomaly detection only.' },
        { member: 'Tags', shape: list(struct({ Key: str(), Value: str() })), description: 'Tags.' },
      ],
      example:
        'aws cloudwatch put-metric-alarm --alarm-name my-function-live-errors --namespace AWS/Lambda --metric-name Errors --dimensions Name=FunctionName,Value=my-function Name=Resource,Value=my-function:live --statistic Sum --period 60 --evaluation-periods 1 --threshold 0 --comparison-operator GreaterThanThreshold',
    },
    {
      name: 'put-composite-alarm',
      operation: 'PutCompositeAlarm',
      description:
        'Creates or replaces an alarm whose state follows a rule over other alarms, e.g. ALARM(errors) OR ALARM(p99-latency).',
      params: [
        alarmName,
        {
          member: 'AlarmRule',
          shape: str(),
          required: true,
          description: 'ALARM(name), OK(name), INSUFFICIENT_DATA(name), TRUE and FALSE joined with AND, OR, NOT.',
        },
        { member: 'AlarmDescription', shape: str(), description: 'A description.' },
        { member: 'ActionsEnabled', shape: bool, description: 'Whether state changes run the actions.' },
        { member: 'OKActions', cliName: 'ok-actions', shape: stringList, description: 'ARNs to notify on OK.' },
        { member: 'AlarmActions', shape: stringList, description: 'ARNs to notify on ALARM.' },
        { member: 'InsufficientDataActions', shape: stringList, description: 'ARNs to notify on INSUFFICIENT_DATA.' },
        { member: 'Tags', shape: list(struct({ Key: str(), Value: str() })), description: 'Tags.' },
      ],
      example:
        'aws cloudwatch put-composite-alarm --alarm-name my-function-live-health --alarm-rule "ALARM(my-function-live-errors) OR ALARM(my-function-live-p99)"',
    },
    {
      name: 'describe-alarms-for-metric',
      operation: 'DescribeAlarmsForMetric',
      description:
        'Lists the metric alarms that watch one metric, optionally narrowed by statistic, dimensions or period.',
      params: [
        { member: 'MetricName', shape: str(), required: true, description: 'e.g. Errors.' },
        { member: 'Namespace', shape: str(), required: true, description: 'e.g. AWS/Lambda.' },
        { member: 'Statistic', shape: str(statistics), description: 'Only alarms on this statistic.' },
        { member: 'ExtendedStatistic', shape: str(), description: 'Only alarms on this percentile, e.g. p99.' },
        { member: 'Dimensions', shape: dimensions, description: 'Only alarms on exactly this dimension set.' },
        { member: 'Period', shape: int, description: 'Only alarms with this period.' },
        { member: 'Unit', shape: str(), description: 'Only alarms with this unit.' },
      ],
      example:
        'aws cloudwatch describe-alarms-for-metric --namespace AWS/Lambda --metric-name Duration --dimensions Name=FunctionName,Value=my-function Name=Resource,Value=my-function:live',
    },
    {
      name: 'enable-alarm-actions',
      operation: 'EnableAlarmActions',
      description: 'Turns the actions of alarms back on (ActionsEnabled = true).',
      params: [{ member: 'AlarmNames', shape: stringList, required: true, description: 'The alarms.' }],
      example: 'aws cloudwatch enable-alarm-actions --alarm-names my-function-live-errors',
    },
    {
      name: 'disable-alarm-actions',
      operation: 'DisableAlarmActions',
      description: 'Turns the actions of alarms off (ActionsEnabled = false); the alarms still change state.',
      params: [{ member: 'AlarmNames', shape: stringList, required: true, description: 'The alarms.' }],
      example: 'aws cloudwatch disable-alarm-actions --alarm-names my-function-live-errors',
    },
    {
      name: 'describe-alarms',
      operation: 'DescribeAlarms',
      description: 'Lists alarms with their state and reason.',
      params: [
        { member: 'AlarmNames', shape: stringList, description: 'Only these alarms.' },
        { member: 'AlarmNamePrefix', shape: str(), description: 'Only alarms whose name starts with this.' },
        { member: 'AlarmTypes', shape: alarmTypes, description: 'MetricAlarm and/or CompositeAlarm.' },
        { member: 'StateValue', shape: stateValue, description: 'Only alarms in this state.' },
        { member: 'ActionPrefix', shape: str(), description: 'Only alarms with an action starting with this.' },
        {
          member: 'ChildrenOfAlarmName',
          shape: str(),
          description: 'The alarms that this composite alarm’s rule names.',
        },
        {
          member: 'ParentsOfAlarmName',
          shape: str(),
          description: 'The composite alarms whose rule names this alarm.',
        },
      ],
      paginated: ['MetricAlarms', 'CompositeAlarms'],
      example: 'aws cloudwatch describe-alarms --alarm-names my-function-live-errors',
    },
    {
      name: 'delete-alarms',
      operation: 'DeleteAlarms',
      description: 'Deletes alarms.',
      params: [{ member: 'AlarmNames', shape: stringList, required: true, description: 'The alarms to delete.' }],
      example: 'aws cloudwatch delete-alarms --alarm-names my-function-live-errors',
    },
    {
      name: 'set-alarm-state',
      operation: 'SetAlarmState',
      description: 'Sets an alarm state by hand until the next evaluation; handy to test what reacts to ALARM.',
      params: [
        alarmName,
        { member: 'StateValue', shape: stateValue, required: true, description: 'OK, ALARM or INSUFFICIENT_DATA.' },
        { member: 'StateReason', shape: str(), required: true, description: 'Why, in words.' },
        { member: 'StateReasonData', shape: str(), description: 'Why, as JSON.' },
      ],
      example:
        'aws cloudwatch set-alarm-state --alarm-name my-function-live-errors --state-value ALARM --state-reason "testing the rollback"',
    },
    {
      name: 'describe-alarm-history',
      operation: 'DescribeAlarmHistory',
      description: 'Lists state changes and configuration updates of alarms.',
      params: [
        { member: 'AlarmName', shape: str(), description: 'Only this alarm.' },
        { member: 'AlarmTypes', shape: alarmTypes, description: 'MetricAlarm and/or CompositeAlarm.' },
        {
          member: 'HistoryItemType',
          shape: str(['ConfigurationUpdate', 'StateUpdate', 'Action']),
          description: 'Only this kind of item.',
        },
        { member: 'StartDate', shape: time, description: 'Earliest item (ISO 8601 or epoch seconds).' },
        { member: 'EndDate', shape: time, description: 'Latest item.' },
        {
          member: 'ScanBy',
          shape: str(['TimestampDescending', 'TimestampAscending']),
          description: 'Order of the items.',
        },
      ],
      paginated: ['AlarmHistoryItems'],
      example:
        'aws cloudwatch describe-alarm-history --alarm-name my-function-live-errors --history-item-type StateUpdate',
    },
    {
      name: 'get-metric-statistics',
      operation: 'GetMetricStatistics',
      description: 'Returns datapoints of one metric with the given dimensions, one per period.',
      params: [
        { member: 'Namespace', shape: str(), required: true, description: 'e.g. AWS/Lambda.' },
        { member: 'MetricName', shape: str(), required: true, description: 'e.g. Errors.' },
        { member: 'Dimensions', shape: dimensions, description: 'Must match the published dimension set exactly.' },
        { member: 'StartTime', shape: time, required: true, description: 'ISO 8601 or epoch seconds.' },
        { member: 'EndTime', shape: time, required: true, description: 'ISO 8601 or epoch seconds.' },
        { member: 'Period', shape: int, required: true, description: 'Seconds per datapoint.' },
        { member: 'Statistics', shape: list(str(statistics)), description: 'e.g. Sum Average.' },
        { member: 'ExtendedStatistics', shape: stringList, description: 'Percentiles such as p99.' },
        { member: 'Unit', shape: str(), description: 'The metric unit.' },
      ],
      example:
        'aws cloudwatch get-metric-statistics --namespace AWS/Lambda --metric-name Errors --dimensions Name=FunctionName,Value=my-function --start-time 2026-01-05T09:00:00Z --end-time 2026-01-05T10:00:00Z --period 60 --statistics Sum',
    },
    {
      name: 'list-metrics',
      operation: 'ListMetrics',
      description:
        'Lists the metrics and dimension sets that have data, e.g. every AWS/Lambda dimension set of a function.',
      params: [
        { member: 'Namespace', shape: str(), description: 'e.g. AWS/Lambda.' },
        { member: 'MetricName', shape: str(), description: 'e.g. Errors.' },
        {
          member: 'Dimensions',
          shape: list(struct({ Name: str(), Value: str() })),
          description: 'Filters: Name=FunctionName,Value=my-function',
        },
        {
          member: 'RecentlyActive',
          shape: str(['PT3H']),
          description: 'PT3H: only metrics with data in the last three hours.',
        },
      ],
      paginated: ['Metrics'],
      example: 'aws cloudwatch list-metrics --namespace AWS/Lambda --dimensions Name=FunctionName,Value=my-function',
    },
    {
      name: 'put-metric-data',
      operation: 'PutMetricData',
      description: 'Publishes custom metric datapoints (namespaces starting with AWS/ are reserved).',
      params: [
        { member: 'Namespace', shape: str(), required: true, description: 'A custom namespace.' },
        {
          member: 'MetricData',
          shape: list(
            struct({
              MetricName: str(),
              Dimensions: dimensions,
              Timestamp: time,
              Value: dbl,
              Values: list(dbl),
              Counts: list(dbl),
              StatisticValues: struct({ SampleCount: dbl, Sum: dbl, Minimum: dbl, Maximum: dbl }),
              Unit: str(),
              StorageResolution: int,
            }),
          ),
          description: 'Datapoints: MetricName=Orders,Value=1,Unit=Count',
        },
      ],
      example: 'aws cloudwatch put-metric-data --namespace Shop --metric-data MetricName=Orders,Value=1,Unit=Count',
    },
    {
      name: 'get-metric-data',
      operation: 'GetMetricData',
      description: 'Runs metric queries and math expressions over a time range.',
      params: [
        {
          member: 'MetricDataQueries',
          shape: list(metricDataQuery),
          required: true,
          description: 'Queries (MetricStat) and expressions.',
        },
        { member: 'StartTime', shape: time, required: true, description: 'ISO 8601 or epoch seconds.' },
        { member: 'EndTime', shape: time, required: true, description: 'ISO 8601 or epoch seconds.' },
        {
          member: 'ScanBy',
          shape: str(['TimestampDescending', 'TimestampAscending']),
          description: 'Order of the datapoints.',
        },
        { member: 'MaxDatapoints', shape: int, description: 'Maximum datapoints returned.' },
      ],
      example:
        'aws cloudwatch get-metric-data --start-time 2026-01-05T09:00:00Z --end-time 2026-01-05T10:00:00Z --metric-data-queries file://queries.json',
    },
  ],
};
