import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/rehearse/cli';

const dir = join(process.cwd(), 'tests/fixtures/rehearse');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    readFile: (p) => readFileSync(p, 'utf8'),
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

describe('npm run rehearse', () => {
  it('exits 1 with a high finding and prints the findings as JSON', async () => {
    const { code, out } = await run([join(dir, 'two-traps.yaml'), '--json', '--no-rehearsal']);
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.findings.map((f: { rule: string; resource: string }) => [f.rule, f.resource]).sort()).toEqual([
      ['deployment.all-at-once', 'PaymentsFunction'],
      ['invoker.not-on-alias', 'PaymentsConsumer'],
    ]);
    expect(Object.keys(json.findings[0])).toEqual(
      expect.arrayContaining(['rule', 'severity', 'resource', 'message', 'docs']),
    );
  });

  it('exits 0 on the safe-deployments template and includes the rehearsal', async () => {
    const { code, out } = await run([
      join(dir, 'safe-deployments.yaml'),
      '--json',
      '--error-rate',
      '0.5',
      '--rps',
      '5',
      '--seed',
      '3',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.rehearsal.seed).toBe(3);
    expect(json.rehearsal.fault.errorRate).toBe(0.5);
    expect(json.rehearsal.results[0]).toMatchObject({ configName: 'Canary10Percent10Minutes', ownConfiguration: true });
  });

  it('exits 2 with the line and column on a template it cannot read', async () => {
    const { code, err } = await run([join(dir, 'unreadable-template.txt')]);
    expect(code).toBe(2);
    expect(err).toMatch(/unreadable-template\.txt:6:1: Failed to parse template/);
  });

  it('exits 2 on a missing file or a bad option', async () => {
    expect((await run([join(dir, 'nope.yaml')])).code).toBe(2);
    const bad = await run([join(dir, 'two-traps.yaml'), '--error-rate', '2']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--error-rate must be between 0 and 1');
  });

  it('runs as a Node command through tsx with the same exit codes', async () => {
    const exec = promisify(execFile);
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const ok = await exec(tsx, ['scripts/rehearse.ts', join(dir, 'safe-deployments.yaml'), '--no-rehearsal']);
    expect(ok.stdout).toContain('No deployment traps found.');
    await expect(
      exec(tsx, ['scripts/rehearse.ts', join(dir, 'two-traps.yaml'), '--no-rehearsal']),
    ).rejects.toMatchObject({ code: 1 });
    await expect(exec(tsx, ['scripts/rehearse.ts', join(dir, 'unreadable-template.txt')])).rejects.toMatchObject({
      code: 2,
    });
  }, 60_000);
});
