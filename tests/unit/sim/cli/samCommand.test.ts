import { describe, expect, it } from 'vitest';
import {
  parseParameterOverrides,
  parseSamDeploy,
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
      expect(r.stdout).toContain('Successfully created/updated stack - orders in us-east-1');
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
