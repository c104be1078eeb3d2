/**
 * Python prints a whole float with ".0" (a Threshold of 0 is `0.0`, a weight of 1 is `1.0`) in
 * json, text and table output; JavaScript has one number type. The members AWS models as
 * doubles are listed here; their whole values become `WholeDouble`s, which the formatters print
 * the Python way. With --query the marks are carried through by running the query a second time
 * over a copy in which those values are tagged.
 */
export class WholeDouble {
  constructor(readonly value: number) {}
  toString(): string {
    return `${this.value}.0`;
  }
}

/** Output members whose values are doubles (CloudWatch statistics and thresholds, alias weights). */
const DOUBLE_MEMBERS = new Set([
  'Threshold',
  'Sum',
  'Average',
  'Minimum',
  'Maximum',
  'SampleCount',
  'Values',
  'AdditionalVersionWeights',
  'ExtendedStatistics',
]);
const TAG = '\u0000whole-double\u0000';

/** A copy in which every whole number in a double position is replaced by a tag string. */
export function tagDoubles(value: unknown, isDouble = false): unknown {
  if (Array.isArray(value)) return value.map((v) => tagDoubles(v, isDouble));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = tagDoubles(v, isDouble || DOUBLE_MEMBERS.has(k));
    return out;
  }
  return isDouble && typeof value === 'number' && Number.isInteger(value) ? TAG : value;
}

/**
 * Puts WholeDouble wherever `tagged` (the same data, or the same query over the tagged copy)
 * holds a tag and `value` holds a number. If the two differ in shape the query depended on
 * those numbers, and nothing is marked rather than risk a wrong mark.
 */
export function markDoubles(value: unknown, tagged: unknown): unknown {
  if (tagged === TAG && typeof value === 'number') return new WholeDouble(value);
  if (Array.isArray(value) && Array.isArray(tagged) && value.length === tagged.length)
    return value.map((v, i) => markDoubles(v, tagged[i]));
  if (isRecord(value) && isRecord(tagged)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = markDoubles(v, tagged[k]);
    return out;
  }
  return value;
}

/** Back to plain numbers (for YAML, whose Python printer is not modelled). */
export function unmarkDoubles(value: unknown): unknown {
  if (value instanceof WholeDouble) return value.value;
  if (Array.isArray(value)) return value.map(unmarkDoubles);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unmarkDoubles(v)]));
  return value;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof WholeDouble);
