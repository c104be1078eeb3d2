import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim';
import { defaultSetup } from '../../../../src/ui/lab/defaultSetup';
import { announcement, outputLineCount, runLine } from '../../../../src/ui/lab/console/session';
import { EXAMPLE_GROUPS } from '../../../../src/ui/lab/console/examples';
import { splitCommandLines } from '../../../../src/ui/lab/console/pasteLines';
import { SAMPLE_STACK_NAME, SAMPLE_TEMPLATE, TEMPLATE_PATH } from '../../../../src/ui/lab/console/sampleTemplate';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html

function labWorld() {
  const world = createWorld({ seed: 42 });
  defaultSetup(world);
  return world;
}

describe('console built-ins and the simulated CLI', () => {
  it('writes a code document with echo > and creates a function from it with fileb:// (sim-api.md "Simulated code")', async () => {
    const world = labWorld();
    expect((await runLine(world, `echo '{"errorRate":0.2}' > bad.json`)).exitCode).toBe(0);
    expect(world.workspace.readText('bad.json')).toBe('{"errorRate":0.2}\n');
    const r = await runLine(
      world,
      'aws lambda create-function --function-name bad --runtime nodejs22.x --handler index.handler --role arn:aws:iam::123456789012:role/x --zip-file fileb://bad.json',
    );
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).FunctionName).toBe('bad');
  });

  it('lists and prints workspace files, and says when a file is missing', async () => {
    const world = labWorld();
    world.workspace.write('a.json', '{}');
    expect((await runLine(world, 'ls')).stdout).toContain('a.json');
    expect((await runLine(world, 'cat a.json')).stdout).toBe('{}\n');
    expect(await runLine(world, 'cat nope.json')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'cat: nope.json: No such file or directory\n',
    });
  });

  it('asks the console to clear its output on `clear`', async () => {
    expect((await runLine(labWorld(), 'clear')).clear).toBe(true);
  });

  it('prints an AWS-style error and exit code 254 for a service error (AWS CLI return codes)', async () => {
    const r = await runLine(labWorld(), 'aws lambda get-alias --function-name orders --name nope');
    expect(r.exitCode).toBe(254);
    expect(r.stderr).toContain('An error occurred (ResourceNotFoundException) when calling the GetAlias operation');
  });

  it('summarises a result for screen readers without reading it out', () => {
    const result = { exitCode: 254, stdout: '', stderr: '\nAn error occurred (X) when calling the Y operation: z\n' };
    expect(outputLineCount(result)).toBe(1);
    expect(announcement(result)).toBe('Command finished, exit code 254, 1 line of output.');
    expect(announcement({ exitCode: 0, stdout: '{\n  "a": 1\n}\n', stderr: '' })).toBe(
      'Command finished, exit code 0, 3 lines of output.',
    );
  });
});

describe('the examples menu', () => {
  it('gives every example the AWS documentation page it follows', () => {
    for (const e of EXAMPLE_GROUPS.flatMap((g) => g.examples))
      expect(e.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });

  it('runs every complete example in the Lab’s default world without an error', async () => {
    const world = labWorld();
    world.workspace.write(TEMPLATE_PATH, SAMPLE_TEMPLATE);
    for (const example of EXAMPLE_GROUPS.flatMap((g) => g.examples)) {
      if (example.command.endsWith('d-')) continue; // the learner adds the deployment id
      for (const line of splitCommandLines(example.command)) {
        const r = await runLine(world, line);
        expect({ line, exitCode: r.exitCode, stderr: r.stderr }).toEqual({ line, exitCode: 0, stderr: '' });
      }
    }
  });
});

describe('the sample template', () => {
  it('deploys with sam deploy: a first deploy creates the alias and starts no CodeDeploy deployment', async () => {
    const world = labWorld();
    world.workspace.write(TEMPLATE_PATH, SAMPLE_TEMPLATE);
    const r = await runLine(world, `sam deploy --stack-name ${SAMPLE_STACK_NAME}`);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('AWS::CodeDeploy::DeploymentGroup');
    expect(r.stdout).not.toContain('CodeDeploy deployment started');
    expect(world.lambda.getAlias({ FunctionName: 'checkout', Name: 'live' }).FunctionVersion).toBe('1');
  });

  it('starts a canary deployment when the inline code changes and the template is deployed again', async () => {
    const world = labWorld();
    world.workspace.write(TEMPLATE_PATH, SAMPLE_TEMPLATE);
    await runLine(world, `sam deploy --stack-name ${SAMPLE_STACK_NAME}`);
    world.workspace.write(TEMPLATE_PATH, SAMPLE_TEMPLATE.replace('"errorRate": 0,', '"errorRate": 0.3,'));
    const r = await runLine(world, `sam deploy --stack-name ${SAMPLE_STACK_NAME}`);
    expect(r.stdout).toMatch(/CodeDeploy deployment started: d-[A-Z0-9]{9}/);
  });
});
