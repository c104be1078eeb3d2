import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim';
import { runCommand } from '../../../../src/sim/cli';

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  OrdersFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs22.x
      InlineCode: '{"errorRate":0}'
      AutoPublishAlias: live
      DeploymentPreference:
        Type: Canary10Percent5Minutes
`;

// sam deploy through runCommand and src/sim/sam's deploySam.
describe('sam deploy over the simulated world', () => {
  it('prints the change set of a first deploy and creates the alias without a CodeDeploy deployment', async () => {
    const world = createWorld({ seed: 5 });
    world.workspace.write('template.yaml', TEMPLATE);
    const r = await runCommand(world, 'sam deploy --stack-name orders');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^CloudFormation stack changeset\n/);
    expect(r.stdout).toMatch(/\+ Add\s+OrdersFunctionAliaslive\s+AWS::Lambda::Alias\s+N\/A/);
    expect(r.stdout).not.toContain('CodeDeploy deployment started');
    expect(r.stdout).toContain('Successfully created/updated stack - orders in us-east-1');
  });

  it('stops an unchanged redeploy with "No changes to deploy" (exit 1), or exit 0 with --no-fail-on-empty-changeset', async () => {
    const world = createWorld({ seed: 5 });
    world.workspace.write('template.yaml', TEMPLATE);
    expect((await runCommand(world, 'sam deploy --stack-name orders')).exitCode).toBe(0);
    expect(await runCommand(world, 'sam deploy --stack-name orders')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'Error: No changes to deploy. Stack orders is up to date\n',
    });
    expect(await runCommand(world, 'sam deploy --stack-name orders --no-fail-on-empty-changeset')).toEqual({
      exitCode: 0,
      stdout: 'No changes to deploy. Stack orders is up to date\n',
      stderr: '',
    });
  });

  it('reports a template error with exit 1 and changes nothing', async () => {
    const world = createWorld({ seed: 5 });
    world.workspace.write('template.yaml', 'Resources: {}\n');
    const before = JSON.stringify(world.snapshot());
    const r = await runCommand(world, 'sam deploy --stack-name orders');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^Error: Failed to create changeset for the stack: orders, /);
    expect(JSON.stringify(world.snapshot())).toBe(before);
  });
});
