/**
 * The default world's names and numbers, without the simulator: the Lab page shows them (its intro, the
 * deploy panel's choices) before the simulator's code has loaded (issue 18); defaultSetup.ts builds the
 * world from them.
 */
export const DEFAULT_FUNCTION = 'orders';
export const DEFAULT_ALIAS = 'live';
export const DEFAULT_APPLICATION = 'orders-app';
export const DEFAULT_GROUP = 'orders-live-dg';
export const DEFAULT_ALARM = 'orders-live-error-rate';
export const DEFAULT_RATE_PER_SECOND = 50;
export const LAMBDA_ROLE = 'arn:aws:iam::123456789012:role/orders-lambda-exec';
export const CODEDEPLOY_ROLE = 'arn:aws:iam::123456789012:role/CodeDeployServiceRoleForLambda';

/** Healthy and faulty code documents (sim-api.md "Simulated code"). */
export const HEALTHY_CODE = { errorRate: 0, durationMs: 110, initDurationMs: 450 };
/** Version 2: one request in ten fails, enough for the alias-level error rate to cross 0.5 % during a 10 % canary. */
export const FAULTY_CODE = { errorRate: 0.1, durationMs: 130, initDurationMs: 450 };
export const FIXED_CODE = { errorRate: 0, durationMs: 105, initDurationMs: 450, fix: 'null check on the coupon field' };

/** Threshold in percent of requests through the alias that fail. */
export const ERROR_RATE_THRESHOLD_PERCENT = 0.5;

export const DEPLOYMENT_CHOICES = [
  'CodeDeployDefault.LambdaCanary10Percent5Minutes',
  'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
  'CodeDeployDefault.LambdaAllAtOnce',
] as const;
