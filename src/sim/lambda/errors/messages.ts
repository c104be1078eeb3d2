import { awsError, type AwsError } from '../../core/errors';

/**
 * Every Lambda error the simulator throws: AWS's exception name and message, built by `lambdaError`.
 * Each exception has one HTTP status, as the API reference lists it under each operation's "Errors"
 * (e.g. https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html#API_UpdateAlias_Errors).
 */
const LAMBDA_EXCEPTION_STATUS = {
  InvalidParameterValueException: 400,
  ValidationException: 400,
  ResourceNotFoundException: 404,
  ProvisionedConcurrencyConfigNotFoundException: 404,
  ResourceConflictException: 409,
  PreconditionFailedException: 412,
  TooManyRequestsException: 429,
} as const;

export type LambdaExceptionName = keyof typeof LAMBDA_EXCEPTION_STATUS;

/** The one way to make a Lambda error; `details` holds the extra members some exceptions carry (Type, Reason). */
export const lambdaError = (name: LambdaExceptionName, message: string, details?: Record<string, unknown>): AwsError =>
  awsError(name, message, LAMBDA_EXCEPTION_STATUS[name], details);

/** Function or version missing (https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html#API_GetFunction_Errors). */
export const functionNotFound = (arn: string): AwsError =>
  lambdaError('ResourceNotFoundException', `Function not found: ${arn}`);

/** GetAlias / UpdateAlias / PC on an unknown alias (https://docs.aws.amazon.com/lambda/latest/api/API_GetAlias.html#API_GetAlias_Errors). */
export const aliasNotFound = (aliasArn: string): AwsError =>
  lambdaError('ResourceNotFoundException', `Cannot find alias arn: ${aliasArn}`);

/** UpdateAlias words it differently from GetAlias (recorded AWS response). */
export const aliasNotFoundOnUpdate = (aliasArn: string): AwsError =>
  lambdaError('ResourceNotFoundException', `Alias not found: ${aliasArn}`);

/** CreateAlias on a name in use (https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html#API_CreateAlias_Errors). */
export const aliasAlreadyExists = (aliasArn: string): AwsError =>
  lambdaError('ResourceConflictException', `Alias already exists: ${aliasArn}`);

/**
 * CreateFunction on an existing name. AWS's (ungrammatical) text names the function, e.g.
 * "Function already exist: my-fn" (as the AWS CLI prints it; not in the spec, so noted here).
 */
export const functionAlreadyExists = (name: string): AwsError =>
  lambdaError('ResourceConflictException', `Function already exist: ${name}`);

/** Same text for PublishVersion, UpdateFunctionCode/Configuration and UpdateAlias (https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html). */
export const revisionMismatch = (): AwsError =>
  lambdaError(
    'PreconditionFailedException',
    'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id',
  );

/** https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html (CodeSha256). */
export const codeShaMismatch = (given: string, actual: string): AwsError =>
  lambdaError(
    'InvalidParameterValueException',
    `CodeSHA256 (${given}) is different from current CodeSHA256 in $LATEST (${actual}). Please try again with the CodeSHA256 in $LATEST.`,
  );

export const invalidParameter = (message: string): AwsError => lambdaError('InvalidParameterValueException', message);

/** The "1 validation error detected" family (AWS's request-shape validation). */
export const validation = (value: string, field: string, constraint: string): AwsError =>
  lambdaError(
    'ValidationException',
    `1 validation error detected: Value ${value} at '${field}' failed to satisfy constraint: ${constraint}`,
  );

export const ALIAS_NAME_PATTERN_TEXT = '(?!^[0-9]+$)([a-zA-Z0-9-_]+)';

/** Alias name pattern (https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html#API_CreateAlias_RequestSyntax). */
export const badAliasName = (name: string): AwsError =>
  validation(`'${name}'`, 'name', `Member must satisfy regular expression pattern: ${ALIAS_NAME_PATTERN_TEXT}`);

