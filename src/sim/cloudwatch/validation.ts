import { cloudWatchError, constraintError } from './errors';
import { AlarmRuleError, MAX_ALARM_RULE_LENGTH, parseAlarmRule, type RuleNode } from './alarmRule';
import { MetricMathError, parseExpression, referencedIds, type MathNode } from './metricMath';
import { isPercentileStat } from './percentile';
import {
  COMPARISON_OPERATORS,
  STATISTICS,
  TREAT_MISSING_DATA,
  type Dimension,
  type MetricDataQuery,
  type PutCompositeAlarmInput,
  type PutMetricAlarmInput,
  type Statistic,
  type TimeInput,
} from './types';

/**
 * Input checks for the CloudWatch API. Every check runs before anything changes, so a call that
 * throws leaves the world as it was. Limits from the PutMetricAlarm reference:
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
 * Messages of the form "1 validation error detected: …" follow AWS's generic constraint wording;
 * the others are AWS's where published (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html) and our choice otherwise.
 */

/** Period: 10, 20, 30 (high resolution) or any multiple of 60 seconds.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html */
const isValidAlarmPeriod = (p: number): boolean =>
  Number.isInteger(p) && (p === 10 || p === 20 || p === 30 || (p >= 60 && p % 60 === 0));

export function toEpochMs(value: TimeInput | undefined, member: string): number {
  if (value === undefined || value === null) throw constraintError(null, member, 'Member must not be null');
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms))
    throw cloudWatchError('InvalidParameterValueException', `The parameter ${member} must be a valid timestamp.`);
  return ms;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function checkName(value: unknown, member: string): void {
  if (typeof value !== 'string' || value.length === 0)
    throw constraintError(value, member, 'Member must have length greater than or equal to 1');
  if (value.length > 255) throw constraintError(value, member, 'Member must have length less than or equal to 255');
}

export function checkDimensions(dims: Dimension[] | undefined, member = 'dimensions'): void {
  if (dims === undefined) return;
  if (!Array.isArray(dims)) throw constraintError(dims, member, 'Member must be a list');
  if (dims.length > 30)
    throw constraintError(`[${dims.length} items]`, member, 'Member must have length less than or equal to 30');
  const seen = new Set<string>();
  for (const d of dims) {
    checkName(d?.Name, `${member}.member.name`);
    checkName(d?.Value, `${member}.member.value`);
    if (seen.has(d.Name))
      throw cloudWatchError(
        'InvalidParameterValueException',
        `The collection Dimensions must not contain duplicate dimension names (${d.Name}).`,
      );
    seen.add(d.Name);
  }
}

function checkActions(list: string[] | undefined, member: string): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) throw constraintError(list, member, 'Member must be a list');
  if (list.length > 5)
    throw constraintError(`[${list.length} items]`, member, 'Member must have length less than or equal to 5');
}

function checkPeriodWindow(period: number, evaluationPeriods: number): void {
  const total = period * evaluationPeriods;
  // Period × EvaluationPeriods ≤ 1 day for periods under an hour, ≤ 7 days otherwise.
  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
  if (period < 3600 && total > 86_400) {
    throw cloudWatchError(
      'InvalidParameterCombinationException',
      'Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400).',
    );
  }
  if (total > 604_800) {
    throw cloudWatchError(
      'InvalidParameterCombinationException',
      'Metrics cannot be checked across more than a week (EvaluationPeriods * Period must be <= 604800).',
    );
  }
}

export interface ValidatedMathQuery {
  query: MetricDataQuery;
  expression?: MathNode;
}

/**
 * Checks a MetricDataQuery list (alarm or GetMetricData): ids unique and lower-case-first, each entry
 * exactly one of MetricStat/Expression, expressions parse and reference known ids without cycles.
 */
