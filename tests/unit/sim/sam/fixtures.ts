import { createWorld, type World } from '../../../../src/sim';

/** A SAM template for an `orders` function; `extra` lines go under its Properties. */
export function ordersTemplate(
  opts: { code?: string; timeout?: number; memory?: number; preference?: string; extra?: string } = {},
): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: orders
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: ${opts.code ?? 'src/orders.json'}
      Timeout: ${opts.timeout ?? 10}
      MemorySize: ${opts.memory ?? 256}
      AutoPublishAlias: live
${
  opts.preference ??
  `      DeploymentPreference:
        Type: Canary10Percent5Minutes
        Alarms:
          - !Ref ErrorsAlarm`
}
${opts.extra ?? ''}
  ErrorsAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: orders-live-errors
      Namespace: AWS/Lambda
      MetricName: Errors
      Dimensions:
        - Name: FunctionName
          Value: !Ref Orders
        - Name: Resource
          Value: !Sub '\${Orders}:live'
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
      TreatMissingData: notBreaching
Outputs:
  OrdersAliasArn:
    Value: !Ref OrdersAliaslive
`;
}

export function worldWithCode(
  files: Record<string, string> = { 'src/orders.json': '{"errorRate":0,"durationMs":100}' },
): World {
  const world = createWorld({ seed: 7 });
  for (const [k, v] of Object.entries(files)) world.workspace.write(k, v);
  return world;
}
