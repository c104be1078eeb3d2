import type { WorldSnapshot } from '../../sim';

/**
 * What the traffic-flow view shows, derived from one snapshot: invokers → what each is wired to
 * (alias, version or $LATEST) → the versions that serve the requests, with rates and outcome
 * counts. Pure; the canvas renderer and the table alternative both read it, so they show the same numbers.
 */
export type TargetKind = 'alias' | 'version' | 'LATEST';
export type Outcome = 'success' | 'error' | 'coldStart' | 'provisioned' | 'throttled';
export const OUTCOMES: readonly Outcome[] = ['success', 'error', 'coldStart', 'provisioned', 'throttled'];

export type WiringWarning =
  /** An unqualified name (or :$LATEST) runs whatever was last uploaded, skipping every alias and canary. */
  | { kind: 'latest'; text: string }
  /** A fixed version while the function has aliases: alias shifts and rollbacks never reach this invoker. */
  | { kind: 'pinned'; text: string };

export interface InvokerNode {
  id: string;
  source: string;
  functionName: string;
  target: string;
  targetId: string;
  ratePerSecond: number;
  warning?: WiringWarning;
  /** Counts of the last finished simulated minute (what the table shows). */
  lastMinute: {
    invocations: number;
    errors: number;
    throttles: number;
    notFound: number;
    byVersion: Record<string, number>;
  };
}

export interface TargetNode {
  id: string;
  functionName: string;
  kind: TargetKind;
  /** Alias name, version number or $LATEST. */
  qualifier: string;
  label: string;
  /** Share of requests per version: the alias's weights, or 1 for a version or $LATEST. */
  weights: Record<string, number>;
  warning?: WiringWarning;
}

export interface VersionNode {
  id: string;
  functionName: string;
  version: string;
  label: string;
  errorRate: number;
}

export interface FlowLink {
  id: string;
  from: string;
  to: string;
  ratePerSecond: number;
  /** Weight on the alias → version hop (1 for other links). */
  weight: number;
}

export interface FlowModel {
  invokers: InvokerNode[];
  targets: TargetNode[];
  versions: VersionNode[];
  links: FlowLink[];
}

/** Splits `name`, `name:qualifier`, a full ARN or a partial ARN into function name and qualifier. */
export function parseTarget(target: string): { functionName: string; qualifier?: string } {
  const parts = target.split(':');
  const fnAt = parts.indexOf('function');
  const rest = fnAt >= 0 ? parts.slice(fnAt + 1) : parts;
  const [functionName = '', qualifier] = rest; // split always gives at least one part
  return qualifier ? { functionName, qualifier } : { functionName };
}

const latestWarning = (fn: string): WiringWarning => ({
  kind: 'latest',
  text: `Unqualified: runs $LATEST of ${fn}, so no alias, canary or rollback protects these requests`,
});
const pinnedWarning = (fn: string, version: string, aliases: string[]): WiringWarning => ({
  kind: 'pinned',
  text: `Pinned to version ${version}: shifts of alias ${aliases.join(', ')} never reach these requests`,
});

export function flowModel(snapshot: Pick<WorldSnapshot, 'lambda' | 'traffic'>): FlowModel {
  const functions = new Map(snapshot.lambda.functions.map((f) => [f.FunctionName, f]));
  const targets = new Map<string, TargetNode>();
  const versions = new Map<string, VersionNode>();
  const links: FlowLink[] = [];
  const invokers: InvokerNode[] = [];

  const versionNode = (functionName: string, version: string): VersionNode => {
    const id = `${functionName}:${version}`;
    let node = versions.get(id);
    if (!node) {
      const fn = functions.get(functionName);
      const view = version === '$LATEST' ? fn?.latest : fn?.versions.find((v) => v.Version === version);
      node = {
        id,
        functionName,
        version,
        label: version === '$LATEST' ? '$LATEST' : `version ${version}`,
        errorRate: view?.behaviour.errorRate ?? 0,
      };
      versions.set(id, node);
    }
    return node;
  };

  for (const s of snapshot.traffic.sources) {
    const { functionName, qualifier } = parseTarget(s.target);
    const fn = functions.get(functionName);
    const aliasNames = fn?.aliases.map((a) => a.Name) ?? [];
    const kind: TargetKind = s.targetKind;
    const q = kind === 'LATEST' ? '$LATEST' : (qualifier ?? '$LATEST');
    // Prefixed: a target `fn:2` or `fn:$LATEST` must not share its id with the version node `fn:2`.
    const targetId = `wiring:${functionName}:${q}`;
    let target = targets.get(targetId);
    if (!target) {
      const alias = kind === 'alias' ? fn?.aliases.find((a) => a.Name === q) : undefined;
      const weights = alias ? { ...alias.weights } : { [q]: 1 };
      const warning =
        kind === 'LATEST'
          ? latestWarning(functionName)
          : kind === 'version' && aliasNames.length > 0
            ? pinnedWarning(functionName, q, aliasNames)
            : undefined;
      const label =
        kind === 'alias'
          ? `alias ${functionName}:${q}`
          : kind === 'version'
            ? `${functionName}:${q} (version)`
            : `${functionName} (no qualifier)`;
      target = { id: targetId, functionName, kind, qualifier: q, label, weights, ...(warning ? { warning } : {}) };
      targets.set(targetId, target);
    }
    invokers.push({
      id: s.id,
      source: s.source,
      functionName,
      target: s.target,
      targetId,
      ratePerSecond: s.ratePerSecond,
      ...(target.warning ? { warning: target.warning } : {}),
      lastMinute: {
        invocations: s.lastMinute.invocations,
        errors: s.lastMinute.errors,
        throttles: s.lastMinute.throttles,
        notFound: s.lastMinute.notFound,
        byVersion: { ...s.lastMinute.byVersion },
      },
    });
    links.push({ id: `${s.id}->${targetId}`, from: s.id, to: targetId, ratePerSecond: s.ratePerSecond, weight: 1 });
  }

  // Target → version links carry every invoker's rate times the weight the alias gives that version.
  for (const t of targets.values()) {
    const rate = invokers.filter((i) => i.targetId === t.id).reduce((sum, i) => sum + i.ratePerSecond, 0);
    for (const [version, weight] of Object.entries(t.weights).sort(([a], [b]) => compareVersions(a, b))) {
      const v = versionNode(t.functionName, version);
      links.push({ id: `${t.id}->${v.id}`, from: t.id, to: v.id, ratePerSecond: rate * weight, weight });
    }
  }

  return {
    invokers,
    targets: [...targets.values()],
    versions: [...versions.values()].sort((a, b) =>
      a.functionName === b.functionName
        ? compareVersions(a.version, b.version)
        : a.functionName < b.functionName
          ? -1
          : 1,
    ),
    links,
  };
}

/** Numeric version order, $LATEST last. */
export function compareVersions(a: string, b: string): number {
  const na = a === '$LATEST' ? Infinity : Number(a);
  const nb = b === '$LATEST' ? Infinity : Number(b);
  return na === nb ? 0 : na < nb ? -1 : 1;
}
