// Issue 14 item 7: the Lab's sample template teaches the canary. Its function receives the Lab's
// API Gateway traffic once deployed; a faulty redeploy fires the alias alarm and rolls back; and
// `sam deploy` prints in the real CLI's order: the change set, the wait for the stack, the traffic
// shift's progress, then success or the failed waiter — never success before the shift has ended.
import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../src/sim';
import { defaultSetup } from '../../../../src/ui/lab/defaultSetup';
import { runLine } from '../../../../src/ui/lab/console/session';
import { SAMPLE_STACK_NAME, SAMPLE_TEMPLATE, TEMPLATE_PATH } from '../../../../src/ui/lab/console/sampleTemplate';
import { routeTrafficToNewAliases } from '../../../../src/ui/lab/console/templateTraffic';
import { followSamDeploy, type SamWait } from '../../../../src/ui/lab/console/samWait';
import type { SamDeployCommandResult } from '../../../../src/sim/cli/samCommand';

const DEPLOY = `sam deploy --stack-name ${SAMPLE_STACK_NAME}`;

async function deployedSample(seed: number): Promise<World> {
  const world = createWorld({ seed });
  defaultSetup(world);
  world.workspace.write(TEMPLATE_PATH, SAMPLE_TEMPLATE);
  const first = await runLine(world, DEPLOY);
  expect(first.exitCode).toBe(0);
  routeTrafficToNewAliases(world, 50);
  world.advance(120_000); // version 1 serves healthy traffic for two minutes
  return world;
}

/** Plays simulated time until the waiting deploy ends (as the console does with each snapshot). */
function playToEnd(world: World, wait: SamWait): { stdout: string; stderr: string; exitCode: number } {
  let stdout = '';
  let stderr = '';
  for (let t = 0; t < 20 * 60_000; t += 5_000) {
    world.advance(5_000);
    const step = followSamDeploy(wait, world.snapshot().codedeploy.deployments);
    wait.shownPercent = step.shownPercent;
    stdout += step.stdout;
    stderr += step.stderr;
    if (step.exitCode !== undefined) return { stdout, stderr, exitCode: step.exitCode };
  }
  throw new Error('the deployment never ended');
}

describe('the Lab sample template', () => {
  it('is called by the Lab’s API Gateway once its first deploy creates checkout:live, and orders keeps its own traffic', async () => {
    const world = createWorld({ seed: 42 });
    defaultSetup(world);
    world.workspace.write(TEMPLATE_PATH, SAMPLE_TEMPLATE);
    expect(routeTrafficToNewAliases(world, 50)).toEqual([]); // nothing deployed yet: nothing new to call
    await runLine(world, DEPLOY);
    const said = routeTrafficToNewAliases(world, 50);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('checkout:live');
    expect(
      world.traffic
        .list()
        .map((s) => s.target)
        .sort(),
    ).toEqual(['checkout:live', 'orders:live']);
    expect(routeTrafficToNewAliases(world, 50)).toEqual([]); // a second deploy adds no second caller
    world.advance(60_000);
    const checkout = world.traffic.list().find((s) => s.target === 'checkout:live');
    expect(checkout?.total.invocations).toBeGreaterThan(1_000);
  });

  for (const seed of [1, 42, 7_777]) {
    it(`raising errorRate and deploying again: the canary's errors fire the alarm, CodeDeploy rolls back, sam deploy fails (seed ${seed})`, async () => {
      const world = await deployedSample(seed);
      world.workspace.write(TEMPLATE_PATH, SAMPLE_TEMPLATE.replace('"errorRate": 0,', '"errorRate": 0.5,'));
      const r = (await runLine(world, DEPLOY)) as SamDeployCommandResult;
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toContain('Waiting for stack create/update to complete');
      expect(r.stdout).toMatch(/CodeDeploy deployment started: d-[A-Z0-9]{9}/);
      // The stack is not done while traffic shifts: no success line yet.
      expect(r.stdout).not.toContain('Successfully created/updated stack');
      expect(r.waiting?.stackName).toBe(SAMPLE_STACK_NAME);

      const end = playToEnd(world, { waiting: r.waiting!, shownPercent: -1 });
      expect(end.stdout).toContain('10 % of traffic on version 2');
      expect(end.stdout).toMatch(/Stopped: .*checkout-live-errors/);
      expect(end.stdout).toContain('UPDATE_ROLLBACK_COMPLETE  AWS::CloudFormation::Stack  checkout-app');
      expect(end.stdout).not.toContain('Successfully created/updated stack');
      expect(end.exitCode).toBe(1);
      expect(end.stderr).toMatch(
        /^Error: Failed to create\/update the stack: checkout-app, Waiter StackUpdateComplete/,
      );
      // What the learner sees in the world: the alarm fired and the alias is back on version 1.
      const alarm = world.snapshot().cloudwatch.alarms.find((a) => a.name === 'checkout-live-errors');
      expect(alarm?.recentChanges.some((c) => c.to === 'ALARM')).toBe(true);
      expect(world.lambda.getAlias({ FunctionName: 'checkout', Name: 'live' }).FunctionVersion).toBe('1');
    });
  }

  it('a healthy redeploy waits for the canary, then prints the outputs and the success line', async () => {
    const world = await deployedSample(42);
    world.workspace.write(TEMPLATE_PATH, SAMPLE_TEMPLATE.replace('"durationMs": 120', '"durationMs": 90'));
    const r = (await runLine(world, DEPLOY)) as SamDeployCommandResult;
    expect(r.stdout).not.toContain('Successfully created/updated stack');
    const end = playToEnd(world, { waiting: r.waiting!, shownPercent: -1 });
    expect(end.exitCode).toBe(0);
    expect(end.stderr).toBe('');
    const lines = end.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/10 % of traffic on version 2$/);
    expect(lines.at(-1)).toBe('Successfully created/updated stack - checkout-app in us-east-1');
    expect(end.stdout).toContain('CheckoutAliasArn');
    expect(world.lambda.getAlias({ FunctionName: 'checkout', Name: 'live' }).FunctionVersion).toBe('2');
  });
});
