/** The example the page offers: a small SAM stack with two deployment traps to find and fix. */
export const EXAMPLE_TEMPLATE = `# Payments: a function released through CodeDeploy, fed by a queue.
Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage:
    Type: String
    Default: prod
Resources:
  PaymentsFunction:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: !Sub 'payments-\${Stage}'
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/
      AutoPublishAlias: live
      DeploymentPreference:
        Type: AllAtOnce
        Alarms:
          - !Ref PaymentsErrors
  PaymentsQueue:
    Type: AWS::SQS::Queue
  PaymentsConsumer:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt PaymentsQueue.Arn
      FunctionName: !Ref PaymentsFunction
  PaymentsErrors:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/Lambda
      MetricName: Errors
      Dimensions:
        - Name: FunctionName
          Value: !Ref PaymentsFunction
        - Name: Resource
          Value: !Sub '\${PaymentsFunction}:live'
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 0
      ComparisonOperator: GreaterThanThreshold
`;
