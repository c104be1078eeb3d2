#!/usr/bin/env node
// Lab frame budget: the Lab page under load. Builds the app into a temporary folder, starts its own
// `vite preview` on port 4180 (stopped at the end), opens /lab?rate=1000 in Debian's Chromium, starts
// a canary deployment, plays at 600× for 10 s of real time and measures requestAnimationFrame deltas
// and long tasks (> 50 ms, PerformanceObserver 'longtask'). Prints one JSON object on its last line.
import { spawn, execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 4180;
const RATE = 1000;
const MEASURE_MS = 10_000;
const outDir = mkdtempSync(join(tmpdir(), 'lab-frames-'));

execSync(`npx vite build --outDir ${outDir} --emptyOutDir`, { stdio: ['ignore', 'ignore', 'inherit'] });
const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on port ${PORT}`);
}

const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null);
const round = (n) => (n === null ? null : Math.round(n * 100) / 100);

let result;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
try {
  await waitForServer();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
  await page.goto(`http://127.0.0.1:${PORT}/lab?rate=${RATE}`);
  await page.getByRole('button', { name: 'Start deployment' }).waitFor();
  await page.getByTestId('deployment-config').selectOption('CodeDeployDefault.LambdaLinear10PercentEvery1Minute');
  await page.getByTestId('target-version').selectOption('2');
  await page.getByRole('button', { name: 'Start deployment' }).click();
  await page.getByRole('button', { name: '600×' }).click();
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
    return { frames: window.__frames, longTasks: window.__longTasks, simTime: document.querySelector('[data-testid="sim-time"]')?.textContent };
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
    goal: { medianFrameMs: '≤ 16.7 (60 fps)', p95FrameMs: '≤ 33.4', longTasksOver50ms: '0 is the aim; a handful on a shared 2-core machine is tolerable' },
  };
} finally {
  await browser.close();
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    server.kill('SIGTERM');
  }
  rmSync(outDir, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
