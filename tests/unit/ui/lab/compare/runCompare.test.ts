import { describe, expect, it } from 'vitest';
import { runCompare, runStrategy, type CompareRun } from '../../../../../src/ui/lab/compare/runCompare';

// Each test runs its own comparison (or just the strategies it needs), so any one of them can run alone.
const byKey = (run: CompareRun, key: string) => run.results.find((r) => r.key === key)!;

// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
// https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html
describe('runCompare: canary vs linear vs all-at-once on the same faulty version', () => {
  it('runs the three predefined configurations in order', async () => {
    const run = await runCompare({ seed: 42 });
    expect(run.results.map((r) => r.deploymentConfigName)).toEqual([
      'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
      'CodeDeployDefault.LambdaAllAtOnce',
    ]);
  });

  it('every strategy is stopped by the alarm (ALARM_ACTIVE) and rolled back by a new deployment', async () => {
    const run = await runCompare({ seed: 42 });
    for (const r of run.results) {
      expect(r.status).toBe('Stopped');
      expect(r.errorCode).toBe('ALARM_ACTIVE');
      expect(r.rollbackDeploymentId).toBeDefined();
      expect(r.rollbackDeploymentId).not.toBe(r.deploymentId);
      expect(r.timeToRollbackMs).toBeGreaterThan(0);
    }
  });

  it('all-at-once lets the most requests fail, because every request reaches the faulty version', async () => {
    const run = await runCompare({ seed: 42 });
    const all = byKey(run, 'allAtOnce');
    expect(all.failedRequests).toBeGreaterThan(byKey(run, 'canary').failedRequests * 3);
    expect(all.failedRequests).toBeGreaterThan(byKey(run, 'linear').failedRequests * 3);
    expect(all.requestsOnNewVersion).toBe(all.totalRequests);
  });

  it('the canary sends about 10 % of requests to the new version before the rollback', async () => {
    const c = await runStrategy('canary', { seed: 42 });
    expect(c.requestsOnNewVersion / c.totalRequests).toBeGreaterThan(0.07);
    expect(c.requestsOnNewVersion / c.totalRequests).toBeLessThan(0.13);
    expect(c.weightHistory.map((w) => w.weight)).toEqual([0.1]);
  });

  it('linear has taken its second 10 % step by the time the alarm stops it, so it fails a few more requests than the canary', async () => {
    const l = await runStrategy('linear', { seed: 42 });
    expect(l.weightHistory.map((w) => w.weight)).toEqual([0.1, 0.2]);
    expect(l.failedRequests).toBeGreaterThan((await runStrategy('canary', { seed: 42 })).failedRequests);
  });

  it('failed requests are the faulty version’s share: about errorRate × requests on the new version', async () => {
    const run = await runCompare({ seed: 42 });
    for (const r of run.results) {
      expect(r.failedRequests / r.requestsOnNewVersion).toBeGreaterThan(0.18);
      expect(r.failedRequests / r.requestsOnNewVersion).toBeLessThan(0.32);
      expect(r.failedSeries.at(-1)!.failed).toBe(r.failedRequests);
    }
  });

  it('is deterministic per seed and differs for another seed', async () => {
    const first = await runStrategy('canary', { seed: 42 });
    const again = await runStrategy('canary', { seed: 42 });
    expect(again.failedRequests).toBe(first.failedRequests);
    expect(again.timeToRollbackMs).toBe(first.timeToRollbackMs);
    expect(again.requestsOnNewVersion).toBe(first.requestsOnNewVersion);
    const other = await runStrategy('canary', { seed: 7 });
    expect(other.requestsOnNewVersion).not.toBe(again.requestsOnNewVersion);
  });

  it('without a rollback in sight the run stops at maxRunMs instead of looping forever', async () => {
    const healthy = await runStrategy('linear', { seed: 3, errorRate: 0, maxRunMs: 60_000 });
    expect(healthy.rollbackDeploymentId).toBeUndefined();
    expect(healthy.failedRequests).toBe(0);
    expect(healthy.endTime - healthy.startTime).toBeLessThanOrEqual(65_000);
  });
});
