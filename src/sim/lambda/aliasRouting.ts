import type { AliasRecord, FunctionRecord, VersionRecord } from './model';
import { invalidParameter, MSG, sameAsPrimary, weightKeyInvalid, weightOutOfRange } from './errors/messages';

/**
 * Alias routing: validation of RoutingConfig.AdditionalVersionWeights (the per-request draw is in
 * invoker.ts, on the hot path).
 * Rules (messages in errors/messages.ts): https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html
 */
export interface RoutingInput {
  AdditionalVersionWeights?: Record<string, number>;
}

export interface ResolvedRouting {
  additional?: { version: string; weight: number };
}

/**
 * Checks a routing map against a primary version, in LocalStack's order (count → range →
 * same-as-primary → primary $LATEST → key pattern → existence → role → DLQ), so that a request
 * with several faults gets the same error every time. `notFound(v)` builds the 404 for a missing
 * version. Returns the one additional version, or none for an absent or empty map.
 */
export function validateRouting(
  fn: FunctionRecord,
  primary: string,
  routing: RoutingInput | undefined,
  notFound: (version: string) => Error,
): ResolvedRouting {
  const weights = routing?.AdditionalVersionWeights;
  if (weights === undefined || weights === null) return {};
  const entries = Object.entries(weights);
  if (entries.length === 0) return {}; // empty map = no routing (recorded AWS behaviour)
  if (entries.length > 1) throw invalidParameter(MSG.tooManyWeights);
  const [key, weight] = entries[0]!; // exactly one entry: checked above
  // Decision on weight exactly 1.0 (AWS does not say): the documented range of
  // AliasRoutingConfiguration is 0.0–1.0 inclusive
  // (https://docs.aws.amazon.com/lambda/latest/dg/API_AliasRoutingConfiguration.html), so 1.0 is
  // accepted here; LocalStack rejects it. AWS's documented way to send 100 % is to move
  // FunctionVersion and clear the map. Weight 0 is accepted (deploy tools use it to park a canary).
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 1)
    throw weightOutOfRange(weights);
  if (key === primary) throw sameAsPrimary(key);
  if (primary === '$LATEST') throw invalidParameter(MSG.latestWithWeights);
  if (!/^[0-9]+$/.test(key) || key.length > 1024) throw weightKeyInvalid(weights);
  const extra = fn.versions.get(key);
  if (!extra) throw notFound(key);
  const main = fn.versions.get(primary);
  if (main) {
    if (main.settings.Role !== extra.settings.Role) throw invalidParameter(MSG.differentRoles);
    if (dlqTarget(main) !== dlqTarget(extra)) throw invalidParameter(MSG.differentDlq);
  }
  return { additional: { version: key, weight } };
}

const dlqTarget = (v: VersionRecord): string => v.settings.DeadLetterConfig?.TargetArn ?? '';

/** Versions an alias references (primary and weighted additional). */
export const aliasVersions = (alias: AliasRecord): string[] =>
  alias.additional ? [alias.functionVersion, alias.additional.version] : [alias.functionVersion];
