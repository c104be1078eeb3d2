import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim';
import {
  DEFAULT_ALARM,
  defaultSetup,
  defaultSetupSliced,
  publishFixedVersion,
  startDefaultDeployment,
} from '../../../../src/ui/lab/defaultSetup';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-configure-advanced-options.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html

const MIN = 60_000;

async function world() {
  const w = createWorld({ seed: 42 });
  defaultSetup(w);
  w.advance(3 * MIN);
  return w;
}

describe('the Lab default world', () => {
  it('starts with orders:live on version 1, 50 rps of API Gateway traffic and the alarm OK', async () => {
    const w = await world();
    const s = w.snapshot();
    const fn = s.lambda.functions.find((f) => f.FunctionName === 'orders')!;
    expect(fn.versions.map((v) => v.Version)).toEqual(['1', '2']);
    expect(fn.aliases[0]).toMatchObject({ Name: 'live', FunctionVersion: '1', weights: { '1': 1 } });
    expect(s.traffic.sources[0]).toMatchObject({ source: 'ApiGateway', target: 'orders:live', ratePerSecond: 50 });
    expect(s.cloudwatch.alarms.find((a) => a.name === DEFAULT_ALARM)?.state).toBe('OK');
  });

  it('a canary of the faulty version 2 raises the alias error-rate alarm and is rolled back', async () => {
    const w = await world();
    const id = await startDefaultDeployment(w, '2', 'CodeDeployDefault.LambdaCanary10Percent5Minutes');
    w.advance(6 * MIN);
    const d = w.codedeploy.getDeployment({ deploymentId: id }).deploymentInfo!;
    expect(d.status).toBe('Stopped');
    expect(d.errorInformation?.code).toBe('ALARM_ACTIVE');
    expect(d.rollbackInfo?.rollbackDeploymentId).toBeTruthy();
    w.advance(2 * MIN);
    expect(w.lambda.getAlias({ FunctionName: 'orders', Name: 'live' })).toMatchObject({ FunctionVersion: '1' });
  });

  it('a canary of the fixed version 3 reaches Succeeded and the alias points at 3 after five minutes', async () => {
    const w = await world();
    const version = await publishFixedVersion(w);
    expect(version).toBe('3');
    const id = await startDefaultDeployment(w, version, 'CodeDeployDefault.LambdaCanary10Percent5Minutes');
    w.advance(6 * MIN);
    expect(w.codedeploy.getDeployment({ deploymentId: id }).deploymentInfo?.status).toBe('Succeeded');
    const alias = w.lambda.getAlias({ FunctionName: 'orders', Name: 'live' }) as {
      FunctionVersion: string;
      RoutingConfig?: unknown;
    };
    expect(alias.FunctionVersion).toBe('3');
  });

  it('built in slices (the Lab page), it hands the page a turn between steps and ends as the same world', async () => {
    const sliced = createWorld({ seed: 42 });
    let turns = 0;
    let builtWhenFirstTurn: number | undefined;
    await defaultSetupSliced(50, async () => {
      turns += 1;
      builtWhenFirstTurn ??= sliced.snapshot().lambda.functions.length;
    })(sliced);
    // Eight steps (the function, version 1, the faulty code, version 2 and the alias, the alarm, the
    // application, the deployment group, the traffic), a turn before each and one after the last.
    expect(turns).toBe(9);
    expect(builtWhenFirstTurn).toBe(0);
    const whole = createWorld({ seed: 42 });
    defaultSetup(whole);
    sliced.advance(3 * MIN);
    whole.advance(3 * MIN);
    expect(sliced.snapshot()).toEqual(whole.snapshot());
    expect(sliced.lambda.getAlias({ FunctionName: 'orders', Name: 'live' })).toMatchObject({ FunctionVersion: '1' });
  });
});