export function validateQueries(queries: MetricDataQuery[], member: string): ValidatedMathQuery[] {
  const ids = new Set<string>();
  const out: ValidatedMathQuery[] = [];
  for (const q of queries) {
    if (typeof q?.Id !== 'string' || !/^[a-z][a-zA-Z0-9_]*$/.test(q.Id)) {
      throw cloudWatchError(
        'ValidationError',
        `The value ${String(q?.Id)} for parameter ${member}.member.Id is invalid: an Id must start with a lowercase letter and contain only letters, numbers and underscores.`,
      );
    }
    if (ids.has(q.Id))
      throw cloudWatchError(
        'ValidationError',
        `The Id ${q.Id} is used more than once in ${member}; Ids must be unique.`,
      );
    ids.add(q.Id);
    const hasStat = q.MetricStat !== undefined;
    const hasExpr = q.Expression !== undefined;
    if (hasStat === hasExpr)
      throw cloudWatchError(
        'ValidationError',
        `Exactly one of MetricStat and Expression must be specified in query ${q.Id}.`,
      );
    if (hasStat) {
      const ms = q.MetricStat!;
      checkName(ms.Metric?.Namespace, `${member}.member.metricStat.metric.namespace`);
      checkName(ms.Metric?.MetricName, `${member}.member.metricStat.metric.metricName`);
      checkDimensions(ms.Metric.Dimensions, `${member}.member.metricStat.metric.dimensions`);
      if (!isInt(ms.Period) || !isValidAlarmPeriod(ms.Period))
        throw cloudWatchError('ValidationError', `The Period of query ${q.Id} must be 10, 20, 30 or a multiple of 60.`);
      if (!STATISTICS.includes(ms.Stat as Statistic) && !isPercentileStat(String(ms.Stat))) {
        throw cloudWatchError(
          'InvalidParameterValueException',
          `The Stat ${String(ms.Stat)} of query ${q.Id} is not supported by this simulator; use one of ${STATISTICS.join(', ')} or a percentile p0.0–p100 such as p99 (tm, wm, tc, ts, PR and IQM are not modelled).`,
        );
      }
      out.push({ query: q });
    } else {
      try {
        out.push({ query: q, expression: parseExpression(String(q.Expression)) });
      } catch (e) {
        if (e instanceof MetricMathError)
          throw cloudWatchError('ValidationError', `Error in expression '${q.Id}': ${e.message}`);
        throw e;
      }
    }
  }
  // References must name another query, and expressions must not depend on themselves.
  const byId = new Map(out.map((v) => [v.query.Id, v]));
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string) => {
    if (done.has(id)) return;
    if (visiting.has(id))
      throw cloudWatchError(
        'ValidationError',
        `Error in expression '${id}': the expression refers to itself (a circular reference).`,
      );
    visiting.add(id);
    const v = byId.get(id)!;
    if (v.expression) {
      for (const ref of referencedIds(v.expression)) {
        if (!byId.has(ref))
          throw cloudWatchError(
            'ValidationError',
            `Error in expression '${id}': Unrecognized identifier '${ref}'; it must be the Id of another query.`,
          );
        visit(ref);
      }
    }
    visiting.delete(id);
    done.add(id);
  };
  for (const id of byId.keys()) visit(id);
  return out;
}

export interface ValidatedAlarm {
  input: PutMetricAlarmInput;
  datapointsToAlarm: number;
  /** The period the alarm evaluates in seconds (Period, or the MetricStat period for math alarms). */
  period: number;
  math?: ValidatedMathQuery[];
}

