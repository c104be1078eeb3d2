import { describe, expect, it } from 'vitest';
import { waitUntilFunctionReady } from '../../../../src/sim/lambda/waitUntilReady';
import { createWorld } from '../../../../src/sim';
import { deploymentMachine } from '../../../../src/sim/codedeploy/deploymentMachine';
import {
  DEFAULT_APPLICATION,
  DEFAULT_GROUP,
  defaultSetup,
  startDefaultDeployment,
} from '../../../../src/ui/lab/defaultSetup';
import { lifecycleStages, lifecycleView, statePath } from '../../../../src/ui/lab/lifecycleData';

describe('the lifecycle view is drawn from the deployment machine', () => {
  it('has exactly the stages of the machine’s InProgress state, in the machine’s order', () => {
    const machineStages = Object.keys(deploymentMachine.root.states.InProgress!.states);
    expect(lifecycleStages().map((s) => s.name)).toEqual(machineStages);
  });

  it('which are the Lambda lifecycle events AWS lists, with hooks only at BeforeAllowTraffic and AfterAllowTraffic', () => {
    // https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
    expect(lifecycleStages()).toEqual([
      { name: 'Start', takesHook: false },
      { name: 'BeforeAllowTraffic', takesHook: true },
      { name: 'AllowTraffic', takesHook: false },
      { name: 'AfterAllowTraffic', takesHook: true },
      { name: 'End', takesHook: false },
    ]);
  });

  it('follows a change to the machine definition instead of a copy of it', () => {
    const changed = {
      states: { InProgress: { states: { Start: {}, Extra: { after: { hookTimeout: {} } }, End: {} } } },
    };
    expect(lifecycleStages(changed)).toEqual([
      { name: 'Start', takesHook: false },
      { name: 'Extra', takesHook: true },
      { name: 'End', takesHook: false },
    ]);
  });

  it('reads the actor’s nested state value as a path', () => {
    expect(statePath({ InProgress: { AllowTraffic: 'CanaryWait' } })).toEqual([
      'InProgress',
      'AllowTraffic',
      'CanaryWait',
    ]);
    expect(statePath('Stopped')).toEqual(['Stopped']);
  });
});

describe('the live lifecycle of a deployment', () => {
  it('a canary waits in AllowTraffic between shifts, with Start done and no hooks to run', async () => {
    const world = createWorld({ seed: 42 });
    defaultSetup(world);
    await world.lambda.updateFunctionCode({ FunctionName: 'orders', ZipFile: '{"errorRate":0}' });
    // A new version can be published only once the code update has finished (function states).
    waitUntilFunctionReady(world, 'orders');
    await world.lambda.publishVersion({ FunctionName: 'orders' });
    await startDefaultDeployment(world, '3', 'CodeDeployDefault.LambdaCanary10Percent5Minutes');
    world.advance(60_000);
    const snap = world.snapshot();
    const view = lifecycleView(snap.codedeploy.deployments[0]!, snap.time);
    expect(view.machineState).toBe('AllowTraffic');
    const byName = Object.fromEntries(view.stages.map((s) => [s.name, s]));
    expect(byName.Start!.status).toBe('Succeeded');
    expect(byName.BeforeAllowTraffic!.status).toBe('Skipped');
    expect(byName.AllowTraffic).toMatchObject({ status: 'InProgress', current: true, subState: 'CanaryWait' });
    expect(byName.End!.status).toBe('Pending');
  });

  it('a hook that never reports: BeforeAllowTraffic waits, and the view counts down CodeDeploy’s one-hour timeout', async () => {
    const world = createWorld({ seed: 42 });
    defaultSetup(world);
    await world.lambda.createFunction({
      FunctionName: 'CodeDeployHook_smokeTest',
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Role: 'arn:aws:iam::123456789012:role/hook-exec',
      Code: { ZipFile: JSON.stringify({ hook: { reports: 'nothing' } }) },
    });
    waitUntilFunctionReady(world, 'CodeDeployHook_smokeTest');
    const content = [
      'version: 0.0',
      'Resources:',
      '  - orders:',
      '      Type: AWS::Lambda::Function',
      '      Properties:',
      '        Name: orders',
      '        Alias: live',
      '        CurrentVersion: "1"',
      '        TargetVersion: "2"',
      'Hooks:',
      '  - BeforeAllowTraffic: CodeDeployHook_smokeTest',
    ].join('\n');
    await world.codedeploy.createDeployment({
      applicationName: DEFAULT_APPLICATION,
      deploymentGroupName: DEFAULT_GROUP,
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content } },
    });
    world.advance(20 * 60_000);
    const snap = world.snapshot();
    const view = lifecycleView(snap.codedeploy.deployments[0]!, snap.time);
    const before = view.stages.find((s) => s.name === 'BeforeAllowTraffic')!;
    expect(before).toMatchObject({ current: true, status: 'InProgress', subState: 'AwaitingHook' });
    expect(before.hook).toEqual({ functionName: 'CodeDeployHook_smokeTest', status: 'Pending', msLeft: 40 * 60_000 });
    expect(view.stages.find((s) => s.name === 'AllowTraffic')!.status).toBe('Pending');
  });
});
