/**
 * Fixed lists the question schema and the question templates share, in a module without zod: the
 * Practice page generates its template variants from these without loading the schema (issue 18).
 * questionsSchema.ts re-exports them.
 */

/** The nine predefined Lambda configurations (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html). */
export const PREDEFINED_LAMBDA_CONFIGS = [
  'CodeDeployDefault.LambdaCanary10Percent5Minutes',
  'CodeDeployDefault.LambdaCanary10Percent10Minutes',
  'CodeDeployDefault.LambdaCanary10Percent15Minutes',
  'CodeDeployDefault.LambdaCanary10Percent30Minutes',
  'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
  'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes',
  'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes',
  'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
  'CodeDeployDefault.LambdaAllAtOnce',
] as const;
export type PredefinedLambdaConfig = (typeof PREDEFINED_LAMBDA_CONFIGS)[number];

/** The errors CreateAlias/UpdateAlias answer a bad RoutingConfig with (https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html#API_CreateAlias_Errors). */
export const ALIAS_ERRORS = [
  'ValidationException',
  'InvalidParameterValueException',
  'ResourceNotFoundException',
] as const;
export type AliasErrorName = (typeof ALIAS_ERRORS)[number];