export function validatePutMetricAlarm(input: PutMetricAlarmInput): ValidatedAlarm {
  if (!input || typeof input !== 'object') throw constraintError(null, 'alarmName', 'Member must not be null');
  checkName(input.AlarmName, 'alarmName');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(input.AlarmName))
    throw cloudWatchError(
      'InvalidParameterValueException',
      'The alarm name must not contain ASCII control characters.',
    );
  if (input.EvaluationPeriods === undefined || input.EvaluationPeriods === null)
    throw constraintError(null, 'evaluationPeriods', 'Member must not be null');
  if (!isInt(input.EvaluationPeriods) || input.EvaluationPeriods < 1) {
    throw constraintError(
      input.EvaluationPeriods,
      'evaluationPeriods',
      'Member must have value greater than or equal to 1',
    );
  }
  if (input.ComparisonOperator === undefined || input.ComparisonOperator === null)
    throw constraintError(null, 'comparisonOperator', 'Member must not be null');
  if (!COMPARISON_OPERATORS.includes(input.ComparisonOperator)) {
    if (
      ['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'].includes(
        input.ComparisonOperator,
      )
    ) {
      throw cloudWatchError(
        'InvalidParameterValueException',
        `ComparisonOperator ${input.ComparisonOperator} needs an anomaly detection band (ThresholdMetricId), which this simulator does not model.`,
      );
    }
    throw constraintError(
      input.ComparisonOperator,
      'comparisonOperator',
      'Member must satisfy enum value set: [LessThanUpperThreshold, LessThanOrEqualToThreshold, LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold, GreaterThanOrEqualToThreshold, LessThanThreshold, GreaterThanUpperThreshold, GreaterThanThreshold]',
    );
  }
  if (typeof input.Threshold !== 'number' || !Number.isFinite(input.Threshold)) {
    throw cloudWatchError(
      'ValidationError',
      'Threshold must be specified as a number for a static threshold alarm (ThresholdMetricId is not modelled).',
    );
  }
  const datapointsToAlarm = input.DatapointsToAlarm ?? input.EvaluationPeriods;
  if (!isInt(datapointsToAlarm) || datapointsToAlarm < 1) {
    throw constraintError(
      input.DatapointsToAlarm,
      'datapointsToAlarm',
      'Member must have value greater than or equal to 1',
    );
  }
  // M of N: M cannot exceed N. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation.html
  if (datapointsToAlarm > input.EvaluationPeriods)
    throw cloudWatchError('ValidationError', 'DatapointsToAlarm must be less than or equal to EvaluationPeriods.');
  if (input.TreatMissingData !== undefined && !TREAT_MISSING_DATA.includes(input.TreatMissingData)) {
    throw cloudWatchError(
      'ValidationError',
      `The value ${String(input.TreatMissingData)} is not valid for TreatMissingData. Valid values: ${TREAT_MISSING_DATA.join(' | ')}.`,
    );
  }
  if (
    input.EvaluateLowSampleCountPercentile !== undefined &&
    input.EvaluateLowSampleCountPercentile !== 'evaluate' &&
    input.EvaluateLowSampleCountPercentile !== 'ignore'
  ) {
    throw cloudWatchError(
      'ValidationError',
      `The value ${String(input.EvaluateLowSampleCountPercentile)} is not valid for EvaluateLowSampleCountPercentile. Valid values: evaluate | ignore.`,
    );
  }
  checkActions(input.AlarmActions, 'alarmActions');
  checkActions(input.OKActions, 'oKActions');
  checkActions(input.InsufficientDataActions, 'insufficientDataActions');
  if (input.ThresholdMetricId !== undefined)
    throw cloudWatchError(
      'InvalidParameterValueException',
      'ThresholdMetricId (anomaly detection bands) is not modelled by this simulator.',
    );

  const singleFields = (
    ['MetricName', 'Namespace', 'Statistic', 'ExtendedStatistic', 'Dimensions', 'Period', 'Unit'] as const
  ).filter((f) => input[f] !== undefined);
  if (input.Metrics !== undefined) {
    // The single-metric form and the Metrics (metric math) form are mutually exclusive.
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
    if (singleFields.length > 0) {
      throw cloudWatchError(
        'InvalidParameterCombinationException',
        `The parameters ${singleFields.join(', ')} cannot be used together with Metrics: use either the single-metric form or the Metrics form.`,
      );
    }
    if (!Array.isArray(input.Metrics) || input.Metrics.length === 0)
      throw constraintError('[]', 'metrics', 'Member must have length greater than or equal to 1');
    // Up to 20 queries, at most 10 of each kind.
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
    if (input.Metrics.length > 20)
      throw constraintError(
        `[${input.Metrics.length} items]`,
        'metrics',
        'Member must have length less than or equal to 20',
      );
    const stats = input.Metrics.filter((q) => q?.MetricStat !== undefined).length;
    if (stats > 10 || input.Metrics.length - stats > 10)
      throw cloudWatchError(
        'ValidationError',
        'An alarm can contain at most 10 metrics (MetricStat) and at most 10 expressions.',
      );
    const math = validateQueries(input.Metrics, 'metrics');
    const returning = input.Metrics.filter(
      (q) => q.ReturnData === true || (q.ReturnData === undefined && input.Metrics!.length === 1),
    );
    if (returning.length !== 1)
      throw cloudWatchError('ValidationError', 'Exactly one element of the metrics list should return data.');
    const periods = new Set(math.filter((v) => v.query.MetricStat).map((v) => v.query.MetricStat!.Period));
    // "Each metric must be using the same period." (AlarmThatSendsEmail.html#alarms-on-metric-math-expressions)
    if (periods.size !== 1)
      throw cloudWatchError(
        'ValidationError',
        periods.size === 0
          ? 'A metric math alarm needs at least one MetricStat query.'
          : 'All metrics in an alarm must use the same Period.',
      );
    const period = [...periods][0]!; // periods.size === 1 was just checked
    checkPeriodWindow(period, input.EvaluationPeriods);
    return { input, datapointsToAlarm, period, math };
  }

  if (input.MetricName === undefined || input.Namespace === undefined) {
    throw cloudWatchError(
      'ValidationError',
      'Either MetricName and Namespace (single-metric form) or Metrics (metric math form) must be specified.',
    );
  }
  checkName(input.MetricName, 'metricName');
  checkName(input.Namespace, 'namespace');
  checkDimensions(input.Dimensions);
  if (input.Statistic !== undefined && input.ExtendedStatistic !== undefined) {
    throw cloudWatchError(
      'InvalidParameterCombinationException',
      'Statistic and ExtendedStatistic cannot both be specified.',
    );
  }
  if (input.ExtendedStatistic !== undefined) {
    // "Specify a value between p0.0 and p100" (API_PutMetricAlarm, ExtendedStatistic).
    if (typeof input.ExtendedStatistic !== 'string' || !isPercentileStat(input.ExtendedStatistic)) {
      throw cloudWatchError(
        'InvalidParameterValueException',
        `The value ${String(input.ExtendedStatistic)} for parameter ExtendedStatistic is invalid: specify a percentile between p0.0 and p100, such as p99 or p99.9 (tm, wm, tc, ts, PR and IQM are not modelled).`,
      );
    }
    if (input.Period === undefined)
      throw cloudWatchError('ValidationError', 'Period must be specified for a single-metric alarm.');
    if (!isInt(input.Period) || !isValidAlarmPeriod(input.Period))
      throw cloudWatchError('ValidationError', 'Period must be 10, 20, 30 or a multiple of 60.');
    checkPeriodWindow(input.Period, input.EvaluationPeriods);
    return { input, datapointsToAlarm, period: input.Period };
  }
  // EvaluateLowSampleCountPercentile is "used only for alarms based on percentiles": with a Statistic
  // it is accepted and has no effect (AWS does not document an error for it; a choice).
  if (input.Statistic === undefined)
    throw cloudWatchError(
      'InvalidParameterCombinationException',
      'Either Statistic or ExtendedStatistic must be specified.',
    );
  if (!STATISTICS.includes(input.Statistic)) {
    throw constraintError(
      input.Statistic,
      'statistic',
      `Member must satisfy enum value set: [${STATISTICS.join(', ')}]`,
    );
  }
  if (input.Period === undefined)
    throw cloudWatchError('ValidationError', 'Period must be specified for a single-metric alarm.');
  if (!isInt(input.Period) || !isValidAlarmPeriod(input.Period))
    throw cloudWatchError('ValidationError', 'Period must be 10, 20, 30 or a multiple of 60.');
  checkPeriodWindow(input.Period, input.EvaluationPeriods);
  return { input, datapointsToAlarm, period: input.Period };
}

