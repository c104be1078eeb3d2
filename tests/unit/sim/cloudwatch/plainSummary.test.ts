import { describe, expect, it } from 'vitest';
import { plainSummary } from '../../../../src/sim/cloudwatch/stateReason';
import type { EvaluationResult } from '../../../../src/sim/cloudwatch/alarmEvaluation';

const result = (r: Partial<EvaluationResult>): EvaluationResult => ({
  state: 'OK',
  evaluated: [],
  breachingCount: 0,
  filledBreaching: 0,
  filledNotBreaching: 0,
  missingCount: 0,
  ...r,
});

describe('the event log sentence for an alarm state change reads as English', () => {
  it('a one-period alarm whose only datapoint was missing says so once, without "1 of the last 1"', () => {
    const text = plainSummary(result({ filledNotBreaching: 1, missingCount: 1 }), {
      fromState: 'ALARM',
      toState: 'OK',
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      threshold: 0.5,
      comparison: 'GreaterThanThreshold',
    });
    expect(text).toBe(
      'the last datapoint was not > 0.5 (it was missing, treated as not breaching); fewer than 1 breached.',
    );
  });

  it('a three-period alarm counts its breaching datapoints with the right verb', () => {
    const text = plainSummary(result({ state: 'ALARM', breachingCount: 1, filledBreaching: 0 }), {
      fromState: 'OK',
      toState: 'ALARM',
      evaluationPeriods: 3,
      datapointsToAlarm: 1,
      threshold: 5,
      comparison: 'GreaterThanOrEqualToThreshold',
    });
    expect(text).toBe('1 of the last 3 datapoints was ≥ 5 (1 needed).');
  });
});
