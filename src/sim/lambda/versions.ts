import type { ArnContext } from './arn';
import { functionArn, qualifiedArn } from './arn';
import type { FunctionRecord, FunctionSettings, VersionRecord } from './model';
import { reportedState } from './functionStateMachine';

/**
 * Versions (https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html): immutable snapshots of $LATEST's code AND configuration.
 * https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html
 */

/** AWS's LastModified format, e.g. 2026-01-05T09:00:00.000+0000. */
export const lastModified = (epochMs: number): string => new Date(epochMs).toISOString().replace('Z', '+0000');

export const copySettings = (s: FunctionSettings): FunctionSettings => structuredClone(s);

/**
 * What makes two versions "the same": code hash plus every configuration field. Lambda does not
 * publish when nothing changed since the last published version
 * (https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html); a configuration-only
 * change is a change.
 */
export function fingerprint(v: VersionRecord): string {
  const s = v.settings;
  return JSON.stringify([
    v.code.CodeSha256,
    s.Runtime,
    s.Handler,
    s.Role,
    s.Description,
    s.Timeout,
    s.MemorySize,
    s.Environment ?? null,
    s.DeadLetterConfig ?? null,
  ]);
}

/** The most recently published version still present (the one PublishVersion compares with). */
export function lastPublished(fn: FunctionRecord): VersionRecord | undefined {
  let best: VersionRecord | undefined;
  for (const v of fn.versions.values()) if (!best || Number(v.version) > Number(best.version)) best = v;
  return best;
}

/** FunctionConfiguration as GetFunctionConfiguration returns it (a fresh object each time). */
export function toConfiguration(
  ctx: ArnContext,
  fn: FunctionRecord,
  v: VersionRecord,
  arnQualifier?: string,
): Record<string, unknown> {
  const s = v.settings;
  const out: Record<string, unknown> = {
    FunctionName: fn.name,
    FunctionArn: arnQualifier === undefined ? functionArn(ctx, fn.name) : qualifiedArn(ctx, fn.name, arnQualifier),
    Runtime: s.Runtime,
    Role: s.Role,
    Handler: s.Handler,
    CodeSize: v.code.CodeSize,
    Description: s.Description,
    Timeout: s.Timeout,
    MemorySize: s.MemorySize,
    LastModified: v.lastModified,
    CodeSha256: v.code.CodeSha256,
    Version: v.version,
    TracingConfig: { Mode: 'PassThrough' },
    RevisionId: v.revisionId,
    ...stateFields(fn, v),
    PackageType: 'Zip',
    Architectures: ['x86_64'],
    EphemeralStorage: { Size: 512 },
  };
  if (s.Runtime === undefined) delete out.Runtime;
  if (s.Handler === undefined) delete out.Handler;
  if (s.Environment) out.Environment = structuredClone(s.Environment);
  if (s.DeadLetterConfig) out.DeadLetterConfig = structuredClone(s.DeadLetterConfig);
  return out;
}

/** Shown while creation or an update is still running (the text AWS returns in both cases). */
const BEING_CREATED = { reason: 'The function is being created.', code: 'Creating' };

/**
 * State and LastUpdateStatus as GetFunctionConfiguration reports them
 * (https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html): $LATEST follows the
 * function's lifecycle machine. Published versions report Active: the simulator does not model a
 * version's own Pending phase (it matters for SnapStart, which is not modelled).
 */
function stateFields(fn: FunctionRecord, v: VersionRecord): Record<string, string> {
  if (v.version !== '$LATEST') return { State: 'Active', LastUpdateStatus: 'Successful' };
  const r = reportedState(fn.lifecycle.getSnapshot().value);
  if (r.State === 'Pending')
    return { State: 'Pending', StateReason: BEING_CREATED.reason, StateReasonCode: BEING_CREATED.code };
  if (r.LastUpdateStatus === 'InProgress')
    return {
      State: 'Active',
      LastUpdateStatus: 'InProgress',
      LastUpdateStatusReason: BEING_CREATED.reason,
      LastUpdateStatusReasonCode: BEING_CREATED.code,
    };
  return { State: 'Active', LastUpdateStatus: 'Successful' };
}
