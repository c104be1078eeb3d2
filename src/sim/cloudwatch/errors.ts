import { awsError, type AwsError } from '../core/errors';

/**
 * CloudWatch's exceptions. `name` is the AWS SDK v3 exception name; `details.Code` is the error
 * code on the wire, which the AWS CLI prints ("An error occurred (InvalidParameterValue) when
 * calling the PutMetricAlarm operation: …").
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html#API_PutMetricAlarm_Errors
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CommonErrors.html
 */
const CLOUDWATCH_EXCEPTIONS = {
  ValidationError: { code: 'ValidationError', status: 400 },
  InvalidParameterValueException: { code: 'InvalidParameterValue', status: 400 },
  InvalidParameterCombinationException: { code: 'InvalidParameterCombination', status: 400 },
  MissingRequiredParameterException: { code: 'MissingParameter', status: 400 },
  ResourceNotFound: { code: 'ResourceNotFound', status: 404 },
  InvalidFormatFault: { code: 'InvalidFormat', status: 400 },
  LimitExceededFault: { code: 'LimitExceeded', status: 400 },
} as const;

export type CloudWatchExceptionName = keyof typeof CLOUDWATCH_EXCEPTIONS;

/** The one way to make a CloudWatch error: the exception's name and AWS's message; status and wire code follow. */
export const cloudWatchError = (name: CloudWatchExceptionName, message: string): AwsError =>
  awsError(name, message, CLOUDWATCH_EXCEPTIONS[name].status, { Code: CLOUDWATCH_EXCEPTIONS[name].code });

/** The Smithy validation wording AWS uses for constraint failures ("1 validation error detected: …"). */
export const constraintError = (value: unknown, member: string, constraint: string): AwsError =>
  cloudWatchError(
    'ValidationError',
    `1 validation error detected: Value ${value === null || value === undefined ? 'null' : `'${typeof value === 'string' ? value : JSON.stringify(value)}'`} at '${member}' failed to satisfy constraint: ${constraint}`,
  );

/**
 * An enum member must be one of its values (Smithy's enum constraint). `listed` is the set as AWS's
 * message prints it, in AWS's order, when that differs from the values the simulator accepts. An
 * absent optional member passes.
 */
export function checkEnum(
  value: unknown,
  member: string,
  allowed: readonly string[],
  { listed = allowed, optional = true }: { listed?: readonly string[]; optional?: boolean } = {},
): void {
  if (optional && value === undefined) return;
  if (typeof value === 'string' && allowed.includes(value)) return;
  throw constraintError(value, member, `Member must satisfy enum value set: [${listed.join(', ')}]`);
}

/** MaxRecords of the Describe* operations: an integer from 1 to 100 when given. */
export function checkMaxRecords(value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > 100))
    throw constraintError(value, 'maxRecords', 'Member must have value between 1 and 100');
}
