import type { EvaluationResult } from './alarmEvaluation';
import type { ComparisonOperator, StateValue } from './types';

/**
 * StateReason and StateReasonData in the shape CloudWatch writes them, so that a learner who has
 * seen a real alarm notification recognises them, e.g.
 * "Threshold Crossed: 1 out of the last 1 datapoints [12.5 (05/01/26 09:03:00)] was greater than or
 *  equal to the threshold (5.0) (minimum 1 datapoint for OK -> ALARM transition)."
 * The exact wording of every AWS variant is not documented; these follow published examples (INF).
 */
export const INITIAL_STATE_REASON = 'Unchecked: Initial alarm creation';

const OPERATOR_WORDS: Record<ComparisonOperator, string> = {
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  GreaterThanThreshold: 'greater than',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
};

export const OPERATOR_SYMBOLS: Record<ComparisonOperator, string> = {
  GreaterThanOrEqualToThreshold: '≥',
  GreaterThanThreshold: '>',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '≤',
};

/** Java-style double text as CloudWatch prints it: 5 → "5.0", 12.5 → "12.5". */
function formatNumber(value: number): string {
  if (Number.isInteger(value)) return `${value}.0`;
  return String(Number(value.toPrecision(15)));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/MM/yy HH:mm:ss in UTC, as alarm reasons print datapoint times. */
function formatReasonTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCFullYear() % 100)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** ISO time with "+0000" as CloudWatch writes it inside StateReasonData. */
function formatReasonDataTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export interface ReasonContext {
  fromState: StateValue;
  toState: StateValue;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  threshold: number;
  comparison: ComparisonOperator;
}

export function stateReason(result: EvaluationResult, ctx: ReasonContext): string {
  if (ctx.toState === 'INSUFFICIENT_DATA') {
    const k = Math.max(1, result.missingCount);
    return `Insufficient Data: ${k} ${plural(k, 'datapoint was', 'datapoints were')} unknown.`;
  }
  const toAlarm = ctx.toState === 'ALARM';
  const shown = result.evaluated.filter((p) => p.breaching === toAlarm);
  const count = shown.length;
  const list = shown.map((p) => `${formatNumber(p.value!)} (${formatReasonTime(p.timestamp)})`).join(', ');
  const words = OPERATOR_WORDS[ctx.comparison];
  const relation = toAlarm ? words : `not ${words}`;
  const minimum = toAlarm ? ctx.datapointsToAlarm : 1;
  const tail = `(minimum ${minimum} ${plural(minimum, 'datapoint', 'datapoints')} for ${ctx.fromState} -> ${ctx.toState} transition).`;
  const filled = toAlarm ? result.filledBreaching : result.filledNotBreaching;
  const filledText =
    filled > 0
      ? ` and ${filled} missing ${plural(filled, 'datapoint was', 'datapoints were')} treated as [${toAlarm ? 'Breaching' : 'NonBreaching'}]`
      : '';
  // Recorded AWS texts: all-missing data ends at "treated as [Breaching]."; a one-period alarm reads
  // "1 datapoint [21.5 (…)] was greater than the threshold (21.0)." with no "out of the last" and no tail.
  if (count === 0 && filled > 0) {
    return `Threshold Crossed: no datapoints were received for ${filled} ${plural(filled, 'period', 'periods')} and ${filled} missing ${plural(filled, 'datapoint was', 'datapoints were')} treated as [${toAlarm ? 'Breaching' : 'NonBreaching'}].`;
  }
  if (ctx.evaluationPeriods === 1 && filled === 0)
    return `Threshold Crossed: 1 datapoint [${list}] was ${relation} the threshold (${formatNumber(ctx.threshold)}).`;
  return `Threshold Crossed: ${count} out of the last ${ctx.evaluationPeriods} datapoints [${list}] ${plural(count, 'was', 'were')} ${relation} the threshold (${formatNumber(ctx.threshold)})${filledText} ${tail}`;
}

export interface ReasonDataContext {
  queryTime: number;
  statistic?: string;
  /** The metric's unit, when its datapoints carry one (recorded StateReasonData includes it). */
  unit?: string;
  period: number;
  threshold: number;
}

/** StateReasonData JSON, as CloudWatch attaches it to threshold evaluations. */
export function stateReasonData(result: EvaluationResult, ctx: ReasonDataContext): string {
  const first = result.evaluated[0];
  return JSON.stringify({
    version: '1.0',
    queryDate: formatReasonDataTime(ctx.queryTime),
    ...(first ? { startDate: formatReasonDataTime(first.timestamp) } : {}),
    ...(ctx.unit ? { unit: ctx.unit } : {}),
    ...(ctx.statistic ? { statistic: ctx.statistic } : {}),
    period: ctx.period,
    recentDatapoints: result.evaluated.map((p) => p.value),
    threshold: ctx.threshold,
    evaluatedDatapoints: [...result.evaluated].reverse().map((p) => ({
      timestamp: formatReasonDataTime(p.timestamp),
      ...(p.sampleCount !== undefined ? { sampleCount: p.sampleCount } : {}),
      value: p.value,
    })),
  });
}

/** The one-line log sentence: "3 of the last 3 datapoints were ≥ 5 (3 needed)." */
export function plainSummary(result: EvaluationResult, ctx: ReasonContext): string {
  const n = ctx.evaluationPeriods;
  if (ctx.toState === 'INSUFFICIENT_DATA') {
    if (result.evaluated.length === 0)
      return `no datapoints at all in the evaluation range, and missing data is treated as missing.`;
    return `only ${result.evaluated.length} of ${n} datapoints were present, too few to decide, and missing data is treated as missing.`;
  }
  const sym = OPERATOR_SYMBOLS[ctx.comparison];
  if (ctx.toState === 'ALARM') {
    const seen = countOfLast(result.breachingCount, n, `${sym} ${ctx.threshold}`);
    return `${seen}${missingNote(result.filledBreaching, n, 'breaching')} (${ctx.datapointsToAlarm} needed).`;
  }
  const good = result.evaluated.filter((p) => !p.breaching).length + result.filledNotBreaching;
  const seen = countOfLast(good, n, `not ${sym} ${ctx.threshold}`);
  return `${seen}${missingNote(result.filledNotBreaching, n, 'not breaching')}; fewer than ${ctx.datapointsToAlarm} breached.`;
}

/** "3 of the last 3 datapoints were ≥ 5", or "the last datapoint was ≥ 5" for a one-period alarm. */
function countOfLast(k: number, n: number, relation: string): string {
  if (n === 1) return `the last datapoint was ${relation}`;
  return `${k} of the last ${n} datapoints ${plural(k, 'was', 'were')} ${relation}`;
}

/** How many of the evaluated datapoints were missing and filled in by TreatMissingData. */
function missingNote(filled: number, n: number, treatedAs: string): string {
  if (filled === 0) return '';
  if (n === 1) return ` (it was missing, treated as ${treatedAs})`;
  return `, ${filled} of them missing and treated as ${treatedAs}`;
}
