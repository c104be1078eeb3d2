import type { Analysis } from './analyse';
import type { RehearsalResult } from './rehearsal';
import { describeFault, formatSeconds } from './figures';

/** The command's human-readable output: findings first, then the rehearsal as a small table. */
export function formatText(path: string, analysis: Analysis, rehearsal: RehearsalResult | undefined): string {
  const lines: string[] = [];
  const { findings } = analysis;
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  lines.push(`Rehearse ${path} (sha256 ${analysis.model.hash.slice(0, 12)}…)`);
  lines.push(
    findings.length === 0
      ? 'No deployment traps found.'
      : `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${count('high')} high, ${count('medium')} medium, ${count('low')} low`,
  );
  for (const f of findings) {
    lines.push('');
    lines.push(
      `  [${f.severity.toUpperCase()}] ${f.rule} — ${f.resource}${f.position ? ` (line ${f.position.line})` : ''}`,
    );
    lines.push(`    ${f.message}`);
    lines.push(`    Fix: ${f.suggestion}`);
    lines.push(`    Docs: ${f.docs}`);
  }
  if (analysis.notSimulated.length > 0) {
    lines.push('');
    lines.push(
      `Not simulated (kept as written): ${analysis.notSimulated.map((r) => `${r.logicalId} (${r.type})`).join(', ')}`,
    );
  }
  lines.push('');
  if (!rehearsal) {
    lines.push('Rehearsal: none (the template has no CodeDeploy deployment to rehearse, or it was switched off).');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `Rehearsal of ${rehearsal.functionId}:${rehearsal.aliasName} — ${describeFault(rehearsal)}, seed ${rehearsal.seed}, watched ${formatSeconds(rehearsal.horizonSeconds)}`,
  );
  const header = ['Configuration', 'Failed', 'Alarm after', 'Traffic back after', 'Peak cold starts/min'];
  const rows = rehearsal.results.map((r) => [
    `${r.configName}${r.ownConfiguration ? ' (yours)' : ''}`,
    `${r.failedRequests} of ${r.requests}`,
    r.secondsUntilAlarm === undefined ? 'never' : formatSeconds(r.secondsUntilAlarm),
    r.secondsUntilTrafficBack === undefined ? 'never' : formatSeconds(r.secondsUntilTrafficBack),
    String(r.peakColdStartsPerMinute),
  ]);
  // Every row has one cell per header column, so i is always in range.
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const row = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  lines.push(row(header));
  for (const r of rows) lines.push(row(r));
  for (const n of rehearsal.notes) lines.push(`  Note: ${n}`);
  return `${lines.join('\n')}\n`;
}
