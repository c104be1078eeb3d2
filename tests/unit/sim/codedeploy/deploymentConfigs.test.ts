import { describe, expect, it } from 'vitest';
import {
  predefinedConfigRecords,
  validateCreateDeploymentConfig,
  type DeploymentConfigRecord,
} from '../../../../src/sim/codedeploy/deploymentConfigs';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
// https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeploymentConfig.html

const existing = () =>
  new Map<string, DeploymentConfigRecord>(predefinedConfigRecords().map((c) => [c.deploymentConfigName, c]));
const linear = (linearPercentage: number, linearInterval: number) => ({
  type: 'TimeBasedLinear' as const,
  timeBasedLinear: { linearPercentage, linearInterval },
});
const canary = (canaryPercentage: number, canaryInterval: number) => ({
  type: 'TimeBasedCanary' as const,
  timeBasedCanary: { canaryPercentage, canaryInterval },
});
const nameOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).name;
  }
  return 'no error';
};

describe('deployment configs', () => {
  it('has exactly nine predefined Lambda configs, spelled Every1Minute (singular)', () => {
    const names = predefinedConfigRecords().map((c) => c.deploymentConfigName);
    expect(names).toHaveLength(9);
    expect(names).toContain('CodeDeployDefault.LambdaLinear10PercentEvery1Minute');
    expect(names).not.toContain('CodeDeployDefault.LambdaLinear10PercentEvery1Minutes');
    expect(names.every((n) => n.startsWith('CodeDeployDefault.Lambda'))).toBe(true);
  });

  it('accepts a custom TimeBasedLinear 25 % every 2 minutes', () => {
    expect(
      validateCreateDeploymentConfig(
        { deploymentConfigName: 'Linear25Every2', computePlatform: 'Lambda', trafficRoutingConfig: linear(25, 2) },
        existing(),
      ),
    ).toEqual(linear(25, 2));
  });

  it.each([
    ['percentage 0', linear(0, 1)],
    ['percentage 100', canary(100, 5)],
    ['a fractional percentage', linear(12.5, 1)],
    ['a fractional interval', canary(10, 1.5)],
    ['an interval of 0', linear(10, 0)],
    ['shifts spanning more than 2,880 minutes', linear(10, 321)],
    ['a canary interval over 2,880 minutes', canary(10, 2881)],
  ])('refuses %s with InvalidTrafficRoutingConfigurationException', (_label, routing) => {
    expect(
      nameOf(() =>
        validateCreateDeploymentConfig(
          { deploymentConfigName: 'x', computePlatform: 'Lambda', trafficRoutingConfig: routing },
          existing(),
        ),
      ),
    ).toBe('InvalidTrafficRoutingConfigurationException');
  });

  it('allows exactly 2,880 minutes (ten shifts of 288 minutes; a canary interval of 2,880)', () => {
    expect(
      nameOf(() =>
        validateCreateDeploymentConfig(
          { deploymentConfigName: 'x', computePlatform: 'Lambda', trafficRoutingConfig: linear(10, 288) },
          existing(),
        ),
      ),
    ).toBe('no error');
    expect(
      nameOf(() =>
        validateCreateDeploymentConfig(
          { deploymentConfigName: 'y', computePlatform: 'Lambda', trafficRoutingConfig: canary(10, 2880) },
          existing(),
        ),
      ),
    ).toBe('no error');
  });

  it('reserves the CodeDeployDefault. prefix', () => {
    expect(
      nameOf(() =>
        validateCreateDeploymentConfig(
          {
            deploymentConfigName: 'CodeDeployDefault.Mine',
            computePlatform: 'Lambda',
            trafficRoutingConfig: linear(10, 1),
          },
          existing(),
        ),
      ),
    ).toBe('InvalidDeploymentConfigNameException');
  });

  it('refuses names with other characters or over 100 characters', () => {
    for (const bad of ['has space', 'slash/name', 'a'.repeat(101)])
      expect(
        nameOf(() =>
          validateCreateDeploymentConfig(
            { deploymentConfigName: bad, computePlatform: 'Lambda', trafficRoutingConfig: linear(10, 1) },
            existing(),
          ),
        ),
      ).toBe('InvalidDeploymentConfigNameException');
    expect(
      nameOf(() =>
        validateCreateDeploymentConfig(
          { deploymentConfigName: 'ok.name_+=,@-1', computePlatform: 'Lambda', trafficRoutingConfig: linear(10, 1) },
          existing(),
        ),
      ),
    ).toBe('no error');
  });

  it('refuses a duplicate name with DeploymentConfigAlreadyExistsException', () => {
    const configs = existing();
    configs.set('Mine', { ...predefinedConfigRecords()[0]!, deploymentConfigName: 'Mine', predefined: false });
    expect(
      nameOf(() =>
        validateCreateDeploymentConfig(
          { deploymentConfigName: 'Mine', computePlatform: 'Lambda', trafficRoutingConfig: linear(10, 1) },
          configs,
        ),
      ),
    ).toBe('DeploymentConfigAlreadyExistsException');
  });

  it('requires a name', () => {
    expect(
      nameOf(() =>
        validateCreateDeploymentConfig({ computePlatform: 'Lambda', trafficRoutingConfig: linear(10, 1) }, existing()),
      ),
    ).toBe('DeploymentConfigNameRequiredException');
  });
});
