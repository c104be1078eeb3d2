import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../src/sim/cli';
import { createWorld } from '../../../../src/sim';
import { labWorld, ROLE } from './labWorld';

// Waiter semantics from the AWS CLI reference: https://docs.aws.amazon.com/cli/latest/reference/lambda/wait/
// (function-updated-v2 and function-active-v2 poll get-function every 1 second, at most 300 times;
// function-exists every 1 second, at most 20 times) and
// https://docs.aws.amazon.com/cli/latest/reference/deploy/wait/deployment-successful.html
// (get-deployment every 15 seconds, at most 120 times). A waiter prints nothing when it succeeds and
// ends with return code 255 when it fails.

const CREATE = `aws lambda create-function --function-name fresh --runtime nodejs22.x --handler index.handler --role ${ROLE} --zip-file fileb://v1.json`;

describe('aws lambda wait', () => {
  it('lets a pipeline publish after update-function-code: publish fails at once, succeeds after function-updated-v2', async () => {
    const { world } = await labWorld();
    expect(
      (await runCommand(world, 'aws lambda update-function-code --function-name orders --zip-file fileb://v1.json'))
        .exitCode,
    ).toBe(0);
    const tooSoon = await runCommand(world, 'aws lambda publish-version --function-name orders');
    expect(tooSoon.exitCode).toBe(254);
    expect(tooSoon.stderr).toBe(
      '\nAn error occurred (ResourceConflictException) when calling the PublishVersion operation: The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:orders\n',
    );
    const before = world.clock.now();
    const waited = await runCommand(world, 'aws lambda wait function-updated-v2 --function-name orders');
    expect(waited).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    // Simulated time passed in whole one-second polls while the update ran.
    const elapsed = world.clock.now() - before;
    expect(elapsed).toBeGreaterThan(0);
    expect(elapsed % 1000).toBe(0);
    const published = await runCommand(
      world,
      'aws lambda publish-version --function-name orders --query Version --output text',
    );
    expect(published).toEqual({ exitCode: 0, stdout: '3\n', stderr: '' });
  });

  it('waits for a new function to become Active (function-active-v2) before it can be invoked', async () => {
    const { world } = await labWorld();
    expect((await runCommand(world, CREATE)).exitCode).toBe(0);
    expect((await runCommand(world, 'aws lambda invoke --function-name fresh out.json')).exitCode).toBe(254);
    expect((await runCommand(world, 'aws lambda wait function-active-v2 --function-name fresh')).exitCode).toBe(0);
    const state = await runCommand(
      world,
      'aws lambda get-function --function-name fresh --query "Configuration.[State, LastUpdateStatus]" --output text',
    );
    expect(state.stdout).toBe('Active\tSuccessful\n');
    expect((await runCommand(world, 'aws lambda invoke --function-name fresh out.json')).exitCode).toBe(0);
  });

  it('fails at once on an error no acceptor expects, in the CLI words "Waiter <Name> failed: An error occurred …"', async () => {
    const world = createWorld({ seed: 3 });
    const before = world.clock.now();
    const r = await runCommand(world, 'aws lambda wait function-updated-v2 --function-name ghost');
    expect(r).toEqual({
      exitCode: 255,
      stdout: '',
      stderr:
        '\nWaiter FunctionUpdatedV2 failed: An error occurred (ResourceNotFoundException): Function not found: arn:aws:lambda:us-east-1:123456789012:function:ghost\n',
    });
    expect(world.clock.now()).toBe(before);
  });

  it('gives up after the last attempt: function-exists polls 20 times, a second apart', async () => {
    const world = createWorld({ seed: 3 });
    const before = world.clock.now();
    const r = await runCommand(world, 'aws lambda wait function-exists --function-name ghost');
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toBe(
      '\nWaiter FunctionExists failed: Max attempts exceeded. Previously accepted state: Matched expected service error code: ResourceNotFoundException\n',
    );
    // 20 polls with a one-second sleep between them: 19 seconds.
    expect(world.clock.now() - before).toBe(19_000);
  });

  it('refuses a waiter the CLI does not have, listing the ones it has', async () => {
    const world = createWorld({ seed: 3 });
    const r = await runCommand(world, 'aws lambda wait published-version-exists --function-name x');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain('published-version-active');
  });
});

describe('aws deploy wait deployment-successful', () => {
  it('returns once the canary deployment has Succeeded, after simulated time has passed in 15-second polls', async () => {
    const { world, env } = await labWorld({ deployment: true });
    const before = world.clock.now();
    const r = await runCommand(world, 'aws deploy wait deployment-successful --deployment-id $DEPLOYMENT_ID', { env });
    expect(r).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    const elapsed = world.clock.now() - before;
    // Canary10Percent5Minutes: at least the five-minute canary interval, in whole 15-second steps.
    expect(elapsed).toBeGreaterThanOrEqual(5 * 60_000);
    expect(elapsed % 15_000).toBe(0);
    const status = await runCommand(
      world,
      'aws deploy get-deployment --deployment-id $DEPLOYMENT_ID --query deploymentInfo.status --output text',
      { env },
    );
    expect(status.stdout).toBe('Succeeded\n');
  });

  it('fails with the terminal state when the deployment was stopped', async () => {
    const { world, env } = await labWorld({ deployment: true });
    expect(
      (await runCommand(world, 'aws deploy stop-deployment --deployment-id $DEPLOYMENT_ID', { env })).exitCode,
    ).toBe(0);
    const r = await runCommand(world, 'aws deploy wait deployment-successful --deployment-id $DEPLOYMENT_ID', { env });
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toBe(
      '\nWaiter DeploymentSuccessful failed: Waiter encountered a terminal failure state: For expression "deploymentInfo.status" we matched expected path: "Stopped"\n',
    );
  });
});
