/**
 * `--output json`: the AWS CLI prints the response with json.dumps(indent=4), keeping the
 * service's member order. Python prints a float that happens to be whole with a ".0" (a
 * Threshold of 0 reads `0.0`, a weight of 1 reads `1.0`); JavaScript has one number type, so
 * the members that AWS models as doubles are listed here to print the same way.
 */
const DOUBLE_MEMBERS = new Set(['Threshold', 'Sum', 'Average', 'Minimum', 'Maximum', 'SampleCount', 'Values']);
const DOUBLE_MAPS = new Set(['AdditionalVersionWeights', 'ExtendedStatistics']);

export function formatJson(value: unknown): string {
  return `${render(value, 0, false)}\n`;
}

function render(value: unknown, depth: number, isDouble: boolean): string {
  const pad = '    '.repeat(depth + 1);
  const close = '    '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => pad + render(v, depth + 1, isDouble)).join(',\n')}\n${close}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([k, v]) => {
      const childDouble = DOUBLE_MEMBERS.has(k) || isDouble;
      const rendered = DOUBLE_MAPS.has(k) ? renderDoubleMap(v, depth + 1) : render(v, depth + 1, childDouble);
      return `${pad}${JSON.stringify(k)}: ${rendered}`;
    });
    return `{\n${lines.join(',\n')}\n${close}}`;
  }
  if (typeof value === 'number' && isDouble && Number.isInteger(value)) return `${value}.0`;
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  return JSON.stringify(value) ?? 'null';
}

function renderDoubleMap(value: unknown, depth: number): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return render(value, depth, false);
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const pad = '    '.repeat(depth + 1);
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${render(v, depth + 1, true)}`).join(',\n')}\n${'    '.repeat(depth)}}`;
}
