/**
 * The template the editor starts with: a SAM function published through AutoPublishAlias and
 * shifted by CodeDeploy with Canary10Percent5Minutes, rolled back by an error alarm on the alias.
 * It uses its own function (`checkout`), so it deploys next to the Lab's default `orders` world.
 * The first `sam deploy` creates version 1 and the alias with no traffic shift; change the
 * InlineCode (e.g. errorRate) and deploy again to watch a canary.
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
      # The simulated code: change errorRate and deploy again to start a canary.
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
