import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EnvironmentPool } from '../../../../src/sim/lambda/environments';

// An execution environment serves one request at a time, stays warm for a while afterwards and is
// reused by a later request, or reclaimed (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html).
// The simulator reuses the most recently freed environment first. When a request arrives just as
// one environment finishes, `recycle` hands that environment straight over; this checks it is the
// same as freeing every finished environment and then starting the request on a warm one.

const TEN_MINUTES = 10 * 60_000; // the simulator's keep-warm time (src/sim/lambda/environments.ts)

function pool(durationMs: number, initDurationMs: number) {
  const owner = { onDemandInFlight: 0, provisionedInFlight: 0 };
  const account = { onDemandInFlight: 0 };
  const finished: number[] = [];
  const p = new EnvironmentPool('1', { errorRate: 0, durationMs, initDurationMs }, owner, account, {
    finished: (slot) => finished.push(slot),
  });
  return { p, owner, account, finished };
}

/** Frees what finished by `t`, then starts one request in `slot`, on a warm environment if any. */
function releaseThenStart(x: ReturnType<typeof pool>, now: Float64Array, slot: number) {
  x.p.release(now);
  if (x.p.hasWarm(now)) x.p.runWarm(now, slot);
  else x.p.runCold(now, slot);
}

/** The same request through `recycle` when it applies. */
function recycleOrStart(x: ReturnType<typeof pool>, now: Float64Array, slot: number): boolean {
  const finished = x.p.recycle(now, slot);
  if (finished < 0) {
    releaseThenStart(x, now, slot);
    return false;
  }
  x.finished.push(finished);
  return true;
}

const observed = (x: ReturnType<typeof pool>, t: number) => ({
  busy: x.p.busy,
  idle: x.p.idleCount,
  due: x.p.due,
  coldStarts: x.p.coldStarts,
  initialising: x.p.initialising(t),
  owner: { ...x.owner },
  account: { ...x.account },
  finished: [...x.finished].sort((a, b) => a - b),
});

describe('recycling the environment that finishes as a request arrives', () => {
  it('leaves every environment, counter and finished request as releasing and then starting would', () => {
    const step = fc.record({
      // Mostly steady traffic, sometimes a pause longer than the keep-warm time.
      gap: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: TEN_MINUTES - 300, max: TEN_MINUTES + 300 })),
      slot: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 150 }),
        fc.integer({ min: 0, max: 400 }),
        fc.array(step, { minLength: 1, maxLength: 300 }),
        (durationMs, initDurationMs, steps) => {
          const a = pool(durationMs, initDurationMs);
          const b = pool(durationMs, initDurationMs);
          const now = new Float64Array([1_767_600_000_000]);
          for (const { gap, slot } of steps) {
            now[0] = now[0]! + gap;
            recycleOrStart(a, now, slot);
            releaseThenStart(b, now, slot);
            expect(observed(a, now[0]!)).toEqual(observed(b, now[0]!));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('applies under steady traffic: a request every millisecond takes the environment freed then', () => {
    const a = pool(100, 300);
    const start = 1_767_600_000_000;
    const now = new Float64Array([start]);
    const recycledAt: number[] = [];
    for (let ms = 1; ms <= 1_000; ms++) {
      now[0] = start + ms;
      if (recycleOrStart(a, now, 1)) recycledAt.push(ms);
    }
    // The first 400 requests find nothing free and start new environments (300 ms init + 100 ms
    // run). While those first runs end, reused environments end too (two at once: no hand-over);
    // from 801 ms on exactly one environment finishes each millisecond, as the next request arrives.
    expect(a.p.coldStarts).toBe(400);
    expect(recycledAt.filter((ms) => ms > 800)).toHaveLength(200);
    expect(recycledAt.filter((ms) => ms <= 400)).toHaveLength(0);
  });

  it('does not hand over an environment idle past the keep-warm time', () => {
    const a = pool(100, 300);
    const now = new Float64Array([1_767_600_000_000]);
    recycleOrStart(a, now, 1);
    // It finished 400 ms later and nothing arrived until the keep-warm time had passed.
    now[0] = now[0]! + 400 + TEN_MINUTES;
    expect(a.p.recycle(now, 1)).toBe(-1);
    releaseThenStart(a, now, 1);
    expect(a.p.coldStarts).toBe(2);
  });
});
