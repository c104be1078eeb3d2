import { badQualifier, validation, invalidParameter, MSG, otherRegion } from './errors/messages';

/**
 * Function names, ARNs and qualifiers, as Lambda accepts them in FunctionName:
 * a name (`my-fn`), `name:qualifier`, a partial ARN (`123456789012:function:my-fn[:q]`) or a full
 * ARN (`arn:aws:lambda:us-east-1:123456789012:function:my-fn[:q]`).
 * https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html (FunctionName "Name formats").
 * Shared with the CLI and CodeDeploy: keep the exported names stable.
 */
export interface FunctionRef {
  functionName: string;
  qualifier?: string;
}

export interface ArnContext {
  readonly region: string;
  readonly accountId: string;
}

const FUNCTION_NAME_PATTERN =
  '(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?';
const FULL =
  /^arn:aws[a-zA-Z-]*:lambda:([a-z]{2}(?:-gov)?-[a-z]+-\d):(\d{12}):function:([a-zA-Z0-9-_.]+)(?::(\$LATEST|[a-zA-Z0-9-_]+))?$/;
const PARTIAL = /^(\d{12}):function:([a-zA-Z0-9-_.]+)(?::(\$LATEST|[a-zA-Z0-9-_]+))?$/;
const SHORT = /^([a-zA-Z0-9-_.]+)(?::(\$LATEST|[a-zA-Z0-9-_]+))?$/;

const badName = (ref: string) =>
  validation(`'${ref}'`, 'functionName', `Member must satisfy regular expression pattern: ${FUNCTION_NAME_PATTERN}`);

/**
 * Splits a FunctionName parameter into name and qualifier. `explicitQualifier` is the separate
 * Qualifier parameter: if both are present they must agree (LocalStack's check and text, IMPL).
 */
export function parseFunctionRef(
  ref: string,
  ctx?: ArnContext,
  explicitQualifier?: string,
  options: { namespaced?: boolean } = {},
): FunctionRef {
  if (typeof ref !== 'string' || ref.length === 0) throw validation('null', 'functionName', 'Member must not be null');
  let name: string;
  let qualifier: string | undefined;
  const full = FULL.exec(ref);
  const partial = full ? null : PARTIAL.exec(ref);
  const short = full || partial ? null : SHORT.exec(ref);
  // The name groups are required by each pattern; the qualifier groups are optional.
  if (full) [name, qualifier] = [full[3]!, full[4]];
  else if (partial) [name, qualifier] = [partial[2]!, partial[3]];
  else if (short) [name, qualifier] = [short[1]!, short[2]];
  else throw badName(ref);
  // A Regional endpoint serves only its own Region's functions.
  if (full && ctx && full[1] !== ctx.region) throw otherRegion(full[1]!, ctx.region);
  // A bare name is limited to 64 characters; the 140 limit applies to the whole ARN. Operations that
  // read a function (GetFunction, GetFunctionConfiguration, Invoke) take a "namespaced" name of up
  // to 170 characters instead, so a longer bare name passes validation and is simply not found.
  // https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html (FunctionName: 1–170)
  if (options.namespaced ? ref.length > 170 : name.length > 64 || ref.length > 140) throw badName(ref);
  if (explicitQualifier !== undefined && explicitQualifier !== '') {
    const bad = badQualifier(explicitQualifier);
    if (bad) throw bad;
    if (qualifier !== undefined && qualifier !== explicitQualifier) throw invalidParameter(MSG.qualifierMismatch);
    qualifier = explicitQualifier;
  }
  return qualifier === undefined ? { functionName: name } : { functionName: name, qualifier };
}

export const functionArn = (ctx: ArnContext, name: string): string =>
  `arn:aws:lambda:${ctx.region}:${ctx.accountId}:function:${name}`;

export const qualifiedArn = (ctx: ArnContext, name: string, qualifier: string): string =>
  `${functionArn(ctx, name)}:${qualifier}`;

/** Resource dimension value used by Lambda's CloudWatch metrics: `fn:qualifier`, not an ARN. */
export const resourceDimension = (name: string, qualifier: string): string => `${name}:${qualifier}`;

export const isVersionNumber = (q: string): boolean => /^[0-9]+$/.test(q);

/** IAM role ARN as CreateFunction's Role parameter requires. */
export const ROLE_ARN_PATTERN = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
export const ROLE_ARN_PATTERN_TEXT = 'arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+';
