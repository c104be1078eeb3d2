import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../src/sim/cli';
import { ordersTemplate, worldWithCode } from './fixtures';

// sam deploy reference: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-cli-command-reference-sam-deploy.html
describe('sam deploy on the command line', () => {
  it('prints the change set with Operation, LogicalResourceId, ResourceType and Replacement, then the success line', async () => {
    const w = worldWithCode();
    w.workspace.write('template.yaml', ordersTemplate());
    const r = await runCommand(w, 'sam deploy --stack-name orders-app');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(
      /^CloudFormation stack changeset\n-+\nOperation\s+LogicalResourceId\s+ResourceType\s+Replacement\n-+\n/,
    );
    expect(r.stdout).toMatch(/\+ Add\s+OrdersAliaslive\s+AWS::Lambda::Alias\s+N\/A/);
    expect(r.stdout).toContain('Successfully created/updated stack - orders-app in us-east-1');
  });

  it('shows Modify with Replacement False, Delete for the old version, and the CodeDeploy deployment on a code change', async () => {
    const w = worldWithCode();
    w.workspace.write('template.yaml', ordersTemplate());
    await runCommand(w, 'sam deploy --stack-name orders-app');
    w.workspace.write('src/orders.json', '{"errorRate":0.2}');
    const r = await runCommand(w, 'sam deploy --stack-name orders-app');
    expect(r.stdout).toMatch(/\* Modify\s+Orders\s+AWS::Lambda::Function\s+False/);
    expect(r.stdout).toMatch(/- Delete\s+OrdersVersion[0-9a-f]{10}\s+AWS::Lambda::Version\s+N\/A/);
    expect(r.stdout).toMatch(/CodeDeploy deployment started: d-[A-Z0-9]{9}/);
  });

  it('ends with "No changes to deploy" and exit 1, or exit 0 with --no-fail-on-empty-changeset (SAM CLI ChangeEmptyError)', async () => {
    const w = worldWithCode();
    w.workspace.write('template.yaml', ordersTemplate());
    await runCommand(w, 'sam deploy --stack-name s');
    expect(await runCommand(w, 'sam deploy --stack-name s')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'Error: No changes to deploy. Stack s is up to date\n',
    });
    expect(await runCommand(w, 'sam deploy --stack-name s --no-fail-on-empty-changeset')).toEqual({
      exitCode: 0,
      stdout: 'No changes to deploy. Stack s is up to date\n',
      stderr: '',
    });
  });

  it('prints a transform error as the failed change set, with exit code 1', async () => {
    const w = worldWithCode();
    w.workspace.write(
      't.yaml',
      ordersTemplate()
        .replace('      AutoPublishAlias: live\n', '')
        .replace(/Outputs:[\s\S]*$/, ''),
    );
    const r = await runCommand(w, 'sam deploy -t t.yaml --stack-name s');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'Status: FAILED. Reason: Transform AWS::Serverless-2016-10-31 failed with: Invalid Serverless Application Specification document. Number of errors found: 1. ',
    );
    expect(r.stderr).toContain(
      "Resource with id [Orders] is invalid. 'DeploymentPreference' requires AutoPublishAlias property to be specified.\n",
    );
  });

  it('passes --parameter-overrides to the template', async () => {
    const w = worldWithCode();
    const tpl = ordersTemplate({ timeout: 10 })
      .replace('Resources:', 'Parameters:\n  Timeout:\n    Type: Number\n    Default: 10\nResources:')
      .replace('Timeout: 10', 'Timeout: !Ref Timeout');
    w.workspace.write('template.yaml', tpl);
    await runCommand(w, 'sam deploy --stack-name s');
    const r = await runCommand(w, 'sam deploy --stack-name s --parameter-overrides Timeout=45');
    expect(r.exitCode).toBe(0);
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'orders' }).Timeout).toBe(45);
  });
});
