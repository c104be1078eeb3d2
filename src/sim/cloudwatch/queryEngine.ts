import { evaluateExpression } from './metricMath';
import { seriesKey, statisticValue, type MetricStore } from './metricStore';
import { parsePercentile, percentileOf } from './percentile';
import type { MetricDataQuery } from './types';
import type { ValidatedMathQuery } from './validation';

/**
 * Turns validated MetricDataQuery entries into per-period values: MetricStat queries read the store,
 * expressions are computed period by period from the queries they reference (a period with a missing
 * input has no value). Shared by metric math alarms and GetMetricData.
 */
export interface QueryWindow {
  fromMs: number;
  toMs: number;
  /** Period starts are alignMs + k·period. */
  alignMs: number;
}

export type PeriodValues = Map<number, { value: number; sampleCount?: number }>;

export function metricStatValues(store: MetricStore, q: MetricDataQuery, win: QueryWindow): PeriodValues {
  const ms = q.MetricStat!;
  const key = seriesKey(ms.Metric.Namespace, ms.Metric.MetricName, ms.Metric.Dimensions ?? []);
  const out: PeriodValues = new Map();
  if (ms.Unit !== undefined) {
    const unit = store.unitOf(key);
    // A unit filter that does not match the published unit finds no data, as in CloudWatch.
    if (unit !== undefined && unit !== ms.Unit) return out;
  }
  const percentile = parsePercentile(ms.Stat);
  if (percentile !== undefined) {
    // A period whose data cannot give a percentile (statistic sets, negative values) has no datapoint.
    for (const [t, { set, dist }] of store.aggregateWithDistribution(
      key,
      win.fromMs,
      win.toMs,
      ms.Period * 1000,
      win.alignMs,
    )) {
      const value = dist && percentileOf(dist, percentile);
      if (value !== undefined) out.set(t, { value, sampleCount: set.SampleCount });
    }
    return out;
  }
  for (const [t, set] of store.aggregate(key, win.fromMs, win.toMs, ms.Period * 1000, win.alignMs)) {
    const value = statisticValue(set, ms.Stat);
    if (value !== undefined) out.set(t, { value, sampleCount: set.SampleCount });
  }
  return out;
}

/** Values of every query, by Id. */
export function runQueries(
  store: MetricStore,
  queries: ValidatedMathQuery[],
  win: QueryWindow,
): Map<string, PeriodValues> {
  const results = new Map<string, PeriodValues>();
  const byId = new Map(queries.map((v) => [v.query.Id, v]));
  const compute = (id: string): PeriodValues => {
    const cached = results.get(id);
    if (cached) return cached;
    const v = byId.get(id)!;
    let values: PeriodValues;
    if (!v.expression) {
      values = metricStatValues(store, v.query, win);
    } else {
      const inputs = new Map<string, PeriodValues>();
      const times = new Set<number>();
      const collect = (node: NonNullable<ValidatedMathQuery['expression']>): void => {
        if (node.kind === 'ref' && !inputs.has(node.id)) {
          const vals = compute(node.id);
          inputs.set(node.id, vals);
          for (const t of vals.keys()) times.add(t);
        } else if (node.kind === 'neg') collect(node.operand);
        else if (node.kind === 'bin') {
          collect(node.left);
          collect(node.right);
        }
      };
      collect(v.expression);
      values = new Map();
      for (const t of [...times].sort((a, b) => a - b)) {
        const value = evaluateExpression(v.expression, (ref) => inputs.get(ref)?.get(t)?.value);
        if (value !== undefined) values.set(t, { value });
      }
    }
    results.set(id, values);
    return values;
  };
  for (const id of byId.keys()) compute(id);
  return results;
}
