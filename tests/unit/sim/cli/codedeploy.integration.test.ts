import { describe, it } from 'vitest';
import { checkRow, DEPLOY_ROLE, type Row } from './labWorld';

/** Rows that need no deployment yet. */
const rows: Row[] = [
  {
    line: 'aws deploy create-application --application-name other --compute-platform Lambda --query "length(applicationId)"',
    exitCode: 0,
    stdout: '36\n',
  },
  {
    line: 'aws deploy create-application --application-name shop --compute-platform Lambda',
    exitCode: 254,
    stderr: /^\nAn error occurred \(ApplicationAlreadyExistsException\) when calling the CreateApplication operation: /,
  },
  {
    line: 'aws deploy get-application --application-name shop --query application.computePlatform --output text',
    exitCode: 0,
    stdout: 'Lambda\n',
  },
  { line: 'aws deploy list-applications --output text', exitCode: 0, stdout: 'APPLICATIONS\tshop\n' },
  {
    line: 'aws deploy create-deployment-config --deployment-config-name Linear25Every2 --compute-platform Lambda --traffic-routing-config type=TimeBasedLinear,timeBasedLinear={linearPercentage=25,linearInterval=2} --query "length(deploymentConfigId)"',
    exitCode: 0,
    stdout: '36\n',
  },
  {
    line: 'aws deploy get-deployment-config --deployment-config-name CodeDeployDefault.LambdaCanary10Percent5Minutes --query deploymentConfigInfo.trafficRoutingConfig',
    exitCode: 0,
    stdout:
      '{\n    "type": "TimeBasedCanary",\n    "timeBasedCanary": {\n        "canaryPercentage": 10,\n        "canaryInterval": 5\n    }\n}\n',
  },
  {
    line: 'aws deploy list-deployment-configs --query "length(deploymentConfigsList)"',
    exitCode: 0,
    stdout: /^\d+\n$/,
  },
  {
    line: 'aws deploy delete-deployment-config --deployment-config-name CodeDeployDefault.LambdaAllAtOnce',
    exitCode: 254,
    stderr: /^\nAn error occurred \(\w+\) when calling the DeleteDeploymentConfig operation: /,
  },
  {
    line: `aws deploy create-deployment-group --application-name shop --deployment-group-name payments --deployment-config-name CodeDeployDefault.LambdaAllAtOnce --service-role-arn ${DEPLOY_ROLE} --deployment-style deploymentType=BLUE_GREEN,deploymentOption=WITH_TRAFFIC_CONTROL --query "length(deploymentGroupId)"`,
    exitCode: 0,
    stdout: '36\n',
  },
  {
    line: 'aws deploy update-deployment-group --application-name shop --current-deployment-group-name orders --alarm-configuration enabled=true,alarms=[{name=orders-live-errors}] --auto-rollback-configuration enabled=true,events=DEPLOYMENT_FAILURE,DEPLOYMENT_STOP_ON_ALARM',
    exitCode: 0,
    stdout: '{\n    "hooksNotCleanedUp": []\n}\n',
  },
  {
    line: 'aws deploy get-deployment-group --application-name shop --deployment-group-name orders --query deploymentGroupInfo.deploymentConfigName --output text',
    exitCode: 0,
    stdout: 'CodeDeployDefault.LambdaCanary10Percent5Minutes\n',
  },
  {
    line: 'aws deploy list-deployment-groups --application-name shop --query deploymentGroups --output text',
    exitCode: 0,
    stdout: 'orders\n',
  },
  {
    line: 'aws deploy create-deployment --application-name shop --deployment-group-name orders --revision revisionType=AppSpecContent,appSpecContent={content@=file://appspec.yaml} --query deploymentId --output text',
    exitCode: 0,
    stdout: /^d-[A-Z0-9]{9}\n$/,
  },
  {
    line: 'aws deploy create-deployment --application-name shop --deployment-group-name orders --revision revisionType=AppSpecContent,appSpecContent={content@=file://missing.yaml}',
    exitCode: 252,
    stderr: /Unable to load paramfile file:\/\/missing.yaml/,
  },
  {
    line: 'aws deploy list-deployments --application-name shop --deployment-group-name orders',
    exitCode: 0,
    stdout: '{\n    "deployments": []\n}\n',
  },
  {
    line: 'aws deploy get-deployment --deployment-id d-AAAAAAAAA',
    exitCode: 254,
    stderr: /^\nAn error occurred \(DeploymentDoesNotExistException\) when calling the GetDeployment operation: /,
  },
];

