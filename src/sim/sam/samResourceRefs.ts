/**
 * SAM's referenceable properties of a function with AutoPublishAlias: `<Function>.Version` and
 * `<Function>.Alias` stand for the Version and Alias resources SAM generates, in Ref, Fn::GetAtt
 * and Fn::Sub, e.g. `!Ref OrdersFunction.Version` (the version's ARN) or
 * `!GetAtt OrdersFunction.Version.Version` (its number, for an ExecutedVersion alarm dimension).
 * The transform rewrites them to the generated logical ids, as SAM's translator does.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html
 * https://github.com/aws/serverless-application-model/blob/develop/docs/safe_lambda_deployments.rst
 */
import { isRecord } from './intrinsics';

/** `refs` maps "OrdersFunction.Version" → "OrdersFunctionVersion1a2b3c4d5e", "OrdersFunction.Alias" → "OrdersFunctionAliaslive". */
export function resolveSamResourceRefs<T>(value: T, refs: ReadonlyMap<string, string>): T {
  if (refs.size === 0) return value;
  return rewrite(value, refs) as T;
}

function rewrite(value: unknown, refs: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, refs));
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'Ref' && typeof value.Ref === 'string' && refs.has(value.Ref))
    return { Ref: refs.get(value.Ref) };
  if (keys.length === 1 && keys[0] === 'Fn::GetAtt') {
    const target = getAttTarget(value['Fn::GetAtt'], refs);
    if (target) return { 'Fn::GetAtt': target };
  }
  if (keys.length === 1 && keys[0] === 'Fn::Sub') {
    const sub = value['Fn::Sub'];
    if (typeof sub === 'string') return { 'Fn::Sub': rewriteSub(sub, refs) };
    if (Array.isArray(sub) && typeof sub[0] === 'string')
      return { 'Fn::Sub': [rewriteSub(sub[0], refs), rewrite(sub[1], refs)] };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, refs)]));
}

/** `X.Version.Version` (short form, split at the first dot), `[X, Version.Version]` or `[X.Version, Version]`. */
function getAttTarget(arg: unknown, refs: ReadonlyMap<string, string>): [string, string] | undefined {
  const joined =
    typeof arg === 'string'
      ? arg
      : Array.isArray(arg) && arg.every((a) => typeof a === 'string')
        ? arg.join('.')
        : undefined;
  if (!joined) return undefined;
  for (const [name, logicalId] of refs)
    if (joined.startsWith(`${name}.`)) return [logicalId, joined.slice(name.length + 1)];
  return undefined;
}

function rewriteSub(text: string, refs: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([^}!][^}]*)\}/g, (whole, expr: string) => {
    const name = expr.trim();
    if (refs.has(name)) return `\${${refs.get(name)}}`;
    for (const [ref, logicalId] of refs)
      if (name.startsWith(`${ref}.`)) return `\${${logicalId}${name.slice(ref.length)}}`;
    return whole;
  });
}
