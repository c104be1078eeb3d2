import { describe, it } from 'vitest';
import { checkRow, type Row } from './labWorld';

const rows: Row[] = [
  {
    line: 'aws cloudwatch put-metric-alarm --alarm-name canary-errors --metrics Id=e,Expression=m1*100,ReturnData=true Id=m1,MetricStat={Metric={Namespace=AWS/Lambda,MetricName=Errors,Dimensions=[{Name=FunctionName,Value=orders},{Name=Resource,Value=orders:live}]},Period=60,Stat=Sum},ReturnData=false --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanThreshold',
    exitCode: 0,
    stdout: '',
  },
  {
    line: 'aws cloudwatch put-metric-alarm --alarm-name x --evaluation-periods 1 --comparison-operator GreaterThanThreshold --threshold 1',
    exitCode: 254,
    // CloudWatch's query API names a bad request ValidationError (not Lambda's ValidationException):
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CommonErrors.html
    stderr: /^\nAn error occurred \(ValidationError\) when calling the PutMetricAlarm operation: \S/,
  },
  {
    line: 'aws cloudwatch describe-alarms --alarm-names orders-live-errors --query "MetricAlarms[0].[AlarmName,StateValue,MetricName]" --output text',
    exitCode: 0,
    stdout: 'orders-live-errors\tINSUFFICIENT_DATA\tErrors\n',
  },
  {
    line: 'aws cloudwatch describe-alarms --alarm-names orders-live-errors --query "MetricAlarms[0].Dimensions" --output text',
    exitCode: 0,
    stdout: 'FunctionName\torders\nResource\torders:live\n',
  },
  {
    line: 'aws cloudwatch describe-alarms --alarm-names orders-live-errors --query "MetricAlarms[0].{T:Threshold}"',
    exitCode: 0,
    stdout: '{\n    "T": 0.0\n}\n',
  },
  {
    line: 'aws cloudwatch set-alarm-state --alarm-name orders-live-errors --state-value ALARM --state-reason "testing the rollback"',
    exitCode: 0,
    stdout: '',
  },
  {
    line: 'aws cloudwatch set-alarm-state --alarm-name nobody --state-value ALARM --state-reason x',
    exitCode: 254,
    stderr: /^\nAn error occurred \(ResourceNotFound\) when calling the SetAlarmState operation: /,
  },
  {
    line: 'aws cloudwatch set-alarm-state --alarm-name orders-live-errors --state-value ALARM',
    exitCode: 252,
    stderr: /the following arguments are required: --state-reason\n$/,
  },
  {
    line: 'aws cloudwatch describe-alarm-history --alarm-name orders-live-errors --query "length(AlarmHistoryItems)"',
    exitCode: 0,
    stdout: /^\d+\n$/,
  },
  { line: 'aws cloudwatch delete-alarms --alarm-names orders-live-errors', exitCode: 0, stdout: '' },
  {
    line: 'aws cloudwatch get-metric-statistics --namespace AWS/Lambda --metric-name Invocations --dimensions Name=FunctionName,Value=orders --start-time 2026-01-05T08:00:00Z --end-time 2026-01-05T10:00:00Z --period 60 --statistics Sum',
    exitCode: 0,
    stdout: '{\n    "Label": "Invocations",\n    "Datapoints": []\n}\n',
  },
  {
    line: 'aws cloudwatch get-metric-data --metric-data-queries Id=m1,MetricStat={Metric={Namespace=AWS/Lambda,MetricName=Invocations,Dimensions=[{Name=FunctionName,Value=orders}]},Period=60,Stat=Sum} --start-time 2026-01-05T08:00:00Z --end-time 2026-01-05T10:00:00Z --query "MetricDataResults[0].[Id,StatusCode]" --output text',
    exitCode: 0,
    stdout: 'm1\tComplete\n',
  },
  { line: 'aws cloudwatch list-metrics --namespace AWS/Lambda --query "length(Metrics)"', exitCode: 0, stdout: '0\n' },
  {
    line: 'aws cloudwatch put-metric-data --namespace Shop --metric-data MetricName=Orders,Value=1,Unit=Count',
    exitCode: 0,
    stdout: '',
  },
  {
    line: 'aws cloudwatch get-metric-statistics --namespace AWS/Lambda --metric-name Errors --start-time yesterday --end-time 2026-01-05T10:00:00Z --period 60',
    exitCode: 252,
    stderr: /Invalid type for parameter StartTime, value: yesterday/,
  },
];

describe('aws cloudwatch over the simulated world', () => {
  it.each(rows)('$line → exit $exitCode', (row) => checkRow(row));
});
