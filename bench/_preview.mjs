// Shared by the browser benchmarks: build the app into a temporary folder and serve it with
// `vite preview` on a port of the bench's own (--strictPort, so a busy port fails loudly instead of
// measuring someone else's server). `stop()` kills the server and removes the build.
import { spawn, execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startPreview(port) {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-build-'));
  execSync(`npx vite build --outDir ${outDir} --emptyOutDir`, { stdio: ['ignore', 'ignore', 'inherit'] });
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      server.kill('SIGTERM');
    }
    rmSync(outDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not start on port ${port}`);
}

export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The q-quantile of an ascending array (nearest rank), or null when empty. */
export const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null;
export const round = (n) => (n === null ? null : Math.round(n * 100) / 100);