/** https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html and recorded AWS responses. */
export const MSG = {
  tooManyWeights: 'Number of items in AdditionalVersionWeights cannot be greater than 1',
  latestWithWeights: '$LATEST is not supported for an alias pointing to more than 1 version',
  differentRoles: 'Specified versions must be associated with the same execution role',
  /**
   * AWS rejects a different dead-letter config but its exact text was not
   * captured. This wording is ours (our choice), modelled on the role message above.
   */
  differentDlq: 'Specified versions must be associated with the same dead-letter queue configuration',
  deleteLatest: '$LATEST version cannot be deleted without deleting the function.',
  deleteAlias: 'Deletion of aliases is not currently supported.',
  pcOnLatest: 'Provisioned Concurrency Configs cannot be applied to unpublished function versions.',
  pcGetLatest: 'The function resource provided must be an alias or a published version.',
  pcNotFound: 'No Provisioned Concurrency Config found for this function',
  pcAliasOnProvisionedVersion:
    "Alias can't be used for Provisioned Concurrency configuration on an already Provisioned version",
  pcVersionUnderAlias: 'Version is pointed by a Provisioned Concurrency alias',
  pcAboveReserved:
    'Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function',
  /**
   * A request larger than the whole unreserved pool (checked before the floor below). Text as AWS
   * returns it (LocalStack's AWS-validated provider mirrors it); N is the account's
   * UnreservedConcurrentExecutions.
   */
  pcAboveUnreserved: (unreserved: number) =>
    `Specified ConcurrentExecutions for function is greater than account's unreserved concurrency [${unreserved}].`,
  pcBelowUnreservedFloor: (floor: number) =>
    `Specified ConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${floor}].`,
  /**
   * "You can't manage provisioned concurrency settings on the alias while the routing configuration is
   * in place." https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html
   * The text is the one the service returns (recorded in many pipeline logs).
   */
  pcOnWeightedAlias: 'Alias with weights can not be used with Provisioned Concurrency',
  /**
   * Reserved concurrency must cover the function's provisioned concurrency ("Provisioned concurrency counts
   * towards a function's reserved concurrency"). https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html
   * Text as recorded from AWS (LocalStack's snapshot); the words before "should" are ours (IMPL).
   */
  reservedBelowProvisioned: (n: number, total: number) =>
    `ReservedConcurrentExecutions ${n} should not be lower than function's total provisioned concurrency [${total}].`,
  reservedBelowUnreservedFloor: (floor: number) =>
    `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${floor}].`,
  functionLevelOnly:
    'This operation is permitted on Lambda functions only. Aliases and versions do not support this operation. Please specify either a function name or an unqualified function ARN.',
  /** LocalStack's text for a Qualifier that disagrees with the qualified name (IMPL). */
  qualifierMismatch: 'The derived qualifier from the function name does not match the specified qualifier.',
  /** AWS's text when CreateFunction has a zip package but no Runtime/Handler. */
  runtimeHandlerRequired:
    'Runtime and Handler are mandatory parameters for functions created with deployment packages.',
} as const;

export const sameAsPrimary = (v: string): AwsError =>
  invalidParameter(
    `Invalid function version ${v}. Function version ${v} is already included in routing configuration.`,
  );

/** Java-style map rendering used by AWS in these messages, e.g. {2=2.0}. */
const renderWeightMap = (m: Record<string, unknown>): string =>
  `{${Object.entries(m)
    .map(([k, v]) => `${k}=${typeof v === 'number' && Number.isInteger(v) ? v.toFixed(1) : String(v)}`)
    .join(', ')}}`;

export const weightOutOfRange = (m: Record<string, unknown>): AwsError =>
  validation(
    `'${renderWeightMap(m)}'`,
    'routingConfig.additionalVersionWeights',
    'Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0, Member must not be null]',
  );

/**
 * The list ends with the key pattern: the later AWS recording (LocalStack's AWS-validated provider,
 * updated from its snapshot) has no "Member must not be null" after it.
 */
