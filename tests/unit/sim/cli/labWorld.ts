import { expect } from 'vitest';
import { createWorld, type World } from '../../../../src/sim';
import { runCommand } from '../../../../src/sim/cli';

export const ROLE = 'arn:aws:iam::123456789012:role/lambda-ex';
export const DEPLOY_ROLE = 'arn:aws:iam::123456789012:role/CodeDeployRole';

export const APPSPEC = `version: 0.0
Resources:
  - orders:
      Type: AWS::Lambda::Function
      Properties:
        Name: orders
        Alias: live
        CurrentVersion: "1"
        TargetVersion: "2"
`;

/** A world set up entirely through the command line, as a learner would. */
export async function labWorld(
  options: { deployment?: boolean } = {},
): Promise<{ world: World; env: Record<string, string> }> {
  const world = createWorld({ seed: 11 });
  world.workspace.write('v1.json', '{"errorRate":0,"durationMs":100}');
  world.workspace.write('v2.json', '{"errorRate":0,"durationMs":120}');
  world.workspace.write('appspec.yaml', APPSPEC);
  const env: Record<string, string> = {};
  const setup = [
    `aws lambda create-function --function-name orders --runtime nodejs22.x --handler index.handler --role ${ROLE} --zip-file fileb://v1.json --publish`,
    // As a pipeline does: wait until the function is Active, and the update finished, before the next change.
    'aws lambda wait function-active-v2 --function-name orders',
    'aws lambda update-function-code --function-name orders --zip-file fileb://v2.json --publish',
    'aws lambda wait function-updated-v2 --function-name orders',
    'aws lambda create-alias --function-name orders --name live --function-version 1',
    'aws cloudwatch put-metric-alarm --alarm-name orders-live-errors --namespace AWS/Lambda --metric-name Errors --dimensions Name=FunctionName,Value=orders Name=Resource,Value=orders:live --statistic Sum --period 60 --evaluation-periods 1 --threshold 0 --comparison-operator GreaterThanThreshold',
    'aws deploy create-application --application-name shop --compute-platform Lambda',
    `aws deploy create-deployment-group --application-name shop --deployment-group-name orders --deployment-config-name CodeDeployDefault.LambdaCanary10Percent5Minutes --service-role-arn ${DEPLOY_ROLE} --deployment-style deploymentType=BLUE_GREEN,deploymentOption=WITH_TRAFFIC_CONTROL`,
  ];
  for (const line of setup) {
    const r = await runCommand(world, line);
    expect(r.stderr, line).toBe('');
    expect(r.exitCode, line).toBe(0);
  }
  if (options.deployment) {
    const r = await runCommand(
      world,
      'aws deploy create-deployment --application-name shop --deployment-group-name orders --revision revisionType=AppSpecContent,appSpecContent={content@=file://appspec.yaml} --query deploymentId --output text',
    );
    expect(r.exitCode, r.stderr).toBe(0);
    env.DEPLOYMENT_ID = r.stdout.trim();
  }
  return { world, env };
}

export interface Row {
  line: string;
  exitCode: number;
  /** Exact stdout, or a pattern it must match. */
  stdout?: string | RegExp;
  /** Exact stderr, or a pattern it must match. */
  stderr?: string | RegExp;
}

/** Runs a row against a fresh lab world; a failing row must leave the world exactly as it was. */
export async function checkRow(row: Row, options: { deployment?: boolean } = {}): Promise<void> {
  const { world, env } = await labWorld(options);
  const before = JSON.stringify(world.snapshot());
  const result = await runCommand(world, row.line, { env });
  expect(result.exitCode, result.stderr).toBe(row.exitCode);
  if (row.stdout instanceof RegExp) expect(result.stdout).toMatch(row.stdout);
  else if (row.stdout !== undefined) expect(result.stdout).toBe(row.stdout);
  if (row.stderr instanceof RegExp) expect(result.stderr).toMatch(row.stderr);
  else expect(result.stderr).toBe(row.stderr ?? '');
  if (row.exitCode !== 0) expect(JSON.stringify(world.snapshot())).toBe(before);
}
