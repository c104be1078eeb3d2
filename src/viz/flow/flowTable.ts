import type { FlowModel } from './flowModel';

/** The table alternative to the flow picture: the same numbers, one row per invoker. */
export interface FlowTableRow {
  invoker: string;
  target: string;
  wiring: string;
  warning?: string;
  /** Resolved versions with their share: "1 (90 %), 2 (10 %)". */
  resolved: string;
  ratePerSecond: number;
  invocations: number;
  errors: number;
  throttles: number;
  notFound: number;
  /** Requests per executed version in the last minute: "1: 2700, 2: 300". */
  byVersion: string;
}

const percent = (w: number) => `${Math.round(w * 1000) / 10} %`;

export function flowTable(model: FlowModel): FlowTableRow[] {
  return model.invokers.map((inv) => {
    const t = model.targets.find((x) => x.id === inv.targetId);
    const weights = Object.entries(t?.weights ?? {});
    return {
      invoker: inv.source,
      target: inv.target,
      wiring: t?.kind === 'alias' ? 'alias' : t?.kind === 'version' ? 'version' : '$LATEST',
      ...(inv.warning ? { warning: inv.warning.text } : {}),
      resolved: weights.length === 1 ? weights[0]![0] : weights.map(([v, w]) => `${v} (${percent(w)})`).join(', '),
      ratePerSecond: inv.ratePerSecond,
      invocations: inv.lastMinute.invocations,
      errors: inv.lastMinute.errors,
      throttles: inv.lastMinute.throttles,
      notFound: inv.lastMinute.notFound,
      byVersion:
        Object.entries(inv.lastMinute.byVersion)
          .map(([v, n]) => `${v}: ${n}`)
          .join(', ') || '—',
    };
  });
}

export { percent as formatWeight };
