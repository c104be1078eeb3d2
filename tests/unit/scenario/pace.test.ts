// Running a scenario in slices of simulated time (issue 21 item 4): the run hands the page back between
// slices, stops within one slice when cancelled, and ends exactly where a run in one go ends.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/sim';
import { loadScenarios } from '../../../src/scenario/catalog';
import { runScenario, setUpScenario } from '../../../src/scenario/runner';
import { isCancelled, sliced } from '../../../src/scenario/pace';
import { checkScenarioHeadless } from '../../../src/scenario/headlessCheck';

const MINUTE = 60_000;

describe('a sliced run', () => {
  it('gives the page a turn after every slice of simulated time', async () => {
    const world = createWorld({ seed: 1 });
    const start = world.clock.now();
    const seenAt: number[] = [];
    const pace = sliced({
      maxSliceMs: MINUTE,
      workMsPerTurn: 0,
      yieldNow: async () => void seenAt.push(world.clock.now() - start),
    });
    await pace.advance(world, 5 * MINUTE);
    // No traffic: five one-minute slices, the page's turn after each.
    expect(seenAt).toEqual([1, 2, 3, 4, 5].map((m) => m * MINUTE));
  });

  it('gives the page a turn once per workMsPerTurn of work, not after every short slice', async () => {
    const world = createWorld({ seed: 1 });
    const start = world.clock.now();
    let wallMs = 0;
    const turnsAt: number[] = [];
    const pace = sliced({
      maxSliceMs: MINUTE,
      workMsPerTurn: 10,
      now: () => wallMs,
      // Each one-minute slice "costs" 4 ms of work on this fake wall clock.
      onProgress: () => void (wallMs += 4),
      yieldNow: async () => void turnsAt.push((world.clock.now() - start) / MINUTE),
    });
    await pace.advance(world, 9 * MINUTE);
    // 4 + 4 + 4 = 12 ms ≥ 10 ms: a turn after every third slice.
    expect(turnsAt).toEqual([3, 6, 9]);
  });

  it('makes slices shorter as traffic grows, so one slice never runs more than its share of requests', async () => {
    // latest-wiring's world, its own traffic replaced by one source of 2,000 requests/s.
    const world = createWorld({ seed: 1 });
    await setUpScenario(
      world,
      loadScenarios().find((s) => s.id === 'latest-wiring')!,
    );
    const [own] = world.traffic.snapshot().sources;
    for (const s of world.traffic.snapshot().sources) world.traffic.stop(s.id);
    world.traffic.start({ source: 'Client', target: own!.target, ratePerSecond: 2_000 });
    const seenAt: number[] = [];
    const pace = sliced({
      requestsPerSlice: 20_000,
      workMsPerTurn: 0,
      yieldNow: async () => void seenAt.push(world.clock.now()),
    });
    const start = world.clock.now();
    await pace.advance(world, MINUTE);
    // 2,000 requests/s × 10 s = 20,000 requests: six slices of 10 s for the minute.
    expect(seenAt.map((t) => t - start)).toEqual([10_000, 20_000, 30_000, 40_000, 50_000, 60_000]);
  });

  it('stops within one slice when cancelled, and says it was cancelled', async () => {
    const world = createWorld({ seed: 1 });
    const start = world.clock.now();
    const controller = new AbortController();
    let turns = 0;
    const pace = sliced({
      signal: controller.signal,
      maxSliceMs: MINUTE,
      workMsPerTurn: 0,
      yieldNow: async () => {
        turns++;
        if (turns === 2) controller.abort();
      },
    });
    const error = await pace.advance(world, 60 * MINUTE).catch((e: unknown) => e);
    expect(isCancelled(error, controller.signal)).toBe(true);
    // Cancel came during the page's turn after the second minute: no third minute ran.
    expect(world.clock.now() - start).toBe(2 * MINUTE);
  });

  it('reports the simulated time run so far after each slice', async () => {
    const world = createWorld({ seed: 1 });
    const reported: number[] = [];
    const pace = sliced({
      maxSliceMs: MINUTE,
      yieldNow: async () => {},
      onProgress: ({ doneMs }) => reported.push(doneMs),
    });
    await pace.advance(world, 90_000);
    await pace.advance(world, 30_000);
    expect(reported).toEqual([MINUTE, 90_000, 120_000]);
  });
});

describe('a built-in scenario run in slices ends exactly where a run in one go ends', () => {
  // Odd slice lengths (7 s, or less under traffic) that never line up with the 10 s check interval.
  const tiny = () => sliced({ maxSliceMs: 7_000, requestsPerSlice: 700, yieldNow: async () => {} });

  for (const def of loadScenarios()) {
    it(def.id, async () => {
      for (const fix of ['reference', 'wrong'] as const) {
        const whole = await runScenario(def, { seed: 42, fix });
        const inSlices = await runScenario(def, { seed: 42, fix, pace: tiny() });
        expect(inSlices.trap, `${fix}: trap`).toEqual(whole.trap);
        expect(inSlices.fix?.goal, `${fix}: goal`).toEqual(whole.fix?.goal);
        expect(inSlices.world.clock.now(), `${fix}: clock`).toBe(whole.world.clock.now());
        expect(inSlices.world.snapshot(), `${fix}: world`).toEqual(whole.world.snapshot());
        expect(inSlices.world.log.entries(), `${fix}: event log`).toEqual(whole.world.log.entries());
      }
    });
  }
});

describe('Validate in slices', () => {
  const def = loadScenarios().find((s) => s.id === 'latest-wiring')!;

  it('comes back "cancelled" when Cancel is pressed mid-run, and decides nothing', async () => {
    const controller = new AbortController();
    let turns = 0;
    const verdict = await checkScenarioHeadless(def, 42, {
      signal: controller.signal,
      workMsPerTurn: 0,
      yieldNow: async () => {
        if (++turns === 3) controller.abort();
      },
    });
    expect(verdict).toEqual({ kind: 'cancelled' });
  });

  it('reports growing progress that never passes the total it announced', async () => {
    const seen: { doneMs: number; totalMs: number }[] = [];
    const verdict = await checkScenarioHeadless(def, 42, {
      yieldNow: async () => {},
      onProgress: (p) => seen.push(p),
    });
    expect(verdict.kind).toBe('ran');
    expect(seen.length).toBeGreaterThan(0);
    const total = seen[0]!.totalMs;
    expect(seen.every((p) => p.totalMs === total)).toBe(true);
    const done = seen.map((p) => p.doneMs);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)!).toBeLessThanOrEqual(total);
  });
});
