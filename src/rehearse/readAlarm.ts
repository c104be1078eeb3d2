import { isRecord } from '../sim/sam/intrinsics';
import type { AlarmModel, MetricWatch } from './model';

/**
 * An AWS::CloudWatch::Alarm's evaluation settings and the metrics it watches (a single metric or
 * the MetricStat parts of a metric-math alarm). Defaults are CloudWatch's: DatapointsToAlarm equals
 * EvaluationPeriods, TreatMissingData is `missing`.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarm.html
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
 */
export function readAlarm(logicalId: string, name: string, p: Record<string, unknown>): AlarmModel {
  const base = ['Resources', logicalId, 'Properties'];
  const metrics: MetricWatch[] = [];
  let period = Number(p.Period);
  let statistic = String(p.Statistic ?? p.ExtendedStatistic ?? '');
  if (typeof p.MetricName === 'string')
    metrics.push({
      namespace: String(p.Namespace ?? ''),
      metricName: p.MetricName,
      dimensions: dimensionsOf(p.Dimensions),
      dimensionsPath: [...base, 'Dimensions'],
    });
  if (Array.isArray(p.Metrics))
    p.Metrics.forEach((m, i) => {
      if (!isRecord(m) || !isRecord(m.MetricStat) || !isRecord(m.MetricStat.Metric)) return;
      const metric = m.MetricStat.Metric;
      metrics.push({
        namespace: String(metric.Namespace ?? ''),
        metricName: String(metric.MetricName ?? ''),
        dimensions: dimensionsOf(metric.Dimensions),
        dimensionsPath: [...base, 'Metrics', i, 'MetricStat', 'Metric', 'Dimensions'],
      });
      if (!Number.isFinite(period)) period = Number(m.MetricStat.Period);
      if (!statistic) statistic = String(m.MetricStat.Stat ?? '');
    });
  const evaluationPeriods = positive(p.EvaluationPeriods, 1);
  return {
    logicalId,
    name,
    metrics,
    periodSeconds: positive(period, 60),
    evaluationPeriods,
    datapointsToAlarm: positive(p.DatapointsToAlarm, evaluationPeriods),
    treatMissingData: typeof p.TreatMissingData === 'string' ? p.TreatMissingData : 'missing',
    threshold: Number(p.Threshold ?? 0),
    comparisonOperator: String(p.ComparisonOperator ?? 'GreaterThanThreshold'),
    statistic: statistic || 'Sum',
    properties: p,
  };
}

function positive(v: unknown, fallback: number): number {
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function dimensionsOf(v: unknown): { Name: string; Value: string }[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((d) => ({ Name: String(d.Name), Value: String(d.Value) }));
}
