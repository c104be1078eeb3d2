import { describe, expect, it } from 'vitest';
import { evaluateAlarm, isBreaching, type RangePoint } from '../../../../src/sim/cloudwatch/alarmEvaluation';
import type { StateValue, TreatMissingData } from '../../../../src/sim/cloudwatch/types';

/** "0 - X - X" → range, oldest first: 0 = not breaching (1), X = breaching (9), - = missing. Threshold ≥ 5. */
function pattern(text: string): RangePoint[] {
  return text.split(' ').map((c, i) => ({ timestamp: i * 60_000, ...(c === '-' ? {} : { value: c === 'X' ? 9 : 1 }) }));
}

const RETAIN = 'retain';
type Expected = StateValue | typeof RETAIN;

function run(text: string, m: number, n: number, mode: TreatMissingData): Expected {
  const r = evaluateAlarm({
    range: pattern(text),
    evaluationPeriods: n,
    datapointsToAlarm: m,
    threshold: 5,
    comparison: 'GreaterThanOrEqualToThreshold',
    treatMissingData: mode,
  });
  return r.state ?? RETAIN;
}

// Rows of the two tables on AlarmThatSendsEmail.html#alarms-and-missing-data (five datapoints retrieved).
const threeOfThree: [string, Expected, Expected, Expected, Expected][] = [
  //  data points      MISSING              IGNORE   BREACHING  NOT BREACHING
  ['0 - X - X', 'OK', 'OK', 'OK', 'OK'],
  ['0 - - - -', 'OK', 'OK', 'OK', 'OK'],
  ['- - - - -', 'INSUFFICIENT_DATA', RETAIN, 'ALARM', 'OK'],
  ['0 X X - X', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
  ['- - - - X', 'INSUFFICIENT_DATA', RETAIN, 'ALARM', 'OK'],
  ['X - - - -', 'ALARM', RETAIN, 'ALARM', 'OK'],
];
const twoOfThree: [string, Expected, Expected, Expected, Expected][] = [
  ['0 - X - X', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
  ['0 0 X 0 X', 'ALARM', 'ALARM', 'ALARM', 'ALARM'],
  ['0 - X - -', 'OK', 'OK', 'ALARM', 'OK'],
  ['- - - - 0', 'OK', 'OK', 'ALARM', 'OK'],
  ['- - - - X', 'INSUFFICIENT_DATA', RETAIN, 'ALARM', 'OK'],
];

describe('alarm evaluation with missing data (AlarmThatSendsEmail.html#alarms-and-missing-data tables)', () => {
  describe.each([
    ['3 of 3', 3, threeOfThree],
    ['2 of 3', 2, twoOfThree],
  ] as const)('DatapointsToAlarm %s', (_label, m, rows) => {
    it.each(rows)(
      '%s → missing %s, ignore %s, breaching %s, notBreaching %s',
      (data, missing, ignore, breaching, notBreaching) => {
        expect(run(data, m, 3, 'missing')).toBe(missing);
        expect(run(data, m, 3, 'ignore')).toBe(ignore);
        expect(run(data, m, 3, 'breaching')).toBe(breaching);
        expect(run(data, m, 3, 'notBreaching')).toBe(notBreaching);
      },
    );
  });

  it('with at least N real datapoints only the most recent N count and TreatMissingData is not consulted', () => {
    const r = evaluateAlarm({
      range: pattern('X X 0 0 0'),
      evaluationPeriods: 3,
      datapointsToAlarm: 1,
      threshold: 5,
      comparison: 'GreaterThanOrEqualToThreshold',
      treatMissingData: 'breaching',
    });
    expect(r.state).toBe('OK');
    expect(r.evaluated.map((p) => p.timestamp)).toEqual([2, 3, 4].map((i) => i * 60_000));
    expect(r.filledBreaching).toBe(0);
  });

  it('uses missing datapoints as few times as possible: one real point plus two fills for N = 3', () => {
    const r = evaluateAlarm({
      range: pattern('- - - - 0'),
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      threshold: 5,
      comparison: 'GreaterThanOrEqualToThreshold',
      treatMissingData: 'breaching',
    });
    expect(r).toMatchObject({ state: 'ALARM', breachingCount: 2, filledBreaching: 2 });
  });
});

describe('comparison operators (API_PutMetricAlarm ComparisonOperator)', () => {
  it.each([
    ['GreaterThanOrEqualToThreshold', 5, true],
    ['GreaterThanOrEqualToThreshold', 4.9, false],
    ['GreaterThanThreshold', 5, false],
    ['GreaterThanThreshold', 5.1, true],
    ['LessThanThreshold', 5, false],
    ['LessThanThreshold', 4, true],
    ['LessThanOrEqualToThreshold', 5, true],
    ['LessThanOrEqualToThreshold', 6, false],
  ] as const)('%s with value %s against 5 breaches: %s', (op, value, expected) => {
    expect(isBreaching(value, 5, op)).toBe(expected);
  });
});
