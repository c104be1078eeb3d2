import { describe, expect, it } from 'vitest';
import { parseLambdaAppSpec } from '../../../../src/sim/codedeploy/appSpec';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html

const yamlSpec = `version: 0.0
Resources:
  - myLambdaFunction:
      Type: AWS::Lambda::Function
      Properties:
        Name: "orders"
        Alias: "live"
        CurrentVersion: "1"
        TargetVersion: "2"
Hooks:
  - BeforeAllowTraffic: "CodeDeployHook_pre"
  - AfterAllowTraffic: "CodeDeployHook_post"
`;

const errorOf = (content: string) => {
  try {
    parseLambdaAppSpec(content);
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  return { name: 'no error', message: '' };
};

describe('Lambda AppSpec', () => {
  it('reads the function, alias, versions and both hooks from YAML', () => {
    expect(parseLambdaAppSpec(yamlSpec)).toEqual({
      resourceName: 'myLambdaFunction',
      functionName: 'orders',
      alias: 'live',
      currentVersion: '1',
      targetVersion: '2',
      hooks: { BeforeAllowTraffic: 'CodeDeployHook_pre', AfterAllowTraffic: 'CodeDeployHook_post' },
    });
  });

  it('reads the same AppSpec written as JSON, with lower-case property names and numeric versions', () => {
    const json = JSON.stringify({
      version: '0.0',
      Resources: [
        {
          fn: {
            Type: 'AWS::Lambda::Function',
            Properties: { name: 'orders', alias: 'live', currentversion: 3, targetversion: 4 },
          },
        },
      ],
    });
    expect(parseLambdaAppSpec(json)).toMatchObject({
      functionName: 'orders',
      alias: 'live',
      currentVersion: '3',
      targetVersion: '4',
      hooks: {},
    });
  });

  it.each([
    ['version other than 0.0', yamlSpec.replace('version: 0.0', 'version: 1.0'), 'version'],
    ['$LATEST as TargetVersion', yamlSpec.replace('TargetVersion: "2"', 'TargetVersion: "$LATEST"'), 'TargetVersion'],
    ['an alias as CurrentVersion', yamlSpec.replace('CurrentVersion: "1"', 'CurrentVersion: "live"'), 'CurrentVersion'],
    ['version 0', yamlSpec.replace('CurrentVersion: "1"', 'CurrentVersion: "0"'), 'CurrentVersion'],
    ['a missing Alias', yamlSpec.replace('        Alias: "live"\n', ''), 'Alias'],
    ['a missing Name', yamlSpec.replace('        Name: "orders"\n', ''), 'Name'],
    ['a non-Lambda resource type', yamlSpec.replace('AWS::Lambda::Function', 'AWS::ECS::Service'), 'Type'],
    ['an EC2 hook event', yamlSpec.replace('BeforeAllowTraffic:', 'BeforeInstall:'), 'BeforeInstall'],
    ['the same hook twice', yamlSpec.replace('AfterAllowTraffic:', 'BeforeAllowTraffic:'), 'more than once'],
    [
      'two resources',
      yamlSpec.replace(
        'Hooks:',
        `  - second:\n      Type: AWS::Lambda::Function\n      Properties: {Name: a, Alias: b, CurrentVersion: 1, TargetVersion: 2}\nHooks:`,
      ),
      'exactly one',
    ],
    ['text that is not YAML', 'version: [0.0', 'YAML'],
  ])('refuses %s with InvalidRevisionException naming the problem', (_label, content, mention) => {
    const err = errorOf(content);
    expect(err.name).toBe('InvalidRevisionException');
    expect(err.message).toContain(mention);
  });

  it('treats a missing Hooks section as no hooks (nothing runs at those events)', () => {
    expect(parseLambdaAppSpec(yamlSpec.split('Hooks:')[0]).hooks).toEqual({});
  });
});
