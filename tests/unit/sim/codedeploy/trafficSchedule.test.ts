import { describe, expect, it } from 'vitest';
import { trafficSchedule, shiftSpanMinutes } from '../../../../src/sim/codedeploy/trafficSchedule';
import { PREDEFINED_LAMBDA_CONFIGS } from '../../../../src/sim/codedeploy/deploymentConfigs';

const min = (m: number) => m * 60_000;
const linearPlan = (percent: number, every: number) => {
  const n = Math.ceil(100 / percent);
  return Array.from({ length: n }, (_, i) => ({
    atMs: min(i * every),
    weight: i === n - 1 ? 1 : Math.round((i + 1) * percent) / 100,
  }));
};

describe('trafficSchedule: the exact shifts of every predefined Lambda config (spec codedeploy-and-sam.md §1.1–1.2)', () => {
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
    ['CodeDeployDefault.LambdaLinear10PercentEvery1Minute', linearPlan(10, 1)],
    ['CodeDeployDefault.LambdaLinear10PercentEvery2Minutes', linearPlan(10, 2)],
    ['CodeDeployDefault.LambdaLinear10PercentEvery3Minutes', linearPlan(10, 3)],
    ['CodeDeployDefault.LambdaLinear10PercentEvery10Minutes', linearPlan(10, 10)],
    ['CodeDeployDefault.LambdaAllAtOnce', [{ atMs: 0, weight: 1 }]],
  ];

  it('covers exactly the nine predefined Lambda configs', () => {
    expect(table.map(([n]) => n).sort()).toEqual(Object.keys(PREDEFINED_LAMBDA_CONFIGS).sort());
  });

  it.each(table)('%s shifts on its documented schedule', (name, expected) => {
    expect(trafficSchedule(PREDEFINED_LAMBDA_CONFIGS[name])).toEqual(expected);
  });

  it('Linear10PercentEvery1Minute moves 10 % at t=0, 20 % at t=1 min and reaches 100 % at t=9 min, not 10 (spec §1.2 recommendation)', () => {
    const steps = trafficSchedule(PREDEFINED_LAMBDA_CONFIGS['CodeDeployDefault.LambdaLinear10PercentEvery1Minute']);
    expect(steps).toHaveLength(10);
    expect(steps[0]).toEqual({ atMs: 0, weight: 0.1 });
    expect(steps[1]).toEqual({ atMs: 60_000, weight: 0.2 });
    expect(steps[2]).toEqual({ atMs: 120_000, weight: 0.3 });
    expect(steps[9]).toEqual({ atMs: 540_000, weight: 1 });
  });
});

describe('trafficSchedule: custom configs (spec §1.3)', () => {
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
      const steps = trafficSchedule({
        type: 'TimeBasedLinear',
        timeBasedLinear: { linearPercentage: p, linearInterval: 1 },
      });
      for (let i = 0; i < steps.length; i++) {
        expect(steps[i].weight).toBeGreaterThan(0);
        expect(steps[i].weight).toBeLessThanOrEqual(1);
        if (i > 0) expect(steps[i].weight).toBeGreaterThan(steps[i - 1].weight);
      }
      expect(steps[steps.length - 1].weight).toBe(1);
    }
  });
});
