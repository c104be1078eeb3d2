/**
 * The template the editor starts with: a SAM function published through AutoPublishAlias and
 * shifted by CodeDeploy with Canary10Percent5Minutes, stopped and rolled back by an error alarm on
 * the alias. It deploys its own function (`checkout`) next to the Lab's default `orders` world, and
 * the Lab's API Gateway calls `checkout:live` as soon as the first deploy creates the alias
 * (console/templateTraffic.ts), so a canary on it is seen by requests. The first `sam deploy` creates
 * version 1 and the alias with no traffic shift; raising errorRate and deploying again starts a canary
 * that fails, fires the alarm and rolls back.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
 */
export const TEMPLATE_PATH = 'template.yaml';
export const SAMPLE_STACK_NAME = 'checkout-app';

export const SAMPLE_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Checkout function, released by CodeDeploy as a 10 % canary for 5 minutes

Resources:
  Checkout:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: checkout
      Runtime: nodejs22.x
      Handler: index.handler
      Timeout: 10
      MemorySize: 256
      # The simulated code. Deploy once (version 1; the Lab then sends API traffic to checkout:live),
      # then set errorRate to 0.5 and deploy again: the canary's errors fire the alarm and CodeDeploy rolls back.
      InlineCode: '{"errorRate": 0, "durationMs": 120}'
      AutoPublishAlias: live
      DeploymentPreference:
        Type: Canary10Percent5Minutes
        Alarms:
          - !Ref CheckoutAliasErrors

  CheckoutAliasErrors:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: checkout-live-errors
      AlarmDescription: Any error through checkout:live during the canary
      Namespace: AWS/Lambda
      MetricName: Errors
      Dimensions:
        - Name: FunctionName
          Value: !Ref Checkout
        - Name: Resource
          Value: !Sub '\${Checkout}:live'
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
      TreatMissingData: notBreaching

Outputs:
  CheckoutAliasArn:
    Value: !Ref CheckoutAliaslive
`;
