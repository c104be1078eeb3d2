#!/usr/bin/env node
// Lab frame budget: the Lab page under load. Builds the app into a temporary folder, starts its own
// `vite preview` on port 4180 (stopped at the end), opens /lab?rate=1000 in Debian's Chromium, starts
// a canary deployment, plays at 600× for 10 s of real time and measures requestAnimationFrame deltas
// and long tasks (> 50 ms, PerformanceObserver 'longtask'). Prints one JSON object on its last line.
import { chromium } from '@playwright/test';
import { chromiumPath, quantile, round, startPreview } from './_preview.mjs';
import { goal } from './_goals.mjs';

const PORT = 4180;
const RATE = 1000;
const MEASURE_MS = 10_000;

const preview = await startPreview(PORT);
let result;
const browser = await chromium.launch({ executablePath: chromiumPath() });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
  await page.goto(`${preview.url}/lab?rate=${RATE}`);
  await page.getByRole('button', { name: 'Start deployment' }).waitFor();
  await page.getByTestId('deployment-config').selectOption('CodeDeployDefault.LambdaLinear10PercentEvery1Minute');
  await page.getByTestId('target-version').selectOption('2');
  await page.getByRole('button', { name: 'Start deployment' }).click();
  await page.getByRole('button', { name: '600×' }).click();
  // Measure the run itself, not a run paused at each shift's callout (moments that matter).
  await page.getByTestId('auto-pause').uncheck();
  await page.evaluate(() => {
    const w = window;
    w.__frames = [];
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.duration > 50) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
    let last;
    const loop = (t) => {
      if (last !== undefined) w.__frames.push(t - last);
      last = t;
      if (!w.__stopFrames) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await page.getByTestId('play-toggle').click();
  await page.waitForTimeout(MEASURE_MS);
  const measured = await page.evaluate(() => {
    window.__stopFrames = true;
    return {
      frames: window.__frames,
      longTasks: window.__longTasks,
      simTime: document.querySelector('[data-testid="sim-time"]')?.textContent,
    };
  });
  await page.getByTestId('play-toggle').click();
  const sorted = [...measured.frames].sort((a, b) => a - b);
  result = {
    page: `/lab?rate=${RATE}`,
    speed: 600,
    measuredMs: MEASURE_MS,
    frames: sorted.length,
    medianFrameMs: round(quantile(sorted, 0.5)),
    p95FrameMs: round(quantile(sorted, 0.95)),
    maxFrameMs: round(sorted[sorted.length - 1] ?? null),
    longTasksOver50ms: measured.longTasks.length,
    longestTaskMs: round(measured.longTasks.length ? Math.max(...measured.longTasks) : 0),
    simulatedClockAtEnd: measured.simTime,
    // Issue 14/5 goals: a 60 fps median, and no main-thread task long enough to drop frames visibly.
    goals: [
      goal('medianFrameMs', round(quantile(sorted, 0.5)), '<=', 16.7, 'ms'),
      goal('p95FrameMs', round(quantile(sorted, 0.95)), '<=', 33.4, 'ms'),
      goal('longestTaskMs', round(measured.longTasks.length ? Math.max(...measured.longTasks) : 0), '<=', 50, 'ms'),
    ],
  };
} finally {
  await browser.close();
  preview.stop();
}
console.log(JSON.stringify(result));
