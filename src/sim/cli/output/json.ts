import { WholeDouble } from './doubles';

/**
 * `--output json`: the AWS CLI prints the response with json.dumps(indent=4), keeping the
 * service's member order; whole doubles (see doubles.ts) print as Python does, `0.0`.
 */
export function formatJson(value: unknown): string {
  return `${render(value, 0)}\n`;
}

function render(value: unknown, depth: number): string {
  const pad = '    '.repeat(depth + 1);
  const close = '    '.repeat(depth);
  if (value instanceof WholeDouble) return value.toString();
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => pad + render(v, depth + 1)).join(',\n')}\n${close}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${render(v, depth + 1)}`).join(',\n')}\n${close}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  return JSON.stringify(value) ?? 'null';
}
