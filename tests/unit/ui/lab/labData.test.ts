import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/sim';
import {
  DEFAULT_ALARM,
  defaultSetup,
  publishFixedVersion,
  startDefaultDeployment,
} from '../../../../src/ui/lab/defaultSetup';
import { alarmSeries, metricResources, resourceMetrics } from '../../../../src/ui/lab/metricsData';
import { pickDeployment, timelineData } from '../../../../src/ui/lab/timelineData';
import { environmentsRows } from '../../../../src/ui/lab/environmentsData';

// The AWS documentation behind the behaviour these tests state:
// https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics.html

const MIN = 60_000;

async function faultyCanaryWorld() {
  const w = createWorld({ seed: 42 });
  defaultSetup(w);
  // Setup waits a few seconds for the function to be ready; start the deployment on a minute boundary.
  w.advance(3 * MIN - (w.clock.now() % MIN));
  const id = await startDefaultDeployment(w, '2', 'CodeDeployDefault.LambdaCanary10Percent5Minutes');
  w.advance(4 * MIN);
  return { w, id, start: w.snapshot().codedeploy.deployments[0]!.createTime };
}

describe('Lab data read from the world snapshot', () => {
  it('lists the function, the alias Resource and each executed version behind it (Lambda metric dimensions)', async () => {
    const { w } = await faultyCanaryWorld();
    expect(metricResources(w.snapshot()).map((r) => r.label)).toEqual([
      'orders (all invocations)',
      'Resource orders:live',
      'Resource orders:live, ExecutedVersion 1',
      'Resource orders:live, ExecutedVersion 2',
    ]);
  });

  it('counts 3,000 invocations a minute at 50 rps and splits them about 90/10 by executed version during the canary', async () => {
    const { w, start } = await faultyCanaryWorld();
    const s = w.snapshot();
    const [fnRes, aliasRes, v1, v2] = metricResources(s);
    const minute = start; // the first canary minute
    const at = (dims: Parameters<typeof resourceMetrics>[1]) =>
      resourceMetrics(s.cloudwatch.series, dims, minute, minute + MIN);
    expect(at(aliasRes!.dimensions).invocations).toEqual([{ t: minute, v: 3000 }]);
    expect(at(fnRes!.dimensions).invocations[0]!.v).toBe(3000);
    const one = at(v1!.dimensions).invocations[0]!.v!;
    const two = at(v2!.dimensions).invocations[0]!.v!;
    expect(one + two).toBe(3000);
    expect(two).toBeGreaterThan(200);
    expect(two).toBeLessThan(400);
    // Only version 2 fails, so the executed-version 1 rate is exactly zero.
    expect(at(v1!.dimensions).errorRate[0]!.v).toBe(0);
  });

  it("computes the alarm's metric math value per minute: 100 × errors ÷ invocations on the alias", async () => {
    const { w, start } = await faultyCanaryWorld();
    const s = w.snapshot();
    const alarm = s.cloudwatch.alarms.find((a) => a.name === DEFAULT_ALARM)!;
    const [, aliasRes] = metricResources(s);
    const series = alarmSeries(s.cloudwatch.series, alarm, start, start + MIN);
    const direct = resourceMetrics(s.cloudwatch.series, aliasRes!.dimensions, start, start + MIN).errorRate[0]!.v;
    expect(series.describes).toBe('metric math 100 * errors / invocations');
    expect(series.points[0]!.v).toBeCloseTo(direct!, 10);
    expect(series.points[0]!.v).toBeGreaterThan(0.5);
  });

  it('puts the planned canary, the 10 % actually applied, the alarm, the stop and the rollback link on the timeline', async () => {
    const { w, id } = await faultyCanaryWorld();
    const s = w.snapshot();
    const d = pickDeployment(s.codedeploy.deployments, id)!;
    const t = timelineData(s, d);
    expect(t.planned).toEqual([
      { atMs: 0, weight: 0.1 },
      { atMs: 5 * MIN, weight: 1 },
    ]);
    expect(t.actual.map((a) => a.weight)).toEqual([0.1]);
    const kinds = t.marks.map((m) => m.kind);
    expect(kinds).toContain('alarm');
    expect(kinds).toContain('stop');
    const rollback = t.marks.find((m) => m.kind === 'rollback')!;
    expect(rollback.deploymentId).toBe(d.rollbackInfo!.rollbackDeploymentId);
    expect(t.marks.find((m) => m.kind === 'stop')!.label).toBe('Deployment Stopped (ALARM_ACTIVE)');
    // The rollback deployment links back to the one it rolled back.
    const rb = timelineData(s, pickDeployment(s.codedeploy.deployments, rollback.deploymentId!)!);
    expect(rb.marks.find((m) => m.kind === 'rollback')!.deploymentId).toBe(id);
    // ...and its plan is one step to 100 %, not the group's canary (rollback-is-new-deployment).
    expect(rb.isRollback).toBe(true);
    expect(rb.planned).toEqual([{ atMs: 0, weight: 1 }]);
  });

  it('draws the deployment in progress when none is chosen', async () => {
    const w = createWorld({ seed: 3 });
    defaultSetup(w);
    const v = await publishFixedVersion(w);
    const id = await startDefaultDeployment(w, v, 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute');
    w.advance(MIN);
    expect(pickDeployment(w.snapshot().codedeploy.deployments, null)?.deploymentId).toBe(id);
    expect(pickDeployment(w.snapshot().codedeploy.deployments, 'd-UNKNOWN')?.deploymentId).toBe(id);
  });

  it('shows environments per version, with the alias share that sends traffic there', async () => {
    const { w } = await faultyCanaryWorld();
    const fn = w.snapshot().lambda.functions[0];
    const rows = environmentsRows(fn!);
    expect(rows.map((r) => r.version)).toEqual(['1', '2']);
    expect(rows[0]!.servedBy).toEqual(['live 100 %']);
    expect(rows[0]!.coldStartsTotal).toBeGreaterThan(0);
    expect(rows[0]!.approximate).toBe(false);
  });
});