/** Rows that run while a canary deployment of orders:live (1 → 2) is in progress. */
const duringDeployment: Row[] = [
  {
    line: 'aws deploy get-deployment --deployment-id $DEPLOYMENT_ID --query "deploymentInfo.[status,deploymentConfigName]" --output text',
    exitCode: 0,
    stdout: 'InProgress\tCodeDeployDefault.LambdaCanary10Percent5Minutes\n',
  },
  {
    line: 'aws deploy batch-get-deployments --deployment-ids $DEPLOYMENT_ID --query "deploymentsInfo[].status" --output text',
    exitCode: 0,
    stdout: 'InProgress\n',
  },
  {
    line: 'aws deploy list-deployments --include-only-statuses InProgress --query "length(deployments)"',
    exitCode: 0,
    stdout: '1\n',
  },
  {
    line: 'aws deploy list-deployment-targets --deployment-id $DEPLOYMENT_ID --query targetIds --output text',
    exitCode: 0,
    stdout: 'orders:live\n',
  },
  {
    line: 'aws deploy get-deployment-target --deployment-id $DEPLOYMENT_ID --target-id orders:live --query "deploymentTarget.lambdaTarget.lifecycleEvents[].lifecycleEventName" --output text',
    exitCode: 0,
    stdout: 'Start\tBeforeAllowTraffic\tAllowTraffic\tAfterAllowTraffic\tEnd\n',
  },
  {
    line: 'aws lambda get-alias --function-name orders --name live --query RoutingConfig.AdditionalVersionWeights',
    exitCode: 0,
    stdout: '{\n    "2": 0.1\n}\n',
  },
  {
    // A second deployment on the group fails, it is not queued
    // (https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeployment.html).
    line: 'aws deploy create-deployment --application-name shop --deployment-group-name orders --revision revisionType=AppSpecContent,appSpecContent={content@=file://appspec.yaml}',
    exitCode: 254,
    stderr: /^\nAn error occurred \(DeploymentLimitExceededException\) when calling the CreateDeployment operation: /,
  },
  {
    line: 'aws deploy put-lifecycle-event-hook-execution-status --deployment-id $DEPLOYMENT_ID --lifecycle-event-hook-execution-id nope --status Succeeded',
    exitCode: 254,
    stderr:
      /^\nAn error occurred \(InvalidLifecycleEventHookExecutionIdException\) when calling the PutLifecycleEventHookExecutionStatus operation: /,
  },
  {
    line: 'aws deploy stop-deployment --deployment-id $DEPLOYMENT_ID --auto-rollback-enabled --query status --output text',
    exitCode: 0,
    stdout: /^(Pending|Succeeded)\n$/,
  },
  {
    line: 'aws deploy stop-deployment --deployment-id $DEPLOYMENT_ID --no-auto-rollback-enabled --query status --output text',
    exitCode: 0,
    stdout: /^(Pending|Succeeded)\n$/,
  },
  {
    line: 'aws deploy stop-deployment',
    exitCode: 252,
    stderr: /the following arguments are required: --deployment-id\n$/,
  },
];

describe('aws deploy over the simulated world', () => {
  it.each(rows)('$line → exit $exitCode', (row) => checkRow(row));
  it.each(duringDeployment)('during a deployment: $line → exit $exitCode', (row) =>
    checkRow(row, { deployment: true }),
  );
});
