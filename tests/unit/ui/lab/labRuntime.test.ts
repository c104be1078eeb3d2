import { describe, expect, it } from 'vitest';
import { LabRuntime } from '../../../../src/ui/lab/labRuntime.svelte';
import { DEFAULT_START_TIME } from '../../../../src/sim';

function fakeFrames() {
  const queue: ((t: number) => void)[] = [];
  return {
    frames: { request: (cb: (t: number) => void) => queue.push(cb), cancel: () => undefined },
    /** Runs the pending frame callback at real time t (ms). */
    fire(t: number) {
      const cb = queue.shift();
      cb?.(t);
    },
  };
}

describe('LabRuntime: the Lab page drives simulated time, the model does not', () => {
  it('advances simulated time by real elapsed time × speed while playing', async () => {
    const f = fakeFrames();
    // A frozen real clock: the frame budget never runs out, whatever else the machine is doing.
    const rt = new LabRuntime({ seed: 7, frames: f.frames, realNow: () => 0 });
    await rt.init();
    rt.setSpeed(60);
    rt.play();
    f.fire(1000); // first frame only sets the reference time
    f.fire(1100); // 100 ms real × 60 = 6 s simulated
    expect(rt.live.time - DEFAULT_START_TIME).toBe(6_000);
    rt.pause();
    f.fire(1200);
    expect(rt.live.time - DEFAULT_START_TIME).toBe(6_000);
  });

  it('records time-travel frames and shows an earlier frame when scrubbed back', async () => {
    const rt = new LabRuntime({ seed: 1, historyEveryMs: 10_000 });
    await rt.init();
    rt.step(60_000);
    expect(rt.history.length).toBe(7); // t=0 and every 10 s up to 60 s
    rt.scrubTo(DEFAULT_START_TIME + 25_000);
    expect(rt.view.time).toBe(DEFAULT_START_TIME + 20_000);
    rt.scrubTo(null);
    expect(rt.view.time).toBe(DEFAULT_START_TIME + 60_000);
  });

  it('restarts on a fresh world with the same seed and runs the setup again', async () => {
    let setups = 0;
    const rt = new LabRuntime({ seed: 9, setup: () => void setups++ });
    await rt.init();
    rt.step(30_000);
    await rt.restart();
    expect(setups).toBe(2);
    expect(rt.live.time).toBe(DEFAULT_START_TIME);
    expect(rt.seed).toBe(9);
  });

  it('reports a setup that throws instead of crashing the page', async () => {
    const rt = new LabRuntime({
      setup: () => {
        throw new Error('Template line 3: bad indentation');
      },
    });
    await rt.init();
    expect(rt.setupError).toBe('Template line 3: bad indentation');
    expect(rt.ready).toBe(true);
  });

  it('keeps each animation frame short: a busy world advances less than speed asks, and says how fast it really ran', async () => {
    const f = fakeFrames();
    let real = 0;
    // Every look at the real clock costs 6 ms, so a 10 ms budget allows two one-second slices.
    const rt = new LabRuntime({ seed: 7, frames: f.frames, frameBudgetMs: 10, realNow: () => (real += 6) });
    await rt.init();
    rt.setSpeed(600);
    rt.play();
    f.fire(1000);
    f.fire(1100); // asks for 100 ms × 600 = 60 s of simulated time
    expect(rt.live.time - DEFAULT_START_TIME).toBe(2_000);
    expect(rt.achievedSpeed).toBe(20);
    rt.pause();
  });
});

describe('LabRuntime: moments that matter pause the run', () => {
  async function canaryOfTheFaultyVersion(autoPause: boolean) {
    const { defaultSetup, startDefaultDeployment } = await import('../../../../src/ui/lab/defaultSetup');
    const f = fakeFrames();
    const rt = new LabRuntime({ seed: 42, frames: f.frames, setup: (w) => defaultSetup(w), realNow: () => 0 });
    await rt.init();
    rt.setAutoPause(autoPause);
    await startDefaultDeployment(rt.world, '2', 'CodeDeployDefault.LambdaCanary10Percent5Minutes');
    await Promise.resolve(); // the click's moments are published once the action has finished
    return { rt, f };
  }

  it('opens a callout when a deployment starts, and pauses at the alarm, the stop and the rollback', async () => {
    const { rt, f } = await canaryOfTheFaultyVersion(true);
    expect(rt.callout.map((m) => m.kind)).toEqual(['deployment-started', 'traffic-shifted']);
    rt.setSpeed(600);
    rt.continueRun();
    expect(rt.callout).toEqual([]);
    let t = 0;
    while (rt.playing && t < 100_000) f.fire((t += 100));
    expect(rt.playing).toBe(false);
    expect(rt.callout.map((m) => m.kind)).toEqual(['alarm-changed', 'deployment-stopped', 'rolled-back']);
    // Paused where it happened: the first whole minute of the canary is when the alarm evaluates it.
    expect(rt.live.time - DEFAULT_START_TIME).toBeLessThanOrEqual(70_000 + 1_000);
    expect(rt.live.codedeploy.deployments[0]!.status).toBe('Stopped');
  });

  it('with auto-pause off, plays on through every moment but still records them for announcements', async () => {
    const { rt, f } = await canaryOfTheFaultyVersion(false);
    rt.setSpeed(600);
    rt.play();
    for (let t = 100; t <= 3_000; t += 100) f.fire(t);
    expect(rt.playing).toBe(true);
    expect(rt.callout).toEqual([]);
    expect(rt.moments.map((m) => m.kind)).toEqual([
      'deployment-started',
      'traffic-shifted',
      'alarm-changed',
      'deployment-stopped',
      'rolled-back',
      // Once version 1 serves everything again, the alarm's next minute is clean.
      'alarm-changed',
    ]);
  });
});
