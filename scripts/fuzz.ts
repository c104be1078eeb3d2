/**
 * `npm run fuzz`: every input surface a learner or a stranger controls, at scale, with fixed seeds
 * (issue 21 item 7). Not part of `npm test` (the unit tests run a small sample of the same
 * generators and checks, from scripts/fuzz/surfaces.ts). Prints one JSON report of counts and
 * findings and exits 1 when any check was violated.
 *   npx tsx scripts/fuzz.ts [cli|templates|imports|links|markdown] [--scale 0.1]
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { parse } from 'yaml';
import {
  checkCliLine,
  checkMarkdown,
  checkProgressFile,
  checkShareLink,
  checkTemplate,
  cliLine,
  cliWorld,
  markdownDoc,
  progressFile,
  shareLinks,
  template,
} from './fuzz/surfaces';
import type { AnyScenarioDef } from '../src/scenario/custom';

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--scale');

interface SurfaceReport {
  inputs: number;
  violations: number;
  seconds: number;
  /** The slowest single input, in ms: a hang shows here. */
  slowestMs: number;
  findings: { finding: string; input: string }[];
}

const report: Record<string, SurfaceReport> = {};

async function surface<T>(
  name: string,
  count: number,
  seed: number,
  arbitrary: fc.Arbitrary<T>,
  check: (input: T, index: number) => string | undefined | Promise<string | undefined>,
  show: (input: T) => string = (i) => String(i),
) {
  if (only.length > 0 && !only.includes(name)) return;
  const n = Math.max(1, Math.round(count * scale));
  const r: SurfaceReport = { inputs: 0, violations: 0, seconds: 0, slowestMs: 0, findings: [] };
  const started = performance.now();
  const batch = 1000;
  for (let done = 0; done < n; done += batch) {
    const inputs = fc.sample(arbitrary, { numRuns: Math.min(batch, n - done), seed: seed + done });
    for (const [i, input] of inputs.entries()) {
      const t = performance.now();
      const finding = await check(input, done + i);
      r.slowestMs = Math.max(r.slowestMs, Math.round(performance.now() - t));
      r.inputs++;
      if (finding) {
        r.violations++;
        if (r.findings.length < 10) r.findings.push({ finding, input: show(input).slice(0, 400) });
      }
    }
    process.stderr.write(`\r${name}: ${r.inputs}/${n}   `);
  }
  r.seconds = Math.round((performance.now() - started) / 100) / 10;
  process.stderr.write('\n');
  report[name] = r;
}

// CLI lines: a fresh world every 200 lines keeps each world small.
let world = cliWorld();
await surface('cli', 100_000, 2101, cliLine, async (line, i) => {
  if (i % 200 === 0) world = cliWorld();
  return checkCliLine(world, line);
});

await surface(
  'templates',
  10_000,
  2102,
  fc.tuple(template, fc.boolean()),
  // Every 20th failed deploy is followed by the original template, which must still deploy.
  ([text, update], i) => checkTemplate(text, update, i % 20 === 0),
  ([text]) => text,
);

await surface('imports', 10_000, 2103, progressFile, (text) => checkProgressFile(text));

const scenarios = ['latest-wiring', 'pc-on-alias', 'slow-bug-canary-vs-linear'].map(
  (id) => parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8')) as AnyScenarioDef,
);
await surface(
  'links',
  12_000,
  2104,
  fc.oneof(...scenarios.map((s) => shareLinks(s))),
  (link) => checkShareLink(link),
  (link) => link.slice(0, 200),
);

// Markdown is sanitised by DOMPurify, which needs a DOM: jsdom's, as in the unit tests.
const dom = new JSDOM('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { window: dom.window, document: dom.window.document });
const { renderMarkdown } = await import('../src/content/markdown');
await surface('markdown', 2_500, 2105, markdownDoc, (md) => checkMarkdown(renderMarkdown, md));

const violations = Object.values(report).reduce((s, r) => s + r.violations, 0);
console.log(JSON.stringify({ scale, seeds: '2101–2105', surfaces: report, violations }, null, 2));
process.exit(violations > 0 ? 1 : 0);
