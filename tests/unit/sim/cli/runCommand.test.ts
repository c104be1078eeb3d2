import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../src/sim/cli';
import { createFakeWorld, notFound } from './fakeWorld';

const USAGE_HEAD =
  '\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n';

const alias = {
  AliasArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders:live',
  Name: 'live',
  FunctionVersion: '1',
  Description: '',
  RevisionId: 'r1',
};

function fake() {
  return createFakeWorld({
    lambda: {
      getAlias: (input) =>
        input.Name === 'live'
          ? alias
          : notFound(
              `Cannot find alias arn: arn:aws:lambda:us-east-1:123456789012:function:orders:${String(input.Name)}`,
            )(),
      updateAlias: (input) => ({
        ...alias,
        FunctionVersion: input.FunctionVersion ?? '1',
        RoutingConfig: input.RoutingConfig,
      }),
      deleteAlias: () => undefined,
      listAliases: () => ({ Aliases: [alias, { ...alias, Name: 'beta', FunctionVersion: '2' }] }),
      invoke: (input) => ({
        StatusCode: 200,
        ExecutedVersion: '3',
        FunctionError: input.Qualifier === 'bad' ? 'Unhandled' : undefined,
        Payload: new TextEncoder().encode('{"ok":true}'),
      }),
      getAccountSettings: () => Promise.resolve({ AccountLimit: { ConcurrentExecutions: 1000 } }),
    },
    cloudwatch: {
      getMetricStatistics: (input) => ({
        Label: input.MetricName,
        Datapoints: [{ Timestamp: new Date(Date.UTC(2026, 0, 5, 9)), Sum: 3, Unit: 'Count' }],
      }),
    },
  });
}

