import type { WorldSnapshot } from '../../sim';
import { evaluateExpression, parseExpression } from '../../sim/cloudwatch/metricMath';
import type { AlarmSnapshot, SeriesPointSnapshot, SeriesSnapshot } from '../../sim/cloudwatch/service';
import type { Dimension } from '../../sim/cloudwatch/types';

/**
 * What the Metrics view plots, read from the snapshot only (so time travel shows the metrics as
 * they were). Lambda publishes AWS/Lambda metrics per minute under three dimension sets:
 * FunctionName; FunctionName+Resource; FunctionName+Resource+ExecutedVersion.
 * https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
 */
export interface MetricResource {
  /** Stable key: the sorted dimension values. */
  key: string;
  label: string;
  kind: 'function' | 'resource' | 'executedVersion';
  dimensions: Dimension[];
}

export interface MinutePoint {
  t: number;
  v: number | undefined;
}

export const MINUTE_MS = 60_000;

const sortDims = (dims: readonly Dimension[]) =>
  [...dims].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
export const dimensionKey = (dims: readonly Dimension[]): string =>
  sortDims(dims)
    .map((d) => `${d.Name}=${d.Value}`)
    .join(',');

function resourceOf(dims: readonly Dimension[]): MetricResource | null {
  const get = (n: string) => dims.find((d) => d.Name === n)?.Value;
  const fn = get('FunctionName');
  if (!fn) return null;
  const resource = get('Resource');
  const executed = get('ExecutedVersion');
  const key = dimensionKey(dims);
  if (dims.length === 1) return { key, label: `${fn} (all invocations)`, kind: 'function', dimensions: sortDims(dims) };
  if (dims.length === 2 && resource)
    return { key, label: `Resource ${resource}`, kind: 'resource', dimensions: sortDims(dims) };
  if (dims.length === 3 && resource && executed)
    return {
      key,
      label: `Resource ${resource}, ExecutedVersion ${executed}`,
      kind: 'executedVersion',
      dimensions: sortDims(dims),
    };
  return null;
}

