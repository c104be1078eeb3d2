/**
 * A small metric math parser: + − * /, unary minus, parentheses, numbers and query ids
 * (e.g. `100 * m1 / m2`). That covers the error-rate alarms the DOP-C02 exam uses; CloudWatch's
 * functions (FILL, IF, METRICS(), SEARCH …) are not modelled.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html
 */
export type MathNode =
  | { kind: 'num'; value: number }
  | { kind: 'ref'; id: string }
  | { kind: 'neg'; operand: MathNode }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/'; left: MathNode; right: MathNode };

export class MetricMathError extends Error {}

type Token = { kind: 'num'; value: number } | { kind: 'id'; id: string } | { kind: 'op'; op: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i); // i < text.length
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9.]/.test(c)) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i));
      if (!m) throw new MetricMathError(`Unexpected character '${c}' at position ${i + 1}`);
      tokens.push({ kind: 'num', value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))!;
      tokens.push({ kind: 'id', id: m[0] });
      i += m[0].length;
    } else if ('+-*/()'.includes(c)) {
      tokens.push({ kind: 'op', op: c });
      i++;
    } else {
      throw new MetricMathError(`Unexpected character '${c}' at position ${i + 1}`);
    }
  }
  return tokens;
}

/** Parses an expression; throws MetricMathError with a readable message when it is malformed. */
export function parseExpression(text: string): MathNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peekOp = (): string | undefined => {
    const t = tokens[pos];
    return t?.kind === 'op' ? t.op : undefined;
  };

  const primary = (): MathNode => {
    const t = tokens[pos];
    if (!t) throw new MetricMathError('Unexpected end of expression');
    if (t.kind === 'num') {
      pos++;
      return { kind: 'num', value: t.value };
    }
    if (t.kind === 'id') {
      pos++;
      if (peekOp() === '(')
        throw new MetricMathError(`Function ${t.id} is not supported by this simulator; use + - * / and parentheses`);
      return { kind: 'ref', id: t.id };
    }
    if (t.op === '(') {
      pos++;
      const inner = additive();
      if (peekOp() !== ')') throw new MetricMathError('Missing closing parenthesis');
      pos++;
      return inner;
    }
    if (t.op === '-') {
      pos++;
      return { kind: 'neg', operand: primary() };
    }
    if (t.op === '+') {
      pos++;
      return primary();
    }
    throw new MetricMathError(`Unexpected '${t.op}'`);
  };

  const multiplicative = (): MathNode => {
    let left = primary();
    for (let op = peekOp(); op === '*' || op === '/'; op = peekOp()) {
      pos++;
      left = { kind: 'bin', op, left, right: primary() };
    }
    return left;
  };

  function additive(): MathNode {
    let left = multiplicative();
    for (let op = peekOp(); op === '+' || op === '-'; op = peekOp()) {
      pos++;
      left = { kind: 'bin', op, left, right: multiplicative() };
    }
    return left;
  }

  if (tokens.length === 0) throw new MetricMathError('The expression is empty');
  const node = additive();
  if (pos < tokens.length) {
    const t = tokens[pos]!; // pos < tokens.length
    throw new MetricMathError(
      `Unexpected ${t.kind === 'op' ? `'${t.op}'` : t.kind === 'id' ? `'${t.id}'` : `number ${t.value}`}`,
    );
  }
  return node;
}

/** Query ids an expression reads. */
export function referencedIds(node: MathNode, into = new Set<string>()): Set<string> {
  switch (node.kind) {
    case 'ref':
      into.add(node.id);
      break;
    case 'neg':
      referencedIds(node.operand, into);
      break;
    case 'bin':
      referencedIds(node.left, into);
      referencedIds(node.right, into);
      break;
    default:
      break;
  }
  return into;
}

/**
 * Evaluates for one period. A missing input gives a missing result, and so does a division by
 * zero: CloudWatch drops non-finite values from a metric math result rather than returning them.
 */
export function evaluateExpression(node: MathNode, values: (id: string) => number | undefined): number | undefined {
  switch (node.kind) {
    case 'num':
      return node.value;
    case 'ref':
      return values(node.id);
    case 'neg': {
      const v = evaluateExpression(node.operand, values);
      return v === undefined ? undefined : -v;
    }
    case 'bin': {
      const l = evaluateExpression(node.left, values);
      const r = evaluateExpression(node.right, values);
      if (l === undefined || r === undefined) return undefined;
      const out = node.op === '+' ? l + r : node.op === '-' ? l - r : node.op === '*' ? l * r : l / r;
      return Number.isFinite(out) ? out : undefined;
    }
  }
}
