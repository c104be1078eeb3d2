import { parseArgs } from 'node:util';
import { analyseTemplate, hasHighFinding } from './analyse';
import { TemplateReadError } from './readTemplate';
import { DEFAULT_FAULT, rehearse, type RehearsalOptions } from './rehearsal';
import { formatText } from './textReport';

/**
 * `npm run rehearse -- template.yaml [--json] [--error-rate 0.2] [--rps 50] [--seed 42]`: the same
 * rules and rehearsal as the page, headless. Exit 1 when a high finding exists, 0 otherwise, and 2
 * when the template cannot be read (a pipeline can tell "unsafe" from "broken").
 */
export interface CliIo {
  readFile(path: string): string;
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = `Usage: npm run rehearse -- <template.yaml> [--json] [--error-rate 0.2] [--rps 50] [--seed 42]
       [--latency-ms 0] [--init-ms 400] [--hook-never-reports] [--daily] [--no-rehearsal]`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'error-rate': { type: 'string', default: String(DEFAULT_FAULT.errorRate) },
        rps: { type: 'string', default: '50' },
        seed: { type: 'string', default: '42' },
        'latency-ms': { type: 'string', default: '0' },
        'init-ms': { type: 'string', default: String(DEFAULT_FAULT.initDurationMs) },
        'hook-never-reports': { type: 'boolean', default: false },
        daily: { type: 'boolean', default: false },
        'no-rehearsal': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    io.err(`Give exactly one template path.\n${USAGE}\n`);
    return 2;
  }
  const numbers = {
    errorRate: Number(values['error-rate']),
    rps: Number(values.rps),
    seed: Number(values.seed),
    latency: Number(values['latency-ms']),
    init: Number(values['init-ms']),
  };
  const bad = !(numbers.errorRate >= 0 && numbers.errorRate <= 1)
    ? '--error-rate must be between 0 and 1'
    : !(numbers.rps > 0 && numbers.rps <= 1000)
      ? '--rps must be more than 0 and at most 1000'
      : !Number.isInteger(numbers.seed) || numbers.seed < 0
        ? '--seed must be a whole number, 0 or more'
        : !(numbers.latency >= 0) || !(numbers.init >= 0)
          ? '--latency-ms and --init-ms must be 0 or more'
          : undefined;
  if (bad) {
    io.err(`${bad}.\n${USAGE}\n`);
    return 2;
  }

  const path = positionals[0]!; // exactly one positional, checked above
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    io.err(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  let analysis;
  try {
    analysis = analyseTemplate(text);
  } catch (e) {
    if (e instanceof TemplateReadError) {
      const where = e.line !== undefined ? `:${e.line}:${e.column ?? 1}` : '';
      io.err(`${path}${where}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const options: RehearsalOptions = {
    seed: numbers.seed,
    fault: {
      errorRate: numbers.errorRate,
      extraLatencyMs: numbers.latency,
      initDurationMs: numbers.init,
      hookNeverReports: values['hook-never-reports'],
    },
    traffic: values.daily
      ? { kind: 'daily', peakRatePerSecond: numbers.rps }
      : { kind: 'constant', ratePerSecond: numbers.rps },
  };
  const rehearsal = values['no-rehearsal'] ? undefined : await rehearse(analysis.model, options);
  if (values.json) {
    const payload = {
      template: { path, sha256: analysis.model.hash },
      findings: analysis.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        resource: f.resource,
        message: f.message,
        docs: f.docs,
        suggestion: f.suggestion,
        ...(f.position ? { line: f.position.line, column: f.position.column } : {}),
      })),
      notSimulated: analysis.notSimulated,
      rehearsal: rehearsal
        ? {
            ...rehearsal,
            results: rehearsal.results.map(({ series, ...r }) => ({ ...r, series })),
          }
        : null,
    };
    io.out(`${JSON.stringify(payload, null, 2)}\n`);
  } else io.out(formatText(path, analysis, rehearsal));
  return hasHighFinding(analysis.findings) ? 1 : 0;
}
