/**
 * Small templates for the rule tests: a SAM function deployed through a "live" alias, with the
 * parts each test changes passed in as YAML.
 */
export const ALIAS_ALARM = `
  ApiErrors:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/Lambda
      MetricName: Errors
      Dimensions:
        - Name: FunctionName
          Value: !Ref Api
        - Name: Resource
          Value: !Sub '\${Api}:live'
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 0
      ComparisonOperator: GreaterThanThreshold`;

export function samStack(options: {
  type?: string;
  alarms?: string;
  preferenceExtra?: string;
  functionExtra?: string;
  resources?: string;
}): string {
  const alarms = options.alarms ?? '\n        Alarms:\n          - !Ref ApiErrors';
  return `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: api
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/
      AutoPublishAlias: live${options.functionExtra ?? ''}
      DeploymentPreference:
        Type: ${options.type ?? 'Canary10Percent10Minutes'}${alarms}${options.preferenceExtra ?? ''}
${options.resources ?? ALIAS_ALARM}
`;
}

/** An alarm on the Api function with the given dimensions and evaluation settings. */
export function alarm(dimensions: string, settings = 'Period: 60\n      EvaluationPeriods: 1'): string {
  return `
  ApiErrors:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/Lambda
      MetricName: Errors
      Dimensions:${dimensions}
      Statistic: Sum
      ${settings}
      Threshold: 0
      ComparisonOperator: GreaterThanThreshold`;
}

export const HOOKS = `
        Hooks:
          PreTraffic: !Ref PreHook`;

export function hookFunction(props: string): string {
  return `
  PreHook:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: hook.handler
      CodeUri: hook/
      DeploymentPreference:
        Enabled: false${props}`;
}

export const REPORT_POLICY = `
      Policies:
        - Version: '2012-10-17'
          Statement:
            - Effect: Allow
              Action: codedeploy:PutLifecycleEventHookExecutionStatus
              Resource: '*'`;