/**
 * PutCompositeAlarm's own checks: a name, a rule of at most 10,240 characters that parses, and at
 * most 5 actions per state. Whether the alarms it names exist is checked by the service.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html
 */
export function validatePutCompositeAlarm(input: PutCompositeAlarmInput): RuleNode {
  if (!input || typeof input !== 'object') throw constraintError(null, 'alarmName', 'Member must not be null');
  checkName(input.AlarmName, 'alarmName');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(input.AlarmName))
    throw cloudWatchError(
      'InvalidParameterValueException',
      'The alarm name must not contain ASCII control characters.',
    );
  if (typeof input.AlarmRule !== 'string') throw constraintError(null, 'alarmRule', 'Member must not be null');
  if (input.AlarmRule.length < 1)
    throw constraintError(input.AlarmRule, 'alarmRule', 'Member must have length greater than or equal to 1');
  if (input.AlarmRule.length > MAX_ALARM_RULE_LENGTH)
    throw constraintError('…', 'alarmRule', `Member must have length less than or equal to ${MAX_ALARM_RULE_LENGTH}`);
  checkActions(input.AlarmActions, 'alarmActions');
  checkActions(input.OKActions, 'oKActions');
  checkActions(input.InsufficientDataActions, 'insufficientDataActions');
  try {
    return parseAlarmRule(input.AlarmRule);
  } catch (e) {
    if (e instanceof AlarmRuleError)
      throw cloudWatchError('ValidationError', `The AlarmRule is not valid: ${e.message}.`);
    throw e;
  }
}