/** Every Lambda dimension set with data: function first, then each Resource followed by its executed versions. */
export function metricResources(snapshot: Pick<WorldSnapshot, 'cloudwatch'>): MetricResource[] {
  const seen = new Map<string, MetricResource>();
  for (const s of snapshot.cloudwatch.series) {
    if (s.namespace !== 'AWS/Lambda' || s.metricName !== 'Invocations') continue;
    const r = resourceOf(s.dimensions);
    if (r && !seen.has(r.key)) seen.set(r.key, r);
  }
  const order = (r: MetricResource) => {
    const fn = r.dimensions.find((d) => d.Name === 'FunctionName')!.Value;
    const res = r.dimensions.find((d) => d.Name === 'Resource')?.Value ?? '';
    const ev = r.dimensions.find((d) => d.Name === 'ExecutedVersion')?.Value ?? '';
    return [fn, res, ev.padStart(6, '0')].join('\u0000');
  };
  return [...seen.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

export function findSeries(
  series: readonly SeriesSnapshot[],
  namespace: string,
  metricName: string,
  dims: readonly Dimension[],
): SeriesSnapshot | undefined {
  const key = dimensionKey(dims);
  return series.find(
    (s) => s.namespace === namespace && s.metricName === metricName && dimensionKey(s.dimensions) === key,
  );
}

/** Minute starts in [fromMs, toMs): every minute gets a point, so a quiet minute shows as a gap, not a line. */
export function minuteGrid(fromMs: number, toMs: number): number[] {
  const out: number[] = [];
  for (let t = Math.ceil(fromMs / MINUTE_MS) * MINUTE_MS; t < toMs; t += MINUTE_MS) out.push(t);
  return out;
}

export function statistic(
  p: Pick<SeriesPointSnapshot, 'SampleCount' | 'Sum' | 'Min' | 'Max'>,
  stat: string,
): number | undefined {
  switch (stat) {
    case 'Sum':
      return p.Sum;
    case 'SampleCount':
      return p.SampleCount;
    case 'Minimum':
      return p.Min;
    case 'Maximum':
      return p.Max;
    case 'Average':
      return p.SampleCount > 0 ? p.Sum / p.SampleCount : undefined;
    default:
      return undefined; // percentiles are not modelled
  }
}

/** Merges the per-minute points of one series into `periodMs` buckets aligned to the epoch, as CloudWatch does. */
export function periodPoints(
  series: SeriesSnapshot | undefined,
  periodMs: number,
): Map<number, { SampleCount: number; Sum: number; Min: number; Max: number }> {
  const out = new Map<number, { SampleCount: number; Sum: number; Min: number; Max: number }>();
  for (const p of series?.points ?? []) {
    const t = Math.floor(p.timestamp / periodMs) * periodMs;
    const b = out.get(t);
    if (!b) out.set(t, { SampleCount: p.SampleCount, Sum: p.Sum, Min: p.Min, Max: p.Max });
    else {
      b.SampleCount += p.SampleCount;
      b.Sum += p.Sum;
      b.Min = Math.min(b.Min, p.Min);
      b.Max = Math.max(b.Max, p.Max);
    }
  }
  return out;
}

export interface ResourceMetrics {
  invocations: MinutePoint[];
  errors: MinutePoint[];
  /** Errors ÷ Invocations × 100 for minutes with invocations. */
  errorRate: MinutePoint[];
  /** Average Duration in ms. */
  duration: MinutePoint[];
}

/** The three charts of one dimension set over the minutes of [fromMs, toMs). */
export function resourceMetrics(
  series: readonly SeriesSnapshot[],
  dims: readonly Dimension[],
  fromMs: number,
  toMs: number,
): ResourceMetrics {
  const grid = minuteGrid(fromMs, toMs);
  const byMinute = (name: string) => periodPoints(findSeries(series, 'AWS/Lambda', name, dims), MINUTE_MS);
  const inv = byMinute('Invocations');
  const err = byMinute('Errors');
  const dur = byMinute('Duration');
  return {
    invocations: grid.map((t) => ({ t, v: inv.get(t)?.Sum })),
    errors: grid.map((t) => ({ t, v: err.get(t)?.Sum })),
    errorRate: grid.map((t) => {
      const i = inv.get(t)?.Sum;
      return { t, v: i ? (100 * (err.get(t)?.Sum ?? 0)) / i : undefined };
    }),
    duration: grid.map((t) => ({ t, v: dur.has(t) ? statistic(dur.get(t)!, 'Average') : undefined })),
  };
}

export interface AlarmSeries {
  periodMs: number;
  points: MinutePoint[];
  /** What the alarm watches, for the label ("Errors Sum of FunctionName=orders, Resource=orders:live"). */
  describes: string;
}

/**
 * The value the alarm evaluates, period by period: its single metric's statistic, or its metric
 * math expression over the MetricStat queries it references (the simulator's own expression parser).
 */
export function alarmSeries(
  series: readonly SeriesSnapshot[],
  alarm: AlarmSnapshot,
  fromMs: number,
  toMs: number,
): AlarmSeries {
  const periodMs = alarm.period * 1000;
  const grid: number[] = [];
  for (let t = Math.ceil(fromMs / periodMs) * periodMs; t < toMs; t += periodMs) grid.push(t);
  if (alarm.metric) {
    const m = alarm.metric;
    const buckets = periodPoints(findSeries(series, m.namespace, m.metricName, m.dimensions), periodMs);
    const dims = m.dimensions.map((d) => `${d.Name}=${d.Value}`).join(', ') || 'no dimensions';
    return {
      periodMs,
      points: grid.map((t) => ({ t, v: buckets.has(t) ? statistic(buckets.get(t)!, m.statistic) : undefined })),
      describes: `${m.metricName} ${m.statistic} of ${dims}`,
    };
  }
  const queries = alarm.math?.queries ?? [];
  const returning = queries.find((q) => q.Id === alarm.math?.returnId) ?? queries[0];
  const inputs = new Map<string, Map<number, { SampleCount: number; Sum: number; Min: number; Max: number }>>();
  const stats = new Map<string, string>();
  for (const q of queries) {
    if (!q.MetricStat) continue;
    const metric = q.MetricStat.Metric;
    inputs.set(
      q.Id,
      periodPoints(
        findSeries(series, metric.Namespace, metric.MetricName, metric.Dimensions ?? []),
        q.MetricStat.Period * 1000,
      ),
    );
    stats.set(q.Id, q.MetricStat.Stat);
  }
  let node: ReturnType<typeof parseExpression> | undefined;
  try {
    node = returning?.Expression ? parseExpression(returning.Expression) : undefined;
  } catch {
    node = undefined;
  }
  const valueAt = (t: number): number | undefined => {
    const read = (id: string) => {
      const b = inputs.get(id)?.get(t);
      return b ? statistic(b, stats.get(id)!) : undefined;
    };
    if (returning?.MetricStat) return read(returning.Id);
    if (!node) return undefined;
    const v = evaluateExpression(node, read);
    return v === undefined || !Number.isFinite(v) ? undefined : v;
  };
  return {
    periodMs,
    points: grid.map((t) => ({ t, v: valueAt(t) })),
    describes: returning?.Expression ? `metric math ${returning.Expression}` : 'metric math',
  };
}
