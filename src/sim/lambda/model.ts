import type { ParsedCode } from './codeDocument';
import type { EnvironmentPool, ConcurrencyOwner, ScalingBucket } from './environments';
import type { PcConfigRecord } from './provisionedConcurrency';
import type { Actor } from 'xstate';
import type { functionStateMachine } from './functionStateMachine';

/** Internal records of the Lambda model. Never handed out: the API returns copies. */

export interface FunctionSettings {
  Runtime?: string;
  Handler?: string;
  Role: string;
  Description: string;
  Timeout: number;
  MemorySize: number;
  Environment?: { Variables: Record<string, string> };
  DeadLetterConfig?: { TargetArn?: string };
}

export interface CodeState {
  zip: string | Uint8Array;
  CodeSha256: string;
  CodeSize: number;
  parsed: ParsedCode;
}

export interface VersionRecord {
  version: string;
  settings: FunctionSettings;
  code: CodeState;
  revisionId: string;
  lastModified: string;
  pool: EnvironmentPool;
  /** Metric slot of {FunctionName, Resource=fn:version}. */
  slot: number;
}

export interface AliasRecord {
  name: string;
  functionVersion: string;
  additional?: { version: string; weight: number };
  description: string;
  revisionId: string;
  deleted: boolean;
  /** Metric slot of {FunctionName, Resource=fn:alias}. */
  slot: number;
  /** Metric slots of {FunctionName, Resource=fn:alias, ExecutedVersion=N}, by N. */
  evSlots: Map<string, number>;
  /**
   * Resolved routing for the invocation hot path (records and metric slots instead of map
   * lookups). Built lazily by the invoker; any alias change clears it.
   */
  route?: AliasRoute;
}

export interface AliasRoute {
  /** null = $LATEST (read from the function each time, since $LATEST is replaced on updates). */
  primary: VersionRecord | null;
  primarySlot: number;
  extra?: VersionRecord;
  extraSlot: number;
  weight: number;
}

export interface FunctionRecord extends ConcurrencyOwner {
  name: string;
  deleted: boolean;
  latest: VersionRecord;
  versions: Map<string, VersionRecord>;
  aliases: Map<string, AliasRecord>;
  reserved?: number;
  pc: Map<string, PcConfigRecord>;
  /** Metric slot of {FunctionName}. */
  slot: number;
  bucket: ScalingBucket;
  /** State and LastUpdateStatus of $LATEST (functionStateMachine on the simulated clock). */
  lifecycle: FunctionLifecycle;
}

export type FunctionLifecycle = Actor<typeof functionStateMachine>;
