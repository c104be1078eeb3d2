import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTemplate } from '../../../src/rehearse/readTemplate';
import { dailyRate, rehearse, type RehearsalOptions } from '../../../src/rehearse/rehearsal';
import { HOOKS, REPORT_POLICY, ALIAS_ALARM, hookFunction, samStack } from './templates';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/rehearse', name), 'utf8');
const options = (o: Partial<RehearsalOptions['fault']> = {}, rps = 10, seed = 42): RehearsalOptions => ({
  seed,
  fault: { errorRate: 1, extraLatencyMs: 0, initDurationMs: 400, hookNeverReports: false, ...o },
  traffic: { kind: 'constant', ratePerSecond: rps },
});

describe('rehearsing a bad release', () => {
  it('AllAtOnce with a one-minute alarm fails every request for at least a minute, and the release stays', async () => {
    // CodeDeploy watches alarms only while the deployment runs; AllAtOnce finishes in one step,
    // so the alarm fires after the deployment has already succeeded and nothing rolls back.
    const r = (await rehearse(readTemplate(samStack({ type: 'AllAtOnce' })), options()))!;
    const own = r.results.find((x) => x.ownConfiguration)!;
    expect(own.configName).toBe('AllAtOnce');
    expect(own.status).toBe('Succeeded');
    expect(own.failedRequests).toBeGreaterThanOrEqual(60 * 10);
    expect(own.secondsUntilAlarm).toBeGreaterThanOrEqual(60);
    expect(own.secondsUntilTrafficBack).toBeUndefined();
  });

  it('a 10% canary exposes about a tenth of the requests, and a one-minute alarm rolls it back before the canary ends', async () => {
    const r = (await rehearse(readTemplate(samStack({ type: 'Canary10Percent5Minutes' })), options()))!;
    const own = r.results.find((x) => x.ownConfiguration)!;
    expect(own.status).toBe('Stopped');
    // A 60-second period cannot breach before one full minute of data.
    expect(own.secondsUntilAlarm).toBeGreaterThanOrEqual(60);
    expect(own.secondsUntilTrafficBack).toBeLessThan(5 * 60);
    // Every request to the new version fails; 10% of 10 requests/s reach it until the rollback.
    const perSecondOnCanary = own.failedRequests / own.secondsUntilTrafficBack!;
    expect(perSecondOnCanary).toBeGreaterThan(0.5);
    expect(perSecondOnCanary).toBeLessThan(1.5);
  });

  it('a pre-traffic hook that never reports fails the deployment after one hour without shifting any traffic', async () => {
    const text = samStack({
      preferenceExtra: HOOKS,
      resources:
        ALIAS_ALARM + hookFunction(`\n      FunctionName: CodeDeployHook_pre\n      Timeout: 30${REPORT_POLICY}`),
    });
    const r = (await rehearse(readTemplate(text), options({ errorRate: 0, hookNeverReports: true })))!;
    const own = r.results.find((x) => x.ownConfiguration)!;
    expect(own.status).toBe('Failed');
    expect(own.failedRequests).toBe(0);
    expect(own.secondsUntilTrafficBack).toBeGreaterThanOrEqual(3600);
  });

  it('a hook CodeDeploy may not invoke fails the release before any traffic moves', async () => {
    const text = samStack({ preferenceExtra: HOOKS, resources: ALIAS_ALARM + hookFunction(REPORT_POLICY) });
    const own = (await rehearse(readTemplate(text), options()))!.results.find((x) => x.ownConfiguration)!;
    expect(own.status).toBe('Failed');
    expect(own.failedRequests).toBe(0);
  });

  it('moving all traffic at once to a version with no warm environments needs more cold starts than a canary', async () => {
    const r = (await rehearse(
      readTemplate(samStack({ type: 'Canary10Percent5Minutes' })),
      options({ errorRate: 0, initDurationMs: 3000 }, 50),
    ))!;
    const canary = r.results.find((x) => x.configName === 'Canary10Percent5Minutes')!;
    const allAtOnce = r.results.find((x) => x.configName === 'AllAtOnce')!;
    expect(canary.peakColdStartsPerMinute).toBeGreaterThan(0);
    expect(allAtOnce.peakColdStartsPerMinute).toBeGreaterThan(canary.peakColdStartsPerMinute);
  });

  it('compares the template configuration with the others and is reproducible by seed', async () => {
    const model = readTemplate(fixture('safe-deployments.yaml'));
    const a = (await rehearse(model, options({ errorRate: 0.3 }, 20, 7)))!;
    const b = (await rehearse(model, options({ errorRate: 0.3 }, 20, 7)))!;
    expect(a.results.map((x) => x.configName)).toEqual([
      'Canary10Percent10Minutes',
      'Canary10Percent5Minutes',
      'Linear10PercentEvery1Minute',
      'AllAtOnce',
    ]);
    expect(a).toEqual(b);
  });

  it('has nothing to rehearse in a template without a deployment', async () => {
    expect(await rehearse(readTemplate('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n'), options())).toBeUndefined();
  });

  it('the daily curve is quiet at night and peaks in the afternoon', () => {
    expect(dailyRate(100, 3)).toBe(20);
    expect(dailyRate(100, 14)).toBe(100);
    expect(dailyRate(100, 9)).toBeLessThan(100);
  });
});
