/**
 * Issue 16, item 6: custom linear limits and the length of a linear deployment.
 * - Quotas: at most 2,880 minutes between the first and last traffic shift of a Lambda deployment.
 *   https://docs.aws.amazon.com/codedeploy/latest/userguide/limits.html
 * - Console help for a 25 % step: "four traffic shifts … maximum interval 2,880 divided by four, or 720".
 *   https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations-create.html
 * - SAM: Linear10PercentEvery10Minutes "will complete traffic shifting in 100 minutes".
 *   https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
 */
import { describe, expect, it } from 'vitest';
import { validateTrafficRoutingConfig } from '../../../../src/sim/codedeploy/deploymentConfigs';
import { standardSetup } from '../codedeploy/fakeWorld';

const linear = (linearPercentage: number, linearInterval: number) => ({
  type: 'TimeBasedLinear' as const,
  timeBasedLinear: { linearPercentage, linearInterval },
});
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  return undefined;
};

describe('item 6: custom linear limits respect both readings of the 2,880-minute limit', () => {
  it('a 25 % step accepts an interval of 720 minutes, the console’s "2,880 divided by four"', () => {
    expect(validateTrafficRoutingConfig(linear(25, 720))).toEqual(linear(25, 720));
  });

  it('a 25 % step refuses 721 minutes, and 960 (whose first-to-last span alone would fit in 2,880)', () => {
    for (const interval of [721, 960]) {
      const e = errorOf(() => validateTrafficRoutingConfig(linear(25, interval)));
      expect(e?.name).toBe('InvalidTrafficRoutingConfigurationException');
      expect(e?.message).toMatch(/longest interval for this step is 720 minutes/);
    }
  });
});

describe('item 6: the Lab says where AWS pages disagree on the length of a linear deployment', () => {
  it('Linear10PercentEvery10Minutes: the log names both the 90-minute last shift and SAM’s 100 minutes', () => {
    const w = standardSetup({ deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes' });
    w.deploy();
    const started = w.log.entries().find((e) => e.type === 'deployment.started');
    expect(started?.rule).toMatch(/90 min/);
    expect(started?.rule).toMatch(/100 min/);
    expect(started?.rule).toMatch(/disagree/);
  });
});
