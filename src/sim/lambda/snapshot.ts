import type { FunctionRecord, VersionRecord } from './model';
import type { Invoker } from './invoker';
import { ACCOUNT_CONCURRENCY } from './invoker';
import { aliasVersions } from './aliasRouting';

/**
 * The serialisable view of the Lambda model that the Lab draws. Small by design: counts, never
 * per-request arrays.
 */
export interface EnvironmentsView {
  warmIdle: number;
  busy: number;
  initialising: number;
  provisioned: {
    /** Ready provisioned environments serving this version. */
    ready: number;
    busy: number;
    /**
     * True when the figure comes from a weighted alias's split, which AWS does not document:
     * the simulator splits in proportion to the weights (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html).
     */
    approximate: boolean;
  };
  coldStartsTotal: number;
  provisionedInvocationsTotal: number;
  spilloverTotal: number;
}

export interface VersionView {
  Version: string;
  CodeSha256: string;
  RevisionId: string;
  Description: string;
  Role: string;
  Timeout: number;
  MemorySize: number;
  Environment?: Record<string, string>;
  DeadLetterTarget?: string;
  /** The parsed simulated code document (null if it is not JSON). */
  code: unknown;
  codeParseError?: string;
  behaviour: {
    errorRate: number;
    durationMs: number;
    initDurationMs: number;
    hook?: { reports: string; afterMs: number };
  };
  environments: EnvironmentsView;
}

export interface AliasView {
  Name: string;
  FunctionVersion: string;
  Description: string;
  /** Share of requests per version (primary and additional), summing to 1. */
  weights: Record<string, number>;
  RevisionId: string;
}

export interface ProvisionedConfigView {
  Qualifier: string;
  kind: 'version' | 'alias';
  Requested: number;
  Allocated: number;
  Status: string;
  StatusReason?: string;
  /** For an alias: the version(s) its environments serve; weighted splits are approximate. */
  servesVersions: string[];
  approximate: boolean;
}

export interface FunctionView {
  FunctionName: string;
  latest: VersionView;
  versions: VersionView[];
  aliases: AliasView[];
  ReservedConcurrentExecutions?: number;
  provisionedConcurrency: ProvisionedConfigView[];
  concurrentExecutions: number;
}

export interface LambdaSnapshot {
  functions: FunctionView[];
  account: { ConcurrentExecutions: number; reserved: number; unreservedInUse: number; inUse: number };
}

function versionView(v: VersionRecord, now: number, approximate: boolean): VersionView {
  const s = v.settings;
  v.pool.expireIdle(now);
  const b = v.code.parsed.behaviour;
  const out: VersionView = {
    Version: v.version,
    CodeSha256: v.code.CodeSha256,
    RevisionId: v.revisionId,
    Description: s.Description,
    Role: s.Role,
    Timeout: s.Timeout,
    MemorySize: s.MemorySize,
    code: structuredClone(v.code.parsed.document),
    behaviour: {
      errorRate: b.errorRate,
      durationMs: b.durationMs,
      initDurationMs: b.initDurationMs,
      ...(b.hook ? { hook: { ...b.hook } } : {}),
    },
    environments: {
      warmIdle: v.pool.idleCount,
      busy: v.pool.onDemandBusy,
      initialising: v.pool.initialising(now),
      provisioned: { ready: v.pool.pcCapacity, busy: v.pool.provisionedBusy, approximate },
      coldStartsTotal: v.pool.coldStarts,
      provisionedInvocationsTotal: v.pool.provisionedServed,
      spilloverTotal: v.pool.spillover,
    },
  };
  if (s.Environment) out.Environment = { ...s.Environment.Variables };
  if (s.DeadLetterConfig?.TargetArn) out.DeadLetterTarget = s.DeadLetterConfig.TargetArn;
  if (v.code.parsed.parseError) out.codeParseError = v.code.parsed.parseError;
  return out;
}

export function buildSnapshot(now: number, functions: Map<string, FunctionRecord>, invoker: Invoker): LambdaSnapshot {
  const views: FunctionView[] = [];
  let inUse = 0;
  for (const fn of [...functions.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    // Versions served by a weighted alias with PC get approximate per-version figures.
    const approx = new Set<string>();
    for (const cfg of fn.pc.values()) {
      const a = cfg.kind === 'alias' ? fn.aliases.get(cfg.qualifier) : undefined;
      if (a?.additional) for (const v of aliasVersions(a)) approx.add(v);
    }
    const versions = [...fn.versions.values()].sort((a, b) => Number(a.version) - Number(b.version));
    const view: FunctionView = {
      FunctionName: fn.name,
      latest: versionView(fn.latest, now, false),
      versions: versions.map((v) => versionView(v, now, approx.has(v.version))),
      aliases: [...fn.aliases.values()]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((a) => ({
          Name: a.name,
          FunctionVersion: a.functionVersion,
          Description: a.description,
          weights: a.additional
            ? { [a.functionVersion]: 1 - a.additional.weight, [a.additional.version]: a.additional.weight }
            : { [a.functionVersion]: 1 },
          RevisionId: a.revisionId,
        })),
      provisionedConcurrency: [...fn.pc.values()].map((cfg) => {
        const a = cfg.kind === 'alias' ? fn.aliases.get(cfg.qualifier) : undefined;
        return {
          Qualifier: cfg.qualifier,
          kind: cfg.kind,
          Requested: cfg.requested,
          Allocated: cfg.allocated,
          Status: cfg.status,
          ...(cfg.statusReason ? { StatusReason: cfg.statusReason } : {}),
          servesVersions: a ? aliasVersions(a) : [cfg.qualifier],
          approximate: Boolean(a?.additional),
        };
      }),
      concurrentExecutions: fn.onDemandInFlight + fn.provisionedInFlight,
    };
    if (fn.reserved !== undefined) view.ReservedConcurrentExecutions = fn.reserved;
    inUse += view.concurrentExecutions;
    views.push(view);
  }
  return {
    functions: views,
    account: {
      ConcurrentExecutions: ACCOUNT_CONCURRENCY,
      reserved: invoker.account.reservedTotal,
      unreservedInUse: invoker.unreservedInFlight(),
      inUse,
    },
  };
}
