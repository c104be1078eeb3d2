#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/ and prints one JSON document of figures.
// Convention: each bench/*.ts or bench/*.mjs prints a JSON object as its last line of stdout;
// it is merged under the file's base name. Benchmarks measure; they never fail on a figure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const dir = 'bench';
const files = readdirSync(dir)
  .filter((f) => /\.(ts|mjs)$/.test(f) && !f.startsWith('_'))
  .sort();
const only = process.argv.slice(2);
const figures = { generatedAt: new Date().toISOString(), node: process.version };
let failed = 0;
for (const f of files) {
  const name = basename(f, extname(f));
  if (only.length && !only.includes(name)) continue;
  const cmd = f.endsWith('.ts') ? ['npx', ['tsx', join(dir, f)]] : ['node', [join(dir, f)]];
  process.stderr.write(`bench: ${name}…\n`);
  const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: process.env });
  const lines = (r.stdout ?? '').trim().split('\n');
  try {
    if (r.status !== 0) throw new Error(`exit ${r.status}: ${(r.stderr ?? '').slice(-2000)}`);
    figures[name] = JSON.parse(lines[lines.length - 1]);
  } catch (e) {
    failed++;
    figures[name] = { error: String(e instanceof Error ? e.message : e) };
  }
}
console.log(JSON.stringify(figures, null, 2));
process.exit(failed ? 1 : 0);
