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

export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface AlarmStateChangeView {
  alarmName: string;
  newState: AlarmStateValue;
}

export interface CloudWatchPort {
  _alarmState(name: string): AlarmStateValue | undefined;
  _onAlarmStateChange(listener: (change: AlarmStateChangeView) => void): () => void;
}

export const lambdaPort = (ctx: WorldContext): LambdaPort => ctx.services.lambda as unknown as LambdaPort;

/** Undefined while the CloudWatch service lacks the hooks (e.g. in a partial world). */
export function cloudWatchPort(ctx: WorldContext): CloudWatchPort | undefined {
  const cw = ctx.services.cloudwatch as unknown as Partial<CloudWatchPort> | undefined;
  return cw && typeof cw._alarmState === 'function' && typeof cw._onAlarmStateChange === 'function'
    ? (cw as CloudWatchPort)
    : undefined;
}
