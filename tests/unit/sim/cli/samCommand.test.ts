import { describe, expect, it } from 'vitest';
import {
  parseParameterOverrides,
  parseSamDeploy,
  renderSamDeploy,
  renderSamDeployEnd,
  SamUsageError,
  stackNameFromSamconfig,
} from '../../../../src/sim/cli/samCommand';
import { Workspace } from '../../../../src/sim/core/workspace';
import { runCommand, setSamDeployer } from '../../../../src/sim/cli';
import { createFakeWorld } from './fakeWorld';

const files = (entries: Record<string, string> = { 'template.yaml': 'Resources: {}' }) => {
  const ws = new Workspace();
  for (const [k, v] of Object.entries(entries)) ws.write(k, v);
  return ws;
};

// sam deploy reference: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-cli-command-reference-sam-deploy.html
describe('sam deploy options', () => {
  it('reads every option into a typed object, with template.yaml as the default template', () => {
    expect(
      parseSamDeploy(
        [
          '--stack-name',
          'orders',
          '--capabilities',
          'CAPABILITY_IAM',
          'CAPABILITY_AUTO_EXPAND',
          '--no-fail-on-empty-changeset',
          '--no-confirm-changeset',
          '--parameter-overrides',
          'Stage=prod',
          'ParameterKey=Size,ParameterValue=512',
        ],
        files(),
      ),
    ).toEqual({
      templateFile: 'template.yaml',
      stackName: 'orders',
      failOnEmptyChangeset: false,
      capabilities: ['CAPABILITY_IAM', 'CAPABILITY_AUTO_EXPAND'],
      confirmChangeset: false,
      parameterOverrides: { Stage: 'prod', Size: '512' },
    });
  });

  it('accepts -t and --template-file', () => {
    expect(parseSamDeploy(['-t', 'other.yaml', '--stack-name', 's'], files()).templateFile).toBe('other.yaml');
    expect(parseSamDeploy(['--template-file', 'x.yml', '--stack-name', 's'], files()).templateFile).toBe('x.yml');
  });

  it('fails on an empty change set by default', () => {
    expect(parseSamDeploy(['--stack-name', 's'], files()).failOnEmptyChangeset).toBe(true);
  });

  it('takes the stack name from samconfig.toml when --stack-name is absent', () => {
    const ws = files({
      'template.yaml': '',
      'samconfig.toml': 'version = 0.1\n[default.deploy.parameters]\nstack_name = "orders-app"\n',
    });
    expect(parseSamDeploy([], ws).stackName).toBe('orders-app');
    expect(stackNameFromSamconfig('[default.build.parameters]\nstack_name = "no"\n')).toBeUndefined();
  });

  it.each<[string[], string]>([
    [[], "Missing option '--stack-name'."],
    [['--stack-name', 's', '--bogus'], 'No such option: --bogus'],
    [['--stack-name'], "Option '--stack-name' requires an argument."],
    [['--guided'], '--guided asks questions interactively'],
  ])('rejects %j', (words, message) => {
    expect(() => parseSamDeploy(words, files())).toThrow(SamUsageError);
    expect(() => parseSamDeploy(words, files())).toThrow(message);
  });

  it('rejects parameter overrides that are not Key=Value', () => {
    expect(() => parseParameterOverrides(['oops'])).toThrow("It must look like 'Key1=Value1 Key2=Value2'");
  });
});

