import type { FlowModel } from './flowModel';

/**
 * What each version box shows: its live share of the requests sent to its function, requests per
 * minute, and the share of its requests that fail (the version's simulated code decides each
 * request's outcome with this probability: the sim's `errorRate`, see sim-api.md "Simulated code").
 */
export interface VersionStats {
  /** 0–1 share of the requests sent to this function that reach this version now. */
  share: number;
  requestsPerMinute: number;
  errorRate: number;
}

export function versionStats(model: FlowModel): Map<string, VersionStats> {
  const incoming = new Map<string, number>();
  for (const l of model.links) {
    if (model.versions.some((v) => v.id === l.to)) incoming.set(l.to, (incoming.get(l.to) ?? 0) + l.ratePerSecond);
  }
  const byFunction = new Map<string, number>();
  for (const v of model.versions)
    byFunction.set(v.functionName, (byFunction.get(v.functionName) ?? 0) + (incoming.get(v.id) ?? 0));
  return new Map(
    model.versions.map((v) => {
      const rate = incoming.get(v.id) ?? 0;
      const total = byFunction.get(v.functionName) ?? 0;
      return [v.id, { share: total > 0 ? rate / total : 0, requestsPerMinute: rate * 60, errorRate: v.errorRate }];
    }),
  );
}
