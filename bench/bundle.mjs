#!/usr/bin/env node
// Bundle budget: gzip bytes of what the first page loads (entry script, its modulepreloads and the
// CSS linked from index.html) and of the whole service-worker precache. Always builds the current
// tree first, into a folder of its own (a stale dist/ would measure an older app). Prints one JSON
// object on its last line (the bench runner's convention).
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { goal } from './_goals.mjs';

const budgetBytes = 102400;
const dist = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
process.on('exit', () => rmSync(dist, { recursive: true, force: true }));
execSync(`npx vite build --outDir ${dist} --emptyOutDir`, { stdio: ['ignore', 'ignore', 'inherit'] });

const gzipBytes = (file) => gzipSync(readFileSync(join(dist, file.replace(/^\//, '')))).length;
const rawBytes = (file) => readFileSync(join(dist, file.replace(/^\//, ''))).length;
const sum = (files, size) => files.reduce((total, file) => total + size(file), 0);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const attribute = (tag, name) => tag.match(new RegExp(`${name}="([^"]+)"`))?.[1];
const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
const entryScripts = tags
  .filter((tag) => tag.startsWith('<script') && /type="module"/.test(tag))
  .map((tag) => attribute(tag, 'src'))
  .filter(Boolean);
const modulePreloads = tags.filter((tag) => /rel="modulepreload"/.test(tag)).map((tag) => attribute(tag, 'href'));
const stylesheets = tags.filter((tag) => /rel="stylesheet"/.test(tag)).map((tag) => attribute(tag, 'href'));
const firstPageJs = [...new Set([...entryScripts, ...modulePreloads])];

// generateSW writes the manifest inline: precacheAndRoute([{url:"…",revision:"…"},…])
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]);
const missing = precached.filter((file) => !existsSync(join(dist, file)));
if (missing.length) throw new Error(`precache lists files missing from dist/: ${missing.join(', ')}`);

const firstPageJsGzipBytes = sum(firstPageJs, gzipBytes);
console.log(
  JSON.stringify({
    firstPageJsFiles: firstPageJs,
    firstPageJsRawBytes: sum(firstPageJs, rawBytes),
    firstPageJsGzipBytes,
    firstPageCssFiles: stylesheets,
    firstPageCssGzipBytes: sum(stylesheets, gzipBytes),
    budgetBytes,
    precacheEntries: precached.length,
    precacheRawBytes: sum(precached, rawBytes),
    precacheGzipBytes: sum(precached, gzipBytes),
    goals: [goal('firstPageJsGzipBytes', firstPageJsGzipBytes, '<=', budgetBytes, 'bytes')],
  }),
);
