#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/ and prints one JSON document of figures, plus a
// line per goal on stderr. Convention: each bench/*.ts or bench/*.mjs prints a JSON object as the
// last line of its stdout, with a `goals` array made by bench/_goals.mjs; it is merged under the
// file's base name. Exits 1 when a benchmark fails, reports no goal, or misses one.
// `node scripts/bench.mjs sim lab-frames` runs only those.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const dir = 'bench';
const files = readdirSync(dir)
  .filter((f) => /\.(ts|mjs)$/.test(f) && !f.startsWith('_'))
  .sort();
const only = process.argv.slice(2);
const unknown = only.filter((name) => !files.some((f) => basename(f, extname(f)) === name));
if (unknown.length) {
  console.error(
    `bench: no benchmark named ${unknown.join(', ')} (have: ${files.map((f) => basename(f, extname(f))).join(', ')})`,
  );
  process.exit(2);
}
const figures = { generatedAt: new Date().toISOString(), node: process.version };
const lines = [];
let failed = 0;
for (const f of files) {
  const name = basename(f, extname(f));
  if (only.length && !only.includes(name)) continue;
  // --expose-gc so that heap figures are taken after a real collection.
  const args = f.endsWith('.ts') ? ['--expose-gc', '--import', 'tsx', join(dir, f)] : ['--expose-gc', join(dir, f)];
  process.stderr.write(`bench: ${name}…\n`);
  const r = spawnSync('node', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: process.env });
  const out = (r.stdout ?? '').trim().split('\n');
  try {
    if (r.status !== 0) throw new Error(`exit ${r.status}: ${(r.stderr ?? '').slice(-2000)}`);
    const result = JSON.parse(out[out.length - 1]);
    figures[name] = result;
    if (!Array.isArray(result.goals) || result.goals.length === 0) throw new Error('reported no goal');
    for (const g of result.goals) {
      if (!g.met) failed++;
      lines.push(`${g.met ? 'MET   ' : 'MISSED'}  ${name}.${g.figure} = ${g.value} (goal ${g.goal})`);
    }
  } catch (e) {
    failed++;
    const message = String(e instanceof Error ? e.message : e);
    figures[name] = { ...(figures[name] ?? {}), error: message };
    lines.push(`FAILED  ${name}: ${message.split('\n')[0]}`);
  }
}
console.log(JSON.stringify(figures, null, 2));
console.error(`\n${lines.join('\n')}`);
console.error(failed ? `\nbench: ${failed} goal(s) missed or benchmark(s) failed` : '\nbench: every goal met');
process.exit(failed ? 1 : 0);
