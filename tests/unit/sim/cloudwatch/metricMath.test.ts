import { describe, expect, it } from 'vitest';
import {
  evaluateExpression,
  MetricMathError,
  parseExpression,
  referencedIds,
} from '../../../../src/sim/cloudwatch/metricMath';

const calc = (text: string, vars: Record<string, number | undefined> = {}) =>
  evaluateExpression(parseExpression(text), (id) => vars[id]);

describe('metric math expressions (using-metric-math.html)', () => {
  it.each([
    ['100 * m1 / m2', { m1: 3, m2: 60 }, 5],
    ['1 + 2 * 3', {}, 7],
    ['(1 + 2) * 3', {}, 9],
    ['10 - 4 - 3', {}, 3],
    ['-m1 + 10', { m1: 4 }, 6],
    ['m1/m2*100', { m1: 1, m2: 4 }, 25],
    ['2.5e1 / 5', {}, 5],
  ])('%s with %j = %s', (text, vars, expected) => {
    expect(calc(text, vars)).toBe(expected);
  });

  it('a missing input gives a missing result', () => {
    expect(calc('100 * m1 / m2', { m1: 3 })).toBeUndefined();
  });

  it('division by zero gives no value rather than Infinity or NaN', () => {
    expect(calc('100 * m1 / m2', { m1: 3, m2: 0 })).toBeUndefined();
    expect(calc('m1 / m2', { m1: 0, m2: 0 })).toBeUndefined();
  });

  it('lists the ids an expression reads', () => {
    expect([...referencedIds(parseExpression('100 * (m1 + m3) / m2'))].sort()).toEqual(['m1', 'm2', 'm3']);
  });

  it.each([['100 * '], ['(m1 + m2'], ['m1 m2'], [''], ['m1 % 2'], ['FILL(m1, 0)']])(
    'rejects the malformed or unsupported expression %j',
    (text) => {
      expect(() => parseExpression(text)).toThrow(MetricMathError);
    },
  );
});
