import { describe, expect, it } from 'vitest';
import { waitUntilFunctionReady } from '../../../../src/sim/lambda/waitUntilReady';
import { createWorld, type LogEntry } from '../../../../src/sim';
import { defaultSetup, startDefaultDeployment } from '../../../../src/ui/lab/defaultSetup';
import { momentOf, momentsAfter, OutcomeAnnouncer, type Moment } from '../../../../src/ui/lab/moments';

const entry = (type: string, message: string, extra: Partial<LogEntry> = {}): LogEntry => ({
  seq: 1,
  time: 0,
  service: 'codedeploy',
  type,
  message,
  ...extra,
});

describe('moments that matter, read from the event log', () => {
  it('a canary of a faulty version: started, shifted to 10 %, alarm, stopped, rolled back, alarm back to OK — in that order', async () => {
    const world = createWorld({ seed: 42 });
    defaultSetup(world);
    const before = world.log.entries().at(-1)!.seq;
    await startDefaultDeployment(world, '2', 'CodeDeployDefault.LambdaCanary10Percent5Minutes');
    world.advance(5 * 60_000);
    const kinds = momentsAfter(world.log.entries(), before).map((m) => m.kind);
    expect(kinds).toEqual([
      'deployment-started',
      'traffic-shifted',
      'alarm-changed',
      'deployment-stopped',
      'rolled-back',
      // Once version 1 serves everything again, the alarm's next minute is clean.
      'alarm-changed',
    ]);
    const shift = momentsAfter(world.log.entries(), before).find((m) => m.kind === 'traffic-shifted')!;
    expect(shift.announce).toBe('Shifted to 10 % on version 2');
    const rollback = momentsAfter(world.log.entries(), before).find((m) => m.kind === 'rolled-back')!;
    expect(rollback.announce).toBe('Rollback complete');
    expect(rollback.docUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/codedeploy\//);
  });

  it('a healthy canary ends with two shifts and a success, and the new alarm settling to OK is not a moment', async () => {
    const world = createWorld({ seed: 42 });
    defaultSetup(world);
    await world.lambda.updateFunctionCode({ FunctionName: 'orders', ZipFile: '{"errorRate":0,"durationMs":100}' });
    // A new version can be published only once the code update has finished (function states).
    waitUntilFunctionReady(world, 'orders');
    await world.lambda.publishVersion({ FunctionName: 'orders' });
    await startDefaultDeployment(world, '3', 'CodeDeployDefault.LambdaCanary10Percent5Minutes');
    world.advance(7 * 60_000);
    const moments = momentsAfter(world.log.entries());
    expect(moments.map((m) => m.kind)).toEqual([
      'deployment-started',
      'traffic-shifted',
      'traffic-shifted',
      'deployment-succeeded',
    ]);
    expect(moments.map((m) => m.announce)).toContain('Shifted to 100 % on version 3');
  });

  it.each<[string, string, Moment['kind'] | null]>([
    ['hook.invoked', 'CodeDeploy invoked hook preTraffic for BeforeAllowTraffic.', 'hook-invoked'],
    ['hook.reported', 'Hook preTraffic reported Succeeded for BeforeAllowTraffic of d-1.', 'hook-reported'],
    ['hook.timeout', 'BeforeAllowTraffic hook preTraffic did not report within one hour.', 'hook-timed-out'],
    ['hook.failed', 'BeforeAllowTraffic failed: the hook reported Failed → deployment d-1 failed.', 'hook-failed'],
    ['alarm.state', 'Alarm a went from ALARM to OK: …', 'alarm-changed'],
    ['alarm.state', 'Alarm a went from INSUFFICIENT_DATA to OK: …', null],
    ['environment.coldStarts', 'Version 1 is starting new execution environments.', null],
  ])('%s “%s” → %s', (type, message, kind) => {
    expect(momentOf(entry(type, message))?.kind ?? null).toBe(kind);
  });

  it('a hook that reports Failed is shown as an error, one that reports Succeeded is not', () => {
    expect(momentOf(entry('hook.reported', 'Hook h reported Failed for AfterAllowTraffic of d-1.'))?.tone).toBe(
      'error',
    );
    expect(momentOf(entry('hook.reported', 'Hook h reported Succeeded for AfterAllowTraffic of d-1.'))?.tone).toBe(
      'info',
    );
  });

  it('keeps the narration’s rule and AWS link for the callout', () => {
    const m = momentOf(
      entry('deployment.alarm', 'Alarm x entered ALARM at 10 % → deployment d-1 stopped.', {
        rule: 'An alarm in ALARM stops the deployment; INSUFFICIENT_DATA does not.',
        docUrl: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-create-alarms.html',
        refs: { deploymentId: 'd-1' },
      }),
    )!;
    expect(m.title).toBe('Deployment d-1 stopped by an alarm');
    expect(m.rule).toBe('An alarm in ALARM stops the deployment; INSUFFICIENT_DATA does not.');
    expect(m.docUrl).toBe('https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-create-alarms.html');
  });
});

describe('outcome announcements', () => {
  const moment = (announce: string): Moment => ({
    kind: 'traffic-shifted',
    seq: 1,
    time: 0,
    title: announce,
    what: announce,
    announce,
    tone: 'info',
  });

  it('announces each outcome on its own, in order, one per gap, and drops none however many arrive at once', () => {
    const a = new OutcomeAnnouncer(1_500);
    a.offer(['Deployment started', 'Shifted to 10 % on version 2', 'Alarm in ALARM', 'Rollback complete'].map(moment));
    const heard: (string | null)[] = [];
    for (let t = 0; t <= 6_000; t += 500) heard.push(a.next(t));
    expect(heard.filter(Boolean)).toEqual([
      'Deployment started',
      'Shifted to 10 % on version 2',
      'Alarm in ALARM',
      'Rollback complete',
    ]);
    // 0 ms, then 1.5 s, 3 s and 4.5 s: never two inside one gap.
    expect(heard.map((h, i) => (h ? i * 500 : null)).filter((t) => t !== null)).toEqual([0, 1_500, 3_000, 4_500]);
  });

  it('forgets what was waiting after a restart', () => {
    const a = new OutcomeAnnouncer(1_000);
    a.offer([moment('one'), moment('two')]);
    expect(a.next(0)).toBe('one');
    a.reset();
    expect(a.next(5_000)).toBeNull();
  });
});
