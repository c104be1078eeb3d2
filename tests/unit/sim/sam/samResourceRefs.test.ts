// SAM's referenceable properties of an auto-published function: <Function>.Version and
// <Function>.Alias stand for the generated Version and Alias resources in Ref, GetAtt and Sub.
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html
import { describe, expect, it } from 'vitest';
import { deploySam } from '../../../../src/sim/sam';
import { worldWithCode } from './fixtures';

const template = (code: string) => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: orders
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: ${code}
      AutoPublishAlias: live
  Checker:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: checker
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/orders.json
      Environment:
        Variables:
          TARGET_VERSION_ARN: !Ref Orders.Version
          LIVE_ALIAS_ARN: !Ref Orders.Alias
          LIVE_NAME: !Sub '\${Orders.Alias}'
  NewVersionErrors:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: orders-new-version-errors
      Namespace: AWS/Lambda
      MetricName: Errors
      Dimensions:
        - Name: FunctionName
          Value: !Ref Orders
        - Name: Resource
          Value: !Sub '\${Orders}:live'
        - Name: ExecutedVersion
          Value: !GetAtt Orders.Version.Version
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
`;

describe('SAM <Function>.Version and <Function>.Alias references', () => {
  const world = worldWithCode({ 'src/orders.json': '{"errorRate":0}', 'src/orders-v2.json': '{"errorRate":0.5}' });
  const dimension = () =>
    (world.cloudwatch.describeAlarms({}).MetricAlarms[0]!.Dimensions as { Name: string; Value: string }[]).find(
      (d) => d.Name === 'ExecutedVersion',
    )?.Value;
  const env = () =>
    (
      world.lambda.getFunctionConfiguration({ FunctionName: 'checker' }).Environment as {
        Variables: Record<string, string>;
      }
    ).Variables;

  it('resolves !GetAtt Orders.Version.Version to the number of the version the stack published', () => {
    deploySam(world, template('src/orders.json'), { stackName: 'refs', parameterOverrides: {} });
    expect(dimension()).toBe('1');
    // A new code package publishes version 2, and the alarm follows it.
    deploySam(world, template('src/orders-v2.json'), { stackName: 'refs', parameterOverrides: {} });
    expect(dimension()).toBe('2');
  });

  it('resolves !Ref Orders.Version to the version ARN and !Ref Orders.Alias to the alias ARN', () => {
    expect(env().TARGET_VERSION_ARN).toMatch(/:function:orders:2$/);
    expect(env().LIVE_ALIAS_ARN).toMatch(/:function:orders:live$/);
    expect(env().LIVE_NAME).toMatch(/:function:orders:live$/);
  });
});
