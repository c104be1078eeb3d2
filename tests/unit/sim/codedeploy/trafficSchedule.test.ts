import { describe, expect, it } from 'vitest';
import { trafficSchedule, shiftSpanMinutes } from '../../../../src/sim/codedeploy/trafficSchedule';
import { PREDEFINED_LAMBDA_CONFIGS } from '../../../../src/sim/codedeploy/deploymentConfigs';

const min = (m: number) => m * 60_000;
/** A table of [minute, weight] pairs, written out as the documentation states each schedule. */
const steps = (...pairs: [number, number][]) => pairs.map(([m, weight]) => ({ atMs: min(m), weight }));

// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html lists the nine
// predefined Lambda configurations; a linear step shifts "at the start of each increment"
// (https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html), so ten 10 % steps
// end nine intervals after the first.
describe('trafficSchedule: the exact shifts of every predefined Lambda config', () => {
  const table: [string, { atMs: number; weight: number }[]][] = [
    [
      'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      [
        { atMs: 0, weight: 0.1 },
        { atMs: min(5), weight: 1 },
      ],
    ],
    [
      'CodeDeployDefault.LambdaCanary10Percent10Minutes',
      [
        { atMs: 0, weight: 0.1 },
        { atMs: min(10), weight: 1 },
      ],
    ],
    [
      'CodeDeployDefault.LambdaCanary10Percent15Minutes',
      [
        { atMs: 0, weight: 0.1 },
        { atMs: min(15), weight: 1 },
      ],
    ],
    [
      'CodeDeployDefault.LambdaCanary10Percent30Minutes',
      [
        { atMs: 0, weight: 0.1 },
        { atMs: min(30), weight: 1 },
      ],
    ],
    [
      'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
      steps([0, 0.1], [1, 0.2], [2, 0.3], [3, 0.4], [4, 0.5], [5, 0.6], [6, 0.7], [7, 0.8], [8, 0.9], [9, 1]),
    ],
    [
      'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes',
      steps([0, 0.1], [2, 0.2], [4, 0.3], [6, 0.4], [8, 0.5], [10, 0.6], [12, 0.7], [14, 0.8], [16, 0.9], [18, 1]),
    ],
    [
      'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes',
      steps([0, 0.1], [3, 0.2], [6, 0.3], [9, 0.4], [12, 0.5], [15, 0.6], [18, 0.7], [21, 0.8], [24, 0.9], [27, 1]),
    ],
    [
      'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
      steps([0, 0.1], [10, 0.2], [20, 0.3], [30, 0.4], [40, 0.5], [50, 0.6], [60, 0.7], [70, 0.8], [80, 0.9], [90, 1]),
    ],
    ['CodeDeployDefault.LambdaAllAtOnce', [{ atMs: 0, weight: 1 }]],
  ];

  it('covers exactly the nine predefined Lambda configs', () => {
    expect(table.map(([n]) => n).sort()).toEqual(Object.keys(PREDEFINED_LAMBDA_CONFIGS).sort());
  });

  it.each(table)('%s shifts on its documented schedule', (name, expected) => {
    expect(trafficSchedule(PREDEFINED_LAMBDA_CONFIGS[name]!)).toEqual(expected);
  });

  it('Linear10PercentEvery1Minute moves 10 % at t=0, 20 % at t=1 min and reaches 100 % at t=9 min, not 10', () => {
    const shifts = trafficSchedule(PREDEFINED_LAMBDA_CONFIGS['CodeDeployDefault.LambdaLinear10PercentEvery1Minute']!);
    expect(shifts).toHaveLength(10);
    expect(shifts[0]).toEqual({ atMs: 0, weight: 0.1 });
    expect(shifts[1]).toEqual({ atMs: 60_000, weight: 0.2 });
    expect(shifts[2]).toEqual({ atMs: 120_000, weight: 0.3 });
    expect(shifts[9]).toEqual({ atMs: 540_000, weight: 1 });
  });
});

// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations-create.html
describe('trafficSchedule: custom configs', () => {
  it.each([
    [
      'TimeBasedLinear 25 % every 2 min',
      { type: 'TimeBasedLinear' as const, timeBasedLinear: { linearPercentage: 25, linearInterval: 2 } },
      [
        { atMs: 0, weight: 0.25 },
        { atMs: min(2), weight: 0.5 },
        { atMs: min(4), weight: 0.75 },
        { atMs: min(6), weight: 1 },
      ],
    ],
    [
      'TimeBasedCanary 20 % then 3 min',
      { type: 'TimeBasedCanary' as const, timeBasedCanary: { canaryPercentage: 20, canaryInterval: 3 } },
      [
        { atMs: 0, weight: 0.2 },
        { atMs: min(3), weight: 1 },
      ],
    ],
    [
      'TimeBasedLinear 30 % every 5 min ends with a short last step to 100 %',
      { type: 'TimeBasedLinear' as const, timeBasedLinear: { linearPercentage: 30, linearInterval: 5 } },
      [
        { atMs: 0, weight: 0.3 },
        { atMs: min(5), weight: 0.6 },
        { atMs: min(10), weight: 0.9 },
        { atMs: min(15), weight: 1 },
      ],
    ],
    [
      'TimeBasedLinear 99 % every 1 min',
      { type: 'TimeBasedLinear' as const, timeBasedLinear: { linearPercentage: 99, linearInterval: 1 } },
      [
        { atMs: 0, weight: 0.99 },
        { atMs: min(1), weight: 1 },
      ],
    ],
  ])('%s', (_label, routing, expected) => {
    expect(trafficSchedule(routing)).toEqual(expected);
  });

  it('counts the span from the first to the last shift, as the 2,880-minute quota does', () => {
    expect(
      shiftSpanMinutes({ type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 10, linearInterval: 10 } }),
    ).toBe(90);
    expect(
      shiftSpanMinutes({ type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 10, canaryInterval: 30 } }),
    ).toBe(30);
    expect(shiftSpanMinutes({ type: 'AllAtOnce' })).toBe(0);
  });

  it('weights only ever grow and stay within 0–1', () => {
    for (let p = 1; p <= 99; p++) {
      const shifts = trafficSchedule({
        type: 'TimeBasedLinear',
        timeBasedLinear: { linearPercentage: p, linearInterval: 1 },
      });
      for (let i = 0; i < shifts.length; i++) {
        expect(shifts[i]!.weight).toBeGreaterThan(0);
        expect(shifts[i]!.weight).toBeLessThanOrEqual(1);
        if (i > 0) expect(shifts[i]!.weight).toBeGreaterThan(shifts[i - 1]!.weight);
      }
      expect(shifts[shifts.length - 1]!.weight).toBe(1);
    }
  });
});
