import type { RehearsalResult } from './rehearsal';

/** "2 min 10 s", "45 s", "1 h 5 min": durations as a reader says them. */
export function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
  const m = Math.round(s / 60);
  return m % 60 === 0 ? `${m / 60} h` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** The rehearsed fault and traffic in one phrase. */
export function describeFault(r: Pick<RehearsalResult, 'fault' | 'traffic'>): string {
  const parts = [`${Math.round(r.fault.errorRate * 100)}% errors`];
  if (r.fault.extraLatencyMs > 0) parts.push(`+${r.fault.extraLatencyMs} ms latency`);
  if (r.fault.initDurationMs !== 400) parts.push(`${r.fault.initDurationMs} ms init`);
  if (r.fault.hookNeverReports) parts.push('hooks never report');
  const traffic =
    r.traffic.kind === 'constant'
      ? `${r.traffic.ratePerSecond} requests/s`
      : `daily curve peaking at ${r.traffic.peakRatePerSecond} requests/s`;
  return `${parts.join(', ')} at ${traffic}`;
}
