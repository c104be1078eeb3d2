import type { WorldSnapshot } from '../../sim';
import type { EnvironmentCounts } from '../../viz/environmentsBars';

/**
 * Per version: execution environments (warm idle, busy, initialising, provisioned) and the
 * provisioned concurrency configurations that feed them. Provisioned concurrency on a weighted alias
 * is split between its versions in proportion to the weights — AWS does not document the split, so
 * the view labels it approximate (our choice where
 * https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html is silent).
 */
type FunctionView = WorldSnapshot['lambda']['functions'][number];

export interface VersionEnvironmentsRow {
  functionName: string;
  version: string;
  counts: EnvironmentCounts;
  /** Cumulative: requests that did not fit in provisioned environments and ran on demand. */
  spilloverTotal: number;
  coldStartsTotal: number;
  approximate: boolean;
  /** Aliases that send traffic here, with their share ("live 10 %"). */
  servedBy: string[];
}

const percent = (w: number) => `${Math.round(w * 1000) / 10} %`;

export function environmentsRows(fn: FunctionView): VersionEnvironmentsRow[] {
  const versions = [fn.latest, ...fn.versions];
  return versions
    .map((v) => {
      const e = v.environments;
      const servedBy = fn.aliases.flatMap((a) => {
        const w = a.weights[v.Version];
        return w === undefined ? [] : [`${a.Name} ${percent(w)}`];
      });
      return {
        functionName: fn.FunctionName,
        version: v.Version,
        counts: {
          provisionedBusy: e.provisioned.busy,
          provisionedIdle: Math.max(0, e.provisioned.ready - e.provisioned.busy),
          busy: e.busy,
          initialising: e.initialising,
          warmIdle: e.warmIdle,
        },
        spilloverTotal: e.spilloverTotal,
        coldStartsTotal: e.coldStartsTotal,
        approximate: e.provisioned.approximate,
        servedBy,
      };
    })
    .filter((r) => r.version !== '$LATEST' || r.coldStartsTotal > 0 || Object.values(r.counts).some((n) => n > 0));
}