export const weightKeyInvalid = (m: Record<string, unknown>): AwsError =>
  validation(
    `'${renderWeightMap(m)}'`,
    'routingConfig.additionalVersionWeights',
    'Map keys must satisfy constraint: [Member must have length less than or equal to 1024, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: [0-9]+]',
  );

/** https://docs.aws.amazon.com/lambda/latest/api/API_PutProvisionedConcurrencyConfig.html (ProvisionedConcurrentExecutions ≥ 1). */
export const pcZero = (n: number): AwsError =>
  validation(`'${n}'`, 'provisionedConcurrentExecutions', 'Member must have value greater than or equal to 1');

/**
 * Throttled invoke: HTTP 429 with a Reason. "Rate Exceeded." is the message AWS returns for a
 * throttled Invoke (quoted in https://github.com/alexcasalboni/aws-lambda-power-tuning/issues/133);
 * Reason values from the Invoke API reference
 * https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html (TooManyRequestsException).
 */
export type ThrottleReason =
  | 'ConcurrentInvocationLimitExceeded'
  | 'ReservedFunctionConcurrentInvocationLimitExceeded'
  | 'FunctionInvocationRateLimitExceeded';
export const throttled = (reason: ThrottleReason): AwsError =>
  // The SDK's TooManyRequestsException carries Reason and Type as top-level members
  // (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_Errors); `details` keeps them too.
  Object.assign(lambdaError('TooManyRequestsException', 'Rate Exceeded.', { Reason: reason, Type: 'User' }), {
    Reason: reason,
    Type: 'User',
  });

/**
 * An update (or creation) has not finished: "During this time, you can't modify the function"
 * (https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html). Text as AWS
 * returns it to pipelines that publish or update again too soon (quoted in many CI logs).
 */
export const updateInProgress = (functionArn: string): AwsError =>
  lambdaError(
    'ResourceConflictException',
    `The operation cannot be performed at this time. An update is in progress for resource: ${functionArn}`,
    { Type: 'User' },
  );

/**
 * "Lambda does not invoke a function during pending state. Any invocations or other API actions that
 * operate on the function will fail." https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html
 * Text as AWS returns it (quoted in https://github.com/remotion-dev/remotion/issues/1186).
 */
export const functionPending = (): AwsError =>
  lambdaError(
    'ResourceConflictException',
    'The operation cannot be performed at this time. The function is currently in the following state: Pending',
    { Type: 'User' },
  );

/**
 * A full ARN names its Region, and a regional endpoint only serves its own: AWS answers
 * ResourceNotFoundException (quoted from a real response in many public issues, e.g. cross-Region
 * CloudFront and custom-resource setups).
 */
export const otherRegion = (arnRegion: string, here: string): AwsError =>
  lambdaError(
    'ResourceNotFoundException',
    `Functions from '${arnRegion}' are not reachable in this region ('${here}')`,
    { Type: 'User' },
  );

/** Qualifier's constraints in the Lambda API model: length 1–128, pattern (|[a-zA-Z0-9$_-]+). */
const QUALIFIER_PATTERN_TEXT = '(|[a-zA-Z0-9$_-]+)';

export function badQualifier(q: string): AwsError | undefined {
  const problems: string[] = [];
  const at = `Value '${q}' at 'qualifier' failed to satisfy constraint:`;
  if (!/^[a-zA-Z0-9$_-]*$/.test(q))
    problems.push(`${at} Member must satisfy regular expression pattern: ${QUALIFIER_PATTERN_TEXT}`);
  if (q.length > 128) problems.push(`${at} Member must have length less than or equal to 128`);
  if (problems.length === 0) return undefined;
  const head = problems.length === 1 ? '1 validation error detected' : `${problems.length} validation errors detected`;
  return lambdaError('ValidationException', `${head}: ${problems.join('; ')}`);
}
