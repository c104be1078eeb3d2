#!/usr/bin/env node
// Runs every check in order and fails if any fails or runs no test: format, types, lint, unit, e2e.
import { spawnSync } from 'node:child_process';

const steps = [
  ['format (prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['types (svelte-check)', 'npm', ['run', '-s', 'check']],
  ['lint (eslint)', 'npm', ['run', '-s', 'lint']],
  ['unit (vitest)', 'npx', ['vitest', 'run']],
  ['e2e (playwright)', 'npx', ['playwright', 'test']],
];

const results = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '1' } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 100) / 10 });
  if (!ok) break;
}
console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${r.seconds}s)`);
// Steps after a failure do not run; they count as failed, so the suite never passes with one skipped.
for (const [name] of steps.slice(results.length)) console.log(`NOT RUN  ${name}  (an earlier step failed)`);
const passed = results.filter((r) => r.ok).length;
const failed = steps.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