describe('runCommand with a stand-in world: what the learner sees', () => {
  it.each<[string, number, string, string]>([
    ['aws lambda get-alias --function-name orders --name live --query FunctionVersion', 0, '"1"\n', ''],
    ['aws lambda get-alias --function-name orders --name live --query FunctionVersion --output text', 0, '1\n', ''],
    ['aws lambda list-aliases --function-name orders --query "Aliases[].Name" --output text', 0, 'live\tbeta\n', ''],
    [
      `aws lambda list-aliases --function-name orders --query "Aliases[?FunctionVersion=='2'].Name | [0]"`,
      0,
      '"beta"\n',
      '',
    ],
    ['aws lambda delete-alias --function-name orders --name live', 0, '', ''],
    [
      'aws lambda get-account-settings',
      0,
      '{\n    "AccountLimit": {\n        "ConcurrentExecutions": 1000\n    }\n}\n',
      '',
    ],
    [
      'aws lambda get-alias --function-name orders --name gone',
      254,
      '',
      '\nAn error occurred (ResourceNotFoundException) when calling the GetAlias operation: Cannot find alias arn: arn:aws:lambda:us-east-1:123456789012:function:orders:gone\n',
    ],
    [
      'aws lambda get-alias --function-name orders',
      252,
      '',
      `${USAGE_HEAD}aws: error: the following arguments are required: --name\n`,
    ],
    [
      'aws lambda get-alias --function-name orders --name live --foo',
      252,
      '',
      `${USAGE_HEAD.slice(1)}Unknown options: --foo\n`,
    ],
    ['aws', 252, '', `${USAGE_HEAD}aws: error: the following arguments are required: command\n`],
    ['aws lambda', 252, '', `${USAGE_HEAD}aws: error: the following arguments are required: operation\n`],
    [
      'aws lambda get-alias --function-name orders --name live --output xml',
      252,
      '',
      `${USAGE_HEAD}aws: error: argument --output: Invalid choice, valid choices are:\n\n${'json'.padEnd(40)} | ${'text'.padEnd(40)}\n${'table'.padEnd(40)} | ${'yaml'.padEnd(40)}\n${'yaml-stream'.padEnd(40)}\n`,
    ],
    [
      'aws lambda get-alias --function-name orders --name live --query "Name[" ',
      252,
      '',
      expect.stringContaining('Bad value for --query Name[') as unknown as string,
    ],
    ['', 0, '', ''],
    ['ls -l', 127, '', 'ls: command not found (this console runs aws and sam commands)\n'],
  ])('%s → exit %i', async (line, exitCode, stdout, stderr) => {
    const { world } = fake();
    expect(await runCommand(world, line)).toEqual({ exitCode, stdout, stderr });
  });

  it('suggests the near miss for a mistyped command ("maybe you meant")', async () => {
    const r = await runCommand(fake().world, 'aws lambda update-aliases --function-name orders');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain('aws: error: argument operation: Invalid choice, valid choices are:\n\ncreate-function');
    expect(r.stderr).toContain("Invalid choice: 'update-aliases', maybe you meant:\n\n  * update-alias\n");
  });

  it('lists valid services for an unknown one, in the argparse "Invalid choice" form', async () => {
    const r = await runCommand(fake().world, 'aws s3 ls');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain('aws: error: argument command: Invalid choice, valid choices are:\n\nlambda');
    expect(r.stderr).toContain('cloudwatch');
  });

  it('sends shorthand --routing-config to the service as SDK-shaped input (update-alias)', async () => {
    const { world, calls } = fake();
    const r = await runCommand(
      world,
      'aws lambda update-alias --function-name orders --name live --function-version 1 --routing-config AdditionalVersionWeights={"2"=0.1}',
    );
    expect(r.exitCode).toBe(0);
    expect(calls[0]).toEqual({
      service: 'lambda',
      method: 'updateAlias',
      input: {
        FunctionName: 'orders',
        Name: 'live',
        FunctionVersion: '1',
        RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
      },
    });
    expect(r.stdout).toContain('"2": 0.1');
  });

  it('writes the invoke payload to the outfile and prints StatusCode and ExecutedVersion (Lambda synchronous invocation)', async () => {
    const { world } = fake();
    const r = await runCommand(
      world,
      `aws lambda invoke --function-name orders:live --cli-binary-format raw-in-base64-out --payload '{"a":1}' response.json`,
    );
    expect(r).toEqual({
      exitCode: 0,
      stdout: '{\n    "StatusCode": 200,\n    "ExecutedVersion": "3"\n}\n',
      stderr: '',
    });
    expect(world.workspace.readText('response.json')).toBe('{"ok":true}');
  });

  it('still exits 0 when the function itself fails, and shows FunctionError', async () => {
    const r = await runCommand(fake().world, 'aws lambda invoke --function-name orders --qualifier bad out.json');
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ StatusCode: 200, FunctionError: 'Unhandled', ExecutedVersion: '3' });
  });

  it('refuses a raw JSON payload without --cli-binary-format raw-in-base64-out, before invoking (AWS CLI v2)', async () => {
    const { world, calls } = fake();
    const r = await runCommand(world, `aws lambda invoke --function-name orders --payload '{"a":1}' out.json`);
    expect(r).toEqual({ exitCode: 252, stdout: '', stderr: '\nInvalid base64: "{"a":1}"\n' });
    expect(calls).toHaveLength(0);
    expect(world.workspace.exists('out.json')).toBe(false);
  });

  it('prints timestamps in ISO 8601 and whole doubles with .0', async () => {
    const r = await runCommand(
      fake().world,
      'aws cloudwatch get-metric-statistics --namespace AWS/Lambda --metric-name Errors --start-time 2026-01-05T09:00:00Z --end-time 2026-01-05T10:00:00Z --period 60 --statistics Sum',
    );
    expect(r.stdout).toContain('"Timestamp": "2026-01-05T09:00:00+00:00"');
    expect(r.stdout).toContain('"Sum": 3.0');
  });

  it('answers help at every level with a synopsis and an example', async () => {
    const world = fake().world;
    expect((await runCommand(world, 'aws help')).stdout).toContain('lambda');
    expect((await runCommand(world, 'aws lambda help')).stdout).toContain('update-alias');
    const help = (await runCommand(world, 'aws lambda update-alias help')).stdout;
    expect(help).toContain('--function-name <value>\n');
    expect(help).toContain('[--routing-config <value>]');
    expect(help).toContain('EXAMPLES\n          aws lambda update-alias');
  });

  it('says plainly when the simulator has no such operation yet (exit 255)', async () => {
    const r = await runCommand(createFakeWorld().world, 'aws lambda get-account-settings');
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toContain('does not model the GetAccountSettings operation');
  });

  it('uses AWS_DEFAULT_OUTPUT and expands $VARIABLES from env', async () => {
    const r = await runCommand(fake().world, 'aws lambda get-alias --function-name orders --name $ALIAS --query Name', {
      env: { ALIAS: 'live', AWS_DEFAULT_OUTPUT: 'text' },
    });
    expect(r).toEqual({ exitCode: 0, stdout: 'live\n', stderr: '' });
  });

  it('never throws, even when a service fails with a non-AWS error (exit 255)', async () => {
    const { world } = createFakeWorld({
      lambda: {
        getAccountSettings: () => {
          throw new TypeError('boom');
        },
      },
    });
    expect(await runCommand(world, 'aws lambda get-account-settings')).toEqual({
      exitCode: 255,
      stdout: '',
      stderr: '\nboom\n',
    });
  });
});

