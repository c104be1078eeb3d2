import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/sim/core/rng';
import { captureMetrics, createFn, newWorld } from './helpers';

// Each request to a version fails independently with the version's error rate: the per-request
// model is a Bernoulli trial per request. The simulator draws, instead, how many requests succeed
// before the next failure (a geometric draw per failure), which must give the same distribution of
// every count. These tests state that distribution from probability theory, independently of the
// simulator's code:
// - failures before the first success of Bernoulli(p) trials: mean (1 − p)/p, variance (1 − p)/p²;
// - failures among m requests: Binomial(m, p), mean m·p, variance m·p·(1 − p);
// - switches between a failed and a succeeded request in a sequence of m: mean 2(m − 1)·p·(1 − p).

/** Mean and (unbiased) variance of a sample. */
function moments(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

describe('drawing function errors (same distribution as one draw per request)', () => {
  it.each([0.001, 0.05, 0.3, 0.9])('counts the successes before a failure geometrically at p = %s', (p) => {
    const rng = createRng(7);
    const n = 200_000;
    const draws = Array.from({ length: n }, () => rng.trialsBefore(p));
    const { mean, variance } = moments(draws);
    const expectedMean = (1 - p) / p;
    const expectedVariance = (1 - p) / p ** 2;
    // Five standard errors of the sample mean.
    expect(Math.abs(mean - expectedMean)).toBeLessThan(5 * Math.sqrt(expectedVariance / n));
    expect(variance / expectedVariance).toBeGreaterThan(0.95);
    expect(variance / expectedVariance).toBeLessThan(1.05);
    // P(no failure before the first success) = p.
    const zeros = draws.filter((d) => d === 0).length / n;
    expect(Math.abs(zeros - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
  });

  it('never fails at an error rate of 0 and always fails at 1', () => {
    const rng = createRng(3);
    expect(rng.trialsBefore(0)).toBe(Infinity);
    expect(rng.trialsBefore(1)).toBe(0);
  });

  it('gives CloudWatch a binomial number of Errors per minute, over many seeds', () => {
    const p = 0.2;
    const rate = 50; // requests per second: 3,000 in each full minute
    const perMinute: number[] = [];
    const m = rate * 60;
    for (let seed = 1; seed <= 120; seed++) {
      const w = newWorld(seed);
      const data = captureMetrics(w);
      createFn(w, 'my-fn', { errorRate: p });
      w.traffic.start({ source: 'ApiGateway', target: 'my-fn', ratePerSecond: rate });
      w.advance(3 * 60_000);
      // Full minutes only: the first minute holds the requests after the start.
      const full = data.filter((d) => d.MetricName === 'Invocations' && d.Dimensions.length === 1 && d.Sum === m);
      const errors = data.filter((d) => d.MetricName === 'Errors' && d.Dimensions.length === 1);
      for (const inv of full) perMinute.push(errors.find((e) => e.Timestamp === inv.Timestamp)?.Sum ?? 0);
    }
    expect(perMinute.length).toBeGreaterThanOrEqual(200);
    const { mean, variance } = moments(perMinute);
    const expectedMean = m * p; // 600
    const expectedVariance = m * p * (1 - p); // 480
    expect(Math.abs(mean - expectedMean)).toBeLessThan(5 * Math.sqrt(expectedVariance / perMinute.length));
    // The sample variance of n normal-ish values has a standard error of σ²·√(2/(n − 1)).
    const se = expectedVariance * Math.sqrt(2 / (perMinute.length - 1));
    expect(Math.abs(variance - expectedVariance)).toBeLessThan(4 * se);
  });

  it('fails Invoke calls independently of one another (no clumping, no alternation)', () => {
    const p = 0.3;
    const m = 4000;
    const w = newWorld(11);
    createFn(w, 'my-fn', { errorRate: p });
    const failed = Array.from({ length: m }, () => {
      w.advance(100); // a client calling ten times a second, well inside Invoke's request rate
      return w.lambda.invoke({ FunctionName: 'my-fn' }).FunctionError !== undefined;
    });
    const share = failed.filter(Boolean).length / m;
    expect(Math.abs(share - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / m));
    let switches = 0;
    for (let i = 1; i < m; i++) if (failed[i] !== failed[i - 1]) switches++;
    const expected = 2 * (m - 1) * p * (1 - p); // ≈ 1,680
    // A generous band (about five standard deviations): clumped or alternating failures fall far outside.
    expect(Math.abs(switches - expected)).toBeLessThan(5 * Math.sqrt(expected));
  });
});