describe('sam deploy through runCommand', () => {
  it('prints click-style usage with exit 2 for a bad option', async () => {
    const r = await runCommand(createFakeWorld().world, 'sam deploy --nope');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      "Usage: sam deploy [OPTIONS]\nTry 'sam deploy -h' for help.\n\nError: No such option: --nope\n",
    );
  });

  it('hands the template and options to the registered deployer, and reports the CodeDeploy deployment', async () => {
    const { world } = createFakeWorld();
    world.workspace.write('template.yaml', 'Transform: AWS::Serverless-2016-10-31');
    const seen: unknown[] = [];
    setSamDeployer((_w, text, options) => {
      seen.push(text, options.stackName);
      return {
        changes: [{ action: 'Modify', logicalId: 'OrdersFunction', resourceType: 'AWS::Lambda::Function' }],
        deploymentId: 'd-ABCDEFGHI',
      };
    });
    try {
      const r = await runCommand(world, 'sam deploy --stack-name orders');
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toContain('CodeDeploy deployment started: d-ABCDEFGHI');
      // The stack waits for the traffic shift: no success line until the deployment ends (renderSamDeployEnd).
      expect(r.stdout).toContain('Waiting for stack create/update to complete');
      expect(r.stdout).not.toContain('Successfully created/updated stack');
      expect(seen).toEqual(['Transform: AWS::Serverless-2016-10-31', 'orders']);
    } finally {
      setSamDeployer(undefined);
    }
  });

  it('ends "No changes to deploy" with exit 1, or 0 with --no-fail-on-empty-changeset (SAM CLI ChangeEmptyError)', async () => {
    const { world } = createFakeWorld();
    world.workspace.write('template.yaml', 'x');
    setSamDeployer(() => ({ changes: [] }));
    try {
      expect(await runCommand(world, 'sam deploy --stack-name s')).toEqual({
        exitCode: 1,
        stdout: '',
        stderr: 'Error: No changes to deploy. Stack s is up to date\n',
      });
      expect((await runCommand(world, 'sam deploy --stack-name s --no-fail-on-empty-changeset')).exitCode).toBe(0);
    } finally {
      setSamDeployer(undefined);
    }
  });

  it('says when the template file is missing', async () => {
    expect(await runCommand(createFakeWorld().world, 'sam deploy --stack-name s -t nope.yaml')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'Error: Template file not found at nope.yaml\n',
    });
  });
});

describe('sam deploy output order (the real CLI waits for the stack, then reports)', () => {
  const options = { stackName: 'checkout-app', failOnEmptyChangeset: true };
  const changes = [{ action: 'Modify', logicalId: 'CheckoutAliaslive', resourceType: 'AWS::Lambda::Alias' }];

  it('without a traffic shift: change set, wait, outputs, then the success line last', () => {
    const r = renderSamDeploy({ changes, outputs: { CheckoutAliasArn: 'arn:x' } }, options, 'us-east-1');
    const out = r.stdout;
    expect(r.waiting).toBeUndefined();
    expect(out.indexOf('CloudFormation stack changeset')).toBeLessThan(out.indexOf('Waiting for stack'));
    expect(out.indexOf('Waiting for stack')).toBeLessThan(out.indexOf('CloudFormation outputs from deployed stack'));
    expect(out.trim().split('\n').at(-1)).toBe('Successfully created/updated stack - checkout-app in us-east-1');
  });

  it('with a traffic shift: stops at the wait and names what it waits for', () => {
    const r = renderSamDeploy({ changes, deploymentId: 'd-ABCDEFGHI', outputs: { K: 'V' } }, options, 'us-east-1');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('Successfully');
    expect(r.stdout).not.toContain('CloudFormation outputs');
    expect(r.waiting).toEqual({
      deploymentId: 'd-ABCDEFGHI',
      stackName: 'checkout-app',
      region: 'us-east-1',
      aliasLogicalId: 'CheckoutAliaslive',
      outputs: [['K', 'V']],
    });
  });

  it('ends with the outputs and success when the deployment succeeded', () => {
    const waiting = renderSamDeploy(
      { changes, deploymentId: 'd-1', outputs: { K: 'V' } },
      options,
      'us-east-1',
    ).waiting!;
    const end = renderSamDeployEnd(waiting, { status: 'Succeeded' });
    expect(end.exitCode).toBe(0);
    expect(end.stdout).toContain('UPDATE_COMPLETE  AWS::Lambda::Alias  CheckoutAliaslive');
    expect(end.stdout.indexOf('CloudFormation outputs')).toBeLessThan(end.stdout.indexOf('Successfully'));
  });

  it('ends with the stack rolled back and the failed waiter (exit 1) when an alarm stopped the deployment', () => {
    const waiting = renderSamDeploy({ changes, deploymentId: 'd-1' }, options, 'us-east-1').waiting!;
    const end = renderSamDeployEnd(waiting, {
      status: 'Stopped',
      message: 'One or more alarms have been activated: checkout-live-errors',
      rollbackDeploymentId: 'd-2',
    });
    expect(end.exitCode).toBe(1);
    expect(end.stdout).toContain('checkout-live-errors');
    expect(end.stdout).toContain('UPDATE_FAILED  AWS::Lambda::Alias  CheckoutAliaslive');
    expect(end.stdout).toContain('UPDATE_ROLLBACK_COMPLETE  AWS::CloudFormation::Stack  checkout-app');
    expect(end.stdout).not.toContain('Successfully');
    expect(end.stderr).toContain('Error: Failed to create/update the stack: checkout-app');
    expect(end.stderr).toContain('"UPDATE_ROLLBACK_COMPLETE"');
  });
});
