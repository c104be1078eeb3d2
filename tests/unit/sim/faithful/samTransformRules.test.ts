/**
 * Issue 16, item 7: the SAM transform as SAM's translator writes it.
 */
import { describe, expect, it } from 'vitest';
import { deploySam } from '../../../../src/sim/sam';
import { transformServerless } from '../../../../src/sim/sam/serverlessTransform';
import { parseTemplate } from '../../../../src/sim/sam/templateParser';
import { ordersTemplate, worldWithCode } from '../sam/fixtures';

const versions = (w: ReturnType<typeof worldWithCode>) =>
  w.lambda.listVersionsByFunction({ FunctionName: 'orders' }).Versions.map((v) => v.Version);

function groupProps(template: string) {
  const w = worldWithCode();
  const out = transformServerless({
    template: parseTemplate(template),
    parameters: {},
    workspace: w.workspace,
    stackName: 's',
    accountId: '123456789012',
    region: 'us-east-1',
  });
  return out.resources.OrdersDeploymentGroup!.Properties as Record<string, unknown>;
}

describe('item 7: DeploymentPreference without Alarms', () => {
  // samtranslator deployment_preference_collection.py sets AlarmConfiguration only
  // `if deployment_preference.alarms is not None`.
  // https://github.com/aws/serverless-application-model/blob/develop/samtranslator/model/preferences/deployment_preference_collection.py
  it('writes no AlarmConfiguration when the preference has no Alarms key', () => {
    const props = groupProps(
      ordersTemplate({ preference: '      DeploymentPreference:\n        Type: Canary10Percent5Minutes' }),
    );
    expect('AlarmConfiguration' in props).toBe(false);
  });

  it('writes the alarms, enabled, when Alarms lists some', () => {
    const props = groupProps(ordersTemplate());
    expect(props.AlarmConfiguration).toMatchObject({ Enabled: true });
  });
});

describe('item 7: AutoPublishCodeSha256', () => {
  // AutoPublishCodeSha256: "the value is used to create the Lambda Version logical ID" and only a new value
  // publishes a new version when the code location does not change.
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-autopublishcodesha256
  const tpl = (sha: string, timeout = 10) =>
    ordersTemplate({
      code: 's3://artifacts/builds/orders.json',
      timeout,
      extra: `      Description: Orders API\n      AutoPublishCodeSha256: ${sha}`,
    });

  it("with a Description, the published version's description is the description joined with the hash", () => {
    const w = worldWithCode({ 'builds/orders.json': '{"v":1}' });
    deploySam(w, tpl('release-1'), { stackName: 'orders-app' });
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'orders', Qualifier: '1' }).Description).toBe(
      'Orders API release-1',
    );
  });

  it('the trap: a configuration change with the same AutoPublishCodeSha256 publishes no new version', () => {
    const w = worldWithCode({ 'builds/orders.json': '{"v":1}' });
    deploySam(w, tpl('release-1', 10), { stackName: 'orders-app' });
    deploySam(w, tpl('release-1', 30), { stackName: 'orders-app' });
    expect(versions(w)).toEqual(['$LATEST', '1']);
    // $LATEST has the new timeout, the alias still serves version 1 with the old one.
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'orders' }).Timeout).toBe(30);
    expect(w.lambda.getFunctionConfiguration({ FunctionName: 'orders', Qualifier: 'live' }).Timeout).toBe(10);
    // A new value publishes.
    deploySam(w, tpl('release-2', 30), { stackName: 'orders-app' });
    expect(versions(w)).toEqual(['$LATEST', '1', '2']);
  });
});
