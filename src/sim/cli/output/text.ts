/**
 * `--output text`, following the AWS CLI's text formatter (awscli/text.py): each object prints
 * its scalar members on one tab-separated line in key order, prefixed by the upper-cased name of
 * the member that holds it; nested objects and lists follow on their own lines; in a list of
 * objects every row has the same columns (the union of scalar keys).
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html#text-output
 */
export function formatText(value: unknown): string {
  const lines: string[] = [];
  formatValue(value, undefined, undefined, lines);
  return lines.map((l) => `${l}\n`).join('');
}

import { WholeDouble } from './doubles';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof WholeDouble);
const isScalar = (v: unknown) => !isObj(v) && !Array.isArray(v);

/** Python's str(): True/False/None, floats as written. */
export function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  return String(v);
}

function formatValue(
  value: unknown,
  identifier: string | undefined,
  columns: string[] | undefined,
  lines: string[],
): void {
  if (isObj(value)) formatObject(value, identifier, columns, lines);
  else if (Array.isArray(value)) formatList(value, identifier, lines);
  else lines.push(pyStr(value));
}

function formatList(items: unknown[], identifier: string | undefined, lines: string[]): void {
  if (items.length === 0) return;
  if (items.some(isObj)) {
    const columns = [
      ...new Set(items.filter(isObj).flatMap((o) => Object.keys(o).filter((k) => isScalar(o[k])))),
    ].sort();
    for (const item of items) formatValue(item, identifier, columns, lines);
    return;
  }
  const scalars = items.filter(isScalar);
  const lists = items.filter((i) => !isScalar(i));
  if (scalars.length > 0) {
    if (identifier !== undefined) for (const s of scalars) lines.push(`${identifier.toUpperCase()}\t${pyStr(s)}`);
    else lines.push(scalars.map(pyStr).join('\t'));
  }
  for (const l of lists) formatValue(l, identifier, undefined, lines);
}

function formatObject(obj: Obj, identifier: string | undefined, columns: string[] | undefined, lines: string[]): void {
  const keys = Object.keys(obj).sort();
  const scalarCells = columns
    ? columns.map((k) => (k in obj ? pyStr(obj[k]) : ''))
    : keys.filter((k) => isScalar(obj[k])).map((k) => pyStr(obj[k]));
  if (scalarCells.length > 0) {
    if (identifier !== undefined) scalarCells.unshift(identifier.toUpperCase());
    lines.push(scalarCells.join('\t'));
  }
  for (const k of keys) if (!isScalar(obj[k])) formatValue(obj[k], k, undefined, lines);
}
