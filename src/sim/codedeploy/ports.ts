import type { WorldContext } from '../core/context';

/**
 * The small part of the Lambda and CloudWatch services that CodeDeploy uses, as CodeDeploy's
 * service role would (AWSCodeDeployRoleForLambda allows lambda:GetAlias, lambda:UpdateAlias,
 * lambda:InvokeFunction and cloudwatch:DescribeAlarms). Narrow interfaces keep this service testable
 * with fakes and make the dependency explicit. All calls must return synchronously: they run inside
 * simulated events, where a Promise would resolve outside simulated time.
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForLambda.html
 */
export interface AliasView {
  FunctionVersion?: string;
  RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> };
}

export interface LambdaPort {
  getAlias(input: { FunctionName: string; Name: string }): AliasView;
  updateAlias(input: {
    FunctionName: string;
    Name: string;
    FunctionVersion?: string;
    RoutingConfig?: { AdditionalVersionWeights: Record<string, number> };
  }): unknown;
  getFunctionConfiguration?(input: { FunctionName: string; Qualifier?: string }): unknown;
  invoke(input: {
    FunctionName: string;
    InvocationType?: 'Event' | 'RequestResponse' | 'DryRun';
    Payload?: string;
  }): unknown;
}

/**
 * The Lambda API calls CodeDeploy makes, typed by what CodeDeploy reads of their results. Lambda's
 * service returns the full AWS output shapes; this adapter narrows them. The service builds it once;
 * each call looks Lambda up in the world when it runs, so the adapter can exist before Lambda does.
 */
export function lambdaPort(ctx: WorldContext): LambdaPort {
  const lambda = () => ctx.services.lambda;
  return {
    getAlias: (input) => lambda().getAlias(input),
    updateAlias: (input) => lambda().updateAlias(input),
    getFunctionConfiguration: (input) => lambda().getFunctionConfiguration(input),
    invoke: (input) => lambda().invoke(input),
  };
}
