import { AwsError } from '../core/errors';

/**
 * CloudWatch's exceptions. `name` is the AWS SDK v3 exception name; `details.Code` is the error
 * code on the wire, which the AWS CLI prints ("An error occurred (InvalidParameterValue) when
 * calling the PutMetricAlarm operation: …").
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html#API_PutMetricAlarm_Errors
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CommonErrors.html
 */
const make = (name: string, code: string, status: number) => (message: string) =>
  new AwsError(name, message, status, { Code: code });

export const validationError = make('ValidationError', 'ValidationError', 400);
export const invalidParameterValue = make('InvalidParameterValueException', 'InvalidParameterValue', 400);
export const invalidParameterCombination = make(
  'InvalidParameterCombinationException',
  'InvalidParameterCombination',
  400,
);
export const missingRequiredParameter = make('MissingRequiredParameterException', 'MissingParameter', 400);
export const resourceNotFound = make('ResourceNotFound', 'ResourceNotFound', 404);
export const invalidFormat = make('InvalidFormatFault', 'InvalidFormat', 400);
export const limitExceeded = make('LimitExceededFault', 'LimitExceeded', 400);

/** The Smithy validation wording AWS uses for constraint failures ("1 validation error detected: …"). */
export const constraintError = (value: unknown, member: string, constraint: string) =>
  validationError(
    `1 validation error detected: Value ${value === null || value === undefined ? 'null' : `'${typeof value === 'string' ? value : JSON.stringify(value)}'`} at '${member}' failed to satisfy constraint: ${constraint}`,
  );
