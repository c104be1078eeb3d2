import { pyStr } from './text';
import { WholeDouble } from './doubles';

/**
 * `--output table`, modelled on the AWS CLI's table formatter (awscli/formatter.py +
 * awscli/table.py): a titled box per object; an object's scalar members as a header row and a
 * value row (or key/value rows when it would be too wide), lists of objects as one row each,
 * nested objects and lists as indented sub-tables titled with the member name.
 * Approximation: the CLI sizes columns to the terminal; this uses a fixed 100-column budget.
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html#table-output
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof WholeDouble);
const isScalar = (v: unknown) => !isObj(v) && !Array.isArray(v);
const MAX_WIDTH = 100;

interface Section {
  title: string;
  depth: number;
  header?: string[];
  rows: string[][];
}

export function formatTable(value: unknown, title: string): string {
  const sections: Section[] = [];
  build(value, title, 0, sections);
  if (sections.length === 0) return '';
  return render(sections);
}

function build(value: unknown, title: string, depth: number, out: Section[]): void {
  if (isObj(value)) {
    const scalarKeys = Object.keys(value).filter((k) => isScalar(value[k]));
    const section: Section = { title, depth, rows: [] };
    const onlyKey = scalarKeys.length === 1 ? scalarKeys[0] : undefined;
    if (onlyKey !== undefined) section.rows.push([onlyKey, pyStr(value[onlyKey])]);
    else if (scalarKeys.length > 1) {
      const header = scalarKeys;
      const row = scalarKeys.map((k) => pyStr(value[k]));
      const width = header.reduce((w, h, i) => w + Math.max(h.length, row[i]!.length) + 5, 1); // row is mapped from header
      if (width <= MAX_WIDTH) {
        section.header = header;
        section.rows.push(row);
      } else for (const k of scalarKeys) section.rows.push([k, pyStr(value[k])]);
    }
    out.push(section);
    for (const k of Object.keys(value)) if (!isScalar(value[k])) build(value[k], k, depth + 1, out);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return;
    if (value.every(isObj)) {
      const objects = value;
      const header = [...new Set(objects.flatMap((o) => Object.keys(o).filter((k) => isScalar(o[k]))))];
      const section: Section = { title, depth, rows: [] };
      if (header.length > 0) {
        section.header = header;
        for (const o of objects) section.rows.push(header.map((k) => (k in o ? pyStr(o[k]) : '')));
      }
      out.push(section);
      for (const o of objects) for (const k of Object.keys(o)) if (!isScalar(o[k])) build(o[k], k, depth + 1, out);
      return;
    }
    out.push({ title, depth, rows: value.filter(isScalar).map((v) => [pyStr(v)]) });
    for (const v of value) if (!isScalar(v)) build(v, title, depth + 1, out);
    return;
  }
  out.push({ title, depth, rows: [[pyStr(value)]] });
}

function render(sections: Section[]): string {
  const inner = Math.max(
    ...sections.map((s) => naturalWidth(s) + 2 * s.depth),
    ...sections.map((s) => s.title.length + 4 + 2 * s.depth),
  );
  const lines: string[] = [];
  sections.forEach((s, index) => {
    const left = '|'.repeat(s.depth);
    const right = '|'.repeat(s.depth);
    const width = inner - 2 * s.depth;
    const cols = columnWidths(s, width);
    const rule = () => `${left}+${cols.map((c) => '-'.repeat(c)).join('+')}+${right}`;
    if (index === 0) lines.push('-'.repeat(inner + 2));
    else if (s.depth > 0) lines.push(`${left}+${'-'.repeat(width)}+${right}`);
    lines.push(`${left}|${center(s.title, width)}|${right}`);
    if (s.rows.length === 0 && !s.header) return;
    lines.push(rule());
    if (s.header) {
      lines.push(`${left}|${s.header.map((h, i) => center(h, cols[i] ?? 0)).join('|')}|${right}`);
      lines.push(rule());
    }
    for (const row of s.rows)
      lines.push(`${left}|${row.map((cell, i) => `  ${cell}`.padEnd(cols[i] ?? 0)).join('|')}|${right}`);
    lines.push(rule());
  });
  return `${lines.join('\n')}\n`;
}

function naturalWidth(s: Section): number {
  const n = Math.max(s.header?.length ?? 0, ...s.rows.map((r) => r.length), 1);
  let total = n - 1;
  for (let i = 0; i < n; i++) total += colNatural(s, i);
  return total;
}

const colNatural = (s: Section, i: number) =>
  Math.max(s.header ? (s.header[i] ?? '').length + 4 : 0, ...s.rows.map((r) => (r[i] ?? '').length + 4));

/** Natural column widths, with the spare space given to the last column. */
function columnWidths(s: Section, width: number): number[] {
  const n = Math.max(s.header?.length ?? 0, ...s.rows.map((r) => r.length), 1);
  const cols = Array.from({ length: n }, (_, i) => colNatural(s, i));
  const used = cols.reduce((a, b) => a + b, 0) + n - 1;
  cols[n - 1]! += Math.max(0, width - used); // n ≥ 1
  return cols;
}

function center(text: string, width: number): string {
  const space = Math.max(0, width - text.length);
  const left = Math.floor(space / 2);
  return ' '.repeat(left) + text + ' '.repeat(space - left);
}
