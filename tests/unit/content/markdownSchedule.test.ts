import { describe, expect, it } from 'vitest';
import { describeSchedule, parseScheduleBlock, type ParsedSchedule } from '../../../src/content/markdownSchedule';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
// https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TimeBasedLinear.html

function parsed(source: string): ParsedSchedule {
  const result = parseScheduleBlock(source);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('```schedule blocks use the simulator schedule', () => {
  it('draws Canary10Percent5Minutes as 10 % at minute 0 and 100 % at minute 5', () => {
    expect(parsed('CodeDeployDefault.LambdaCanary10Percent5Minutes').shifts).toEqual([
      { minute: 0, percent: 10 },
      { minute: 5, percent: 100 },
    ]);
  });

  it('draws Linear10PercentEvery1Minute as ten shifts, the last at minute 9 (not 10)', () => {
    const schedule = parsed('CodeDeployDefault.LambdaLinear10PercentEvery1Minute');
    expect(schedule.shifts.map((s) => s.minute)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(schedule.shifts.map((s) => s.percent)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(schedule.spanMinutes).toBe(9);
  });

  it('draws Linear10PercentEvery10Minutes with its last shift at minute 90', () => {
    expect(parsed('CodeDeployDefault.LambdaLinear10PercentEvery10Minutes').spanMinutes).toBe(90);
  });

  it('draws AllAtOnce as one shift to 100 % at minute 0', () => {
    expect(parsed('CodeDeployDefault.LambdaAllAtOnce').shifts).toEqual([{ minute: 0, percent: 100 }]);
  });

  it('reads the custom "TimeBasedLinear 25 2" as 25/50/75/100 % at minutes 0/2/4/6', () => {
    expect(parsed('TimeBasedLinear 25 2').shifts).toEqual([
      { minute: 0, percent: 25 },
      { minute: 2, percent: 50 },
      { minute: 4, percent: 75 },
      { minute: 6, percent: 100 },
    ]);
  });

  it('reads the custom "TimeBasedCanary 20 3" as 20 % then 100 % at minute 3', () => {
    expect(parsed('TimeBasedCanary 20 3').shifts).toEqual([
      { minute: 0, percent: 20 },
      { minute: 3, percent: 100 },
    ]);
  });

  it('ends a linear whose percentage does not divide 100 at exactly 100 % (TimeBasedLinear 30 1)', () => {
    expect(parsed('TimeBasedLinear 30 1').shifts.map((s) => s.percent)).toEqual([30, 60, 90, 100]);
  });

  it.each([
    ['an unknown name', 'CodeDeployDefault.LambdaCanary50Percent1Minute', /Unknown schedule/],
    ['an ECS name', 'CodeDeployDefault.ECSLinear10PercentEvery1Minutes', /Unknown schedule/],
    ['a percentage of 100', 'TimeBasedCanary 100 5', /canaryPercentage must be a whole number from 1 to 99/],
    ['a fractional interval', 'TimeBasedLinear 10 1.5', /linearInterval must be a whole number/],
    ['a span over 2,880 minutes', 'TimeBasedLinear 1 30', /maximum for Lambda is 2880 minutes/],
  ])('rejects %s with the simulator’s own message', (_name, source, message) => {
    const result = parseScheduleBlock(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('describes a schedule in one sentence for screen readers', () => {
    expect(describeSchedule(parsed('CodeDeployDefault.LambdaCanary10Percent30Minutes'))).toBe(
      '2 shifts: 10 % at minute 0, 100 % at minute 30. The last shift comes 30 minutes after the first.',
    );
    expect(describeSchedule(parsed('CodeDeployDefault.LambdaAllAtOnce'))).toBe(
      'All traffic moves to the new version in one shift at minute 0.',
    );
  });
});
