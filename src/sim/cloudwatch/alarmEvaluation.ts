import type { ComparisonOperator, StateValue, TreatMissingData } from './types';

/**
 * How CloudWatch decides an alarm's state from the datapoints of its evaluation range.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation.html
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data
 *
 * CloudWatch reads more datapoints than EvaluationPeriods (the "evaluation range"):
 * - at least N real datapoints in the range → the N most recent real ones decide; TreatMissingData
 *   is not consulted at all;
 * - fewer than N → the missing slots are filled using TreatMissingData, using as few fills as possible,
 *   and every real datapoint in the range still counts.
 * Then: at least M (DatapointsToAlarm) breaching → ALARM, otherwise OK.
 */
export interface RangePoint {
  /** Period start, epoch ms. */
  timestamp: number;
  /** undefined = missing datapoint. */
  value?: number;
  sampleCount?: number;
}

export interface EvaluationInput {
  /** Oldest first; the last entry is the most recent complete period. */
  range: RangePoint[];
  evaluationPeriods: number;
  datapointsToAlarm: number;
  threshold: number;
  comparison: ComparisonOperator;
  treatMissingData: TreatMissingData;
}

export interface EvaluatedPoint extends RangePoint {
  breaching: boolean;
}

export interface EvaluationResult {
  /** undefined = keep the current state (TreatMissingData `ignore` with nothing to decide on). */
  state: StateValue | undefined;
  /** Real datapoints that took part in the decision, oldest first. */
  evaluated: EvaluatedPoint[];
  breachingCount: number;
  /** Missing slots filled in as breaching (or as not breaching). */
  filledBreaching: number;
  filledNotBreaching: number;
  /** How many of the last N periods had no datapoint (for the INSUFFICIENT_DATA reason). */
  missingCount: number;
}

/**
 * The evaluation range is N + 2 periods. The AWS page shows five datapoints retrieved for a
 * 3-period alarm and says the exact count depends on the period; INF: N + 2 reproduces its tables.
 */
export const evaluationRangeLength = (evaluationPeriods: number): number => evaluationPeriods + 2;

export function isBreaching(value: number, threshold: number, comparison: ComparisonOperator): boolean {
  switch (comparison) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold;
    case 'GreaterThanThreshold':
      return value > threshold;
    case 'LessThanThreshold':
      return value < threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= threshold;
  }
}

export function evaluateAlarm(input: EvaluationInput): EvaluationResult {
  const { range, evaluationPeriods: n, datapointsToAlarm: m, threshold, comparison, treatMissingData } = input;
  const present: EvaluatedPoint[] = range
    .filter((p): p is RangePoint & { value: number } => p.value !== undefined)
    .map((p) => ({ ...p, breaching: isBreaching(p.value, threshold, comparison) }));
  const result = (
    state: StateValue | undefined,
    evaluated: EvaluatedPoint[],
    filledBreaching = 0,
    filledNotBreaching = 0,
  ): EvaluationResult => {
    const breachingCount = evaluated.filter((p) => p.breaching).length + filledBreaching;
    return {
      state,
      evaluated,
      breachingCount,
      filledBreaching,
      filledNotBreaching,
      missingCount: n - evaluated.length,
    };
  };

  // Enough real datapoints: the most recent N decide and missing data is not considered.
  if (present.length >= n) {
    const evaluated = present.slice(-n);
    const breaching = evaluated.filter((p) => p.breaching).length;
    return result(breaching >= m ? 'ALARM' : 'OK', evaluated);
  }

  const fills = n - present.length;
  const presentBreaching = present.filter((p) => p.breaching).length;

  if (treatMissingData === 'breaching') {
    return result(presentBreaching + fills >= m ? 'ALARM' : 'OK', present, fills, 0);
  }
  if (treatMissingData === 'notBreaching') {
    return result(presentBreaching >= m ? 'ALARM' : 'OK', present, 0, fills);
  }

  // `missing` and `ignore`: only the real datapoints can decide.
  if (presentBreaching >= m) return result('ALARM', present);
  if (present.some((p) => !p.breaching)) return result('OK', present);
  if (treatMissingData === 'ignore') return result(undefined, present);

  // `missing` with no real datapoint, or only a few breaching ones: not enough to decide —
  // except (the AWS table's last 3-of-3 row, "X - - - -") when the breaching datapoints are all
  // older than the last N periods, which the page says keeps the alarm in ALARM.
  if (present.length > 0) {
    const lastN = range.slice(-n).map((p) => p.timestamp);
    const newestPresent = present[present.length - 1]!.timestamp; // present is not empty here
    const oldestOfLastN = lastN[0];
    if (oldestOfLastN !== undefined && newestPresent < oldestOfLastN) return result('ALARM', present);
  }
  return result('INSUFFICIENT_DATA', present);
}
