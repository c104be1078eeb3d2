// Store figures: median time to record one answer (attempt + FSRS card update, one transaction) and
// time to compute the dashboard from 20,000 attempts. fake-indexeddb stands in for the browser's
// IndexedDB, so absolute numbers are indicative; the goals are ≤ 5 ms and ≤ 200 ms.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { createProgressStore } from '../src/store';
import type { AttemptRecord, DescribeItem, ReviewCardRecord } from '../src/store';
import { reviewCard, ratingForAnswer } from '../src/store/reviewScheduling';
import { goal } from './_goals.mjs';

const day = 86_400_000;
const start = Date.parse('2026-01-01T08:00:00Z');
const topics = [
  'versions-aliases',
  'weighted-routing',
  'codedeploy-configs',
  'sam-cloudformation',
  'hooks',
  'alarms-rollback',
  'provisioned-concurrency',
  'metrics',
  'pipeline-design',
  'traps',
];
const traps = [
  'latest-wiring',
  'hook-never-reports',
  'pc-on-old-version',
  'alarm-wrong-dimension',
  'stop-without-rollback',
  'second-deployment-limit',
];
const questionCount = 300;
const describeItem: DescribeItem = (id) => {
  const n = Number(id.slice(1));
  return { topic: topics[n % topics.length]!, traps: n % 3 === 0 ? [traps[n % traps.length]!] : [] };
};

// Deterministic pseudo-random sequence (bench must be repeatable).
let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function recordAnswerFigure() {
  const store = await createProgressStore({ name: 'bench-record', describeItem });
  const timings: number[] = [];
  for (let i = 0; i < 200; i++) {
    const now = new Date(start + i * 30_000);
    const t = performance.now();
    await store.recordAttempt(now, {
      itemId: `q${i % 60}`,
      chosenOptionIds: ['a'],
      correct: random() > 0.3,
      durationMs: 20_000 + random() * 100_000,
      mode: 'drill',
    });
    timings.push(performance.now() - t);
  }
  store.close();
  return {
    medianMs: round(median(timings)),
    p95Ms: round([...timings].sort((a, b) => a - b)[Math.floor(timings.length * 0.95)]!),
    answers: timings.length,
  };
}

async function dashboardFigure() {
  const store = await createProgressStore({ name: 'bench-dashboard', describeItem });
  const attempts: AttemptRecord[] = [];
  const cards = new Map<string, ReviewCardRecord>();
  for (let i = 0; i < 20_000; i++) {
    const at = start + Math.floor((i / 20_000) * 300 * day);
    const itemId = `q${Math.floor(random() * questionCount)}`;
    const correct = random() > 0.35;
    const durationMs = 15_000 + random() * 100_000;
    attempts.push({ id: `a${i}`, itemId, chosenOptionIds: ['a'], correct, durationMs, mode: 'drill', at });
    cards.set(
      itemId,
      reviewCard(cards.get(itemId), 'question', itemId, ratingForAnswer(correct, durationMs), new Date(at)),
    );
  }
  // Loaded through import, the path that also builds the dashboard's summaries.
  const document = {
    format: 'canary-lab-progress',
    version: 1,
    exportedAt: new Date(start).toISOString(),
    schemaVersion: 2,
    data: {
      attempts,
      reviewCards: [...cards.values()],
      scenarioRuns: [],
      notesRead: [],
      examSessions: [],
      settings: [],
      meta: [],
    },
  };
  const importStart = performance.now();
  await store.importApply(await store.importPreview(JSON.stringify(document)));
  const importMs = performance.now() - importStart;
  const now = new Date(start + 300 * day);
  await store.dashboard(now, { utcOffsetMinutes: 0 }); // warm-up (JIT), not counted
  const timings: number[] = [];
  let summary = { topics: 0, traps: 0, activityDays: 0 };
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    const dashboard = await store.dashboard(now, { utcOffsetMinutes: 0 });
    timings.push(performance.now() - t);
    summary = {
      topics: dashboard.masteryByTopic.length,
      traps: dashboard.masteryByTrap.length,
      activityDays: dashboard.activity.length,
    };
  }
  store.close();
  return {
    medianMs: round(median(timings)),
    attempts: attempts.length,
    cards: cards.size,
    runs: timings.length,
    importMs: round(importMs),
    ...summary,
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

const recordAnswer = await recordAnswerFigure();
const dashboard = await dashboardFigure();
console.log(
  JSON.stringify({
    backend: 'fake-indexeddb (Node)',
    recordAnswerMedianMs: recordAnswer.medianMs,
    recordAnswerP95Ms: recordAnswer.p95Ms,
    recordAnswerGoalMs: 5,
    dashboard20kAttemptsMs: dashboard.medianMs,
    dashboardGoalMs: 200,
    details: { recordAnswer, dashboard },
    goals: [
      goal('recordAnswerMedianMs', recordAnswer.medianMs, '<=', 5, 'ms'),
      goal('dashboard20kAttemptsMs', dashboard.medianMs, '<=', 200, 'ms'),
    ],
  }),
);