describe('runCommand: skeletons, YAML input and CLI pagination', () => {
  it('prints an input skeleton for --generate-cli-skeleton, even without the required parameters', async () => {
    const r = await runCommand(fake().world, 'aws lambda update-alias --generate-cli-skeleton');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      '{\n    "FunctionName": "",\n    "Name": "",\n    "FunctionVersion": "",\n    "Description": "",\n    "RoutingConfig": {\n        "AdditionalVersionWeights": {\n            "KeyName": 0.0\n        }\n    },\n    "RevisionId": ""\n}\n',
    );
    expect((await runCommand(fake().world, 'aws lambda get-alias --generate-cli-skeleton yaml-input')).stdout).toBe(
      'FunctionName: ""\nName: ""\n',
    );
  });

  it('reads the whole input from --cli-input-yaml', async () => {
    const { world, calls } = fake();
    world.workspace.write(
      'alias.yaml',
      'FunctionName: orders\nName: live\nRoutingConfig:\n  AdditionalVersionWeights:\n    "2": 0.2\n',
    );
    expect((await runCommand(world, 'aws lambda update-alias --cli-input-yaml file://alias.yaml')).exitCode).toBe(0);
    expect(calls[0]!.input).toEqual({
      FunctionName: 'orders',
      Name: 'live',
      RoutingConfig: { AdditionalVersionWeights: { '2': 0.2 } },
    });
  });

  it('cuts a list with --max-items, prints a NextToken, and resumes from it with --starting-token', async () => {
    const world = fake().world;
    const first = JSON.parse(
      (await runCommand(world, 'aws lambda list-aliases --function-name orders --max-items 1')).stdout,
    ) as { Aliases: Array<{ Name: string }>; NextToken: string };
    expect(first.Aliases.map((a) => a.Name)).toEqual(['live']);
    expect(first.NextToken).toBeTypeOf('string');
    const second = await runCommand(
      world,
      `aws lambda list-aliases --function-name orders --starting-token ${first.NextToken} --query "Aliases[].Name" --output text`,
    );
    expect(second.stdout).toBe('beta\n');
  });

  it('does not offer the API page token as a flag on paginated commands (the CLI hides it)', async () => {
    const r = await runCommand(fake().world, 'aws lambda list-aliases --function-name orders --marker abc');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain('Unknown options: --marker, abc');
  });
});
