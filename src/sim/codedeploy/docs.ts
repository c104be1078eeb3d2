/** AWS documentation that states the rules this service models (cited in the event log). */
export const DOCS = {
  hooks:
    'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda',
  putHookStatus:
    'https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_PutLifecycleEventHookExecutionStatus.html',
  alarms: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-create-alarms.html',
  alarmConfig: 'https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_AlarmConfiguration.html',
  troubleshootingLambda:
    'https://docs.aws.amazon.com/codedeploy/latest/userguide/troubleshooting-deployments-lambda.html',
  stop: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-stop.html',
  rollback: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html',
  configs: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html',
  lambdaSteps: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-steps-lambda.html',
  limits: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/limits.html',
} as const;
