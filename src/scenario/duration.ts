/**
 * Simulated durations as scenario files write them (`30s`, `5m`, `1h` or `1h 5m`), in a module without
 * zod: the scenario player and the run budget read them on a page that never loads the schema (issue 18).
 * schema.ts checks the same pattern and re-exports durationMs.
 */
export const DURATION = /^\s*(\d+\s*[hms]\s*)+$/;

export function durationMs(text: string): number {
  let ms = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)\s*([hms])/g))
    ms += Number(n) * (unit === 'h' ? 3_600_000 : unit === 'm' ? 60_000 : 1000);
  return ms;
}
