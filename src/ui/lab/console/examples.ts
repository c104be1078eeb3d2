/**
 * The console's examples menu. Each command follows an example the AWS documentation prints for
 * that command (page in `source`), with names changed to the Lab's default world (function
 * `orders`, alias `live`, application `orders-app`, group `orders-live-dg`, alarm
 * `orders-live-error-rate`) so that it runs as it is. Choosing one puts it in the input to edit.
 */
export interface ConsoleExample {
  /** What the learner sees in the menu. */
  label: string;
  command: string;
  /** The AWS documentation page that shows this command. */
  source: string;
}

export interface ExampleGroup {
  title: string;
  examples: readonly ConsoleExample[];
}

const CLI = 'https://docs.aws.amazon.com/cli/latest/reference';

export const EXAMPLE_GROUPS: readonly ExampleGroup[] = [
  {
    title: 'Versions and aliases',
    examples: [
      {
        label: 'Write a code document, then create a function from it',
        command:
          'echo \'{"errorRate":0,"durationMs":120}\' > hello.json\naws lambda create-function --function-name hello --runtime nodejs22.x --handler index.handler --role arn:aws:iam::123456789012:role/lambda-ex --zip-file fileb://hello.json',
        source: `${CLI}/lambda/create-function.html`,
      },
      {
        label: 'Publish a version of $LATEST',
        command: 'aws lambda publish-version --function-name orders',
        source: `${CLI}/lambda/publish-version.html`,
      },
      {
        label: 'Wait until an update has finished (before publishing)',
        command: 'aws lambda wait function-updated-v2 --function-name orders',
        source: `${CLI}/lambda/wait/function-updated-v2.html`,
      },
      {
        label: 'List the versions',
        command: 'aws lambda list-versions-by-function --function-name orders',
        source: `${CLI}/lambda/list-versions-by-function.html`,
      },
      {
        label: 'Create an alias',
        command: 'aws lambda create-alias --function-name orders --name beta --function-version 1',
        source: `${CLI}/lambda/create-alias.html`,
      },
      {
        label: 'Describe an alias',
        command: 'aws lambda get-alias --function-name orders --name live',
        source: `${CLI}/lambda/get-alias.html`,
      },
      {
        label: 'Weighted alias: send 3 % to version 2',
        command:
          'aws lambda update-alias --function-name orders --name live --routing-config AdditionalVersionWeights={"2"=0.03}',
        source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html',
      },
      {
        label: 'Remove the weights (all traffic to the alias version)',
        command:
          "aws lambda update-alias --function-name orders --name live --function-version 1 --routing-config '{}'",
        source: `${CLI}/lambda/update-alias.html`,
      },
      {
        label: 'Invoke through the alias',
        command: 'aws lambda invoke --function-name orders:live response.json',
        source: `${CLI}/lambda/invoke.html`,
      },
    ],
  },
  {
    title: 'CodeDeploy',
    examples: [
      {
        label: 'List the deployment configurations',
        command: 'aws deploy list-deployment-configs',
        source: `${CLI}/deploy/list-deployment-configs.html`,
      },
      {
        label: 'Describe the deployment group',
        command: 'aws deploy get-deployment-group --application-name orders-app --deployment-group-name orders-live-dg',
        source: `${CLI}/deploy/get-deployment-group.html`,
      },
      {
        label: 'Shift orders:live from version 1 to 2 with a canary',
        command:
          'aws deploy create-deployment --application-name orders-app --deployment-group-name orders-live-dg \\\n  --deployment-config-name CodeDeployDefault.LambdaCanary10Percent5Minutes \\\n  --revision \'{"revisionType":"AppSpecContent","appSpecContent":{"content":"{\\"version\\":0.0,\\"Resources\\":[{\\"orders\\":{\\"Type\\":\\"AWS::Lambda::Function\\",\\"Properties\\":{\\"Name\\":\\"orders\\",\\"Alias\\":\\"live\\",\\"CurrentVersion\\":\\"1\\",\\"TargetVersion\\":\\"2\\"}}}]}"}}\'',
        source: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-create-cli.html',
      },
      {
        label: 'List deployments',
        command: 'aws deploy list-deployments --application-name orders-app --deployment-group-name orders-live-dg',
        source: `${CLI}/deploy/list-deployments.html`,
      },
      {
        label: 'Describe a deployment (put its id in)',
        command: 'aws deploy get-deployment --deployment-id d-',
        source: `${CLI}/deploy/get-deployment.html`,
      },
      {
        label: 'Stop a deployment and roll back',
        command: 'aws deploy stop-deployment --auto-rollback-enabled --deployment-id d-',
        source: `${CLI}/deploy/stop-deployment.html`,
      },
    ],
  },
  {
    title: 'CloudWatch alarms',
    examples: [
      {
        label: 'Describe the alarms',
        command: 'aws cloudwatch describe-alarms --alarm-names orders-live-error-rate',
        source: `${CLI}/cloudwatch/describe-alarms.html`,
      },
      {
        label: 'Force the alarm into ALARM (to test the rollback)',
        command:
          'aws cloudwatch set-alarm-state --alarm-name orders-live-error-rate --state-value ALARM --state-reason "testing"',
        source: `${CLI}/cloudwatch/set-alarm-state.html`,
      },
      {
        label: 'Alarm history',
        command: 'aws cloudwatch describe-alarm-history --alarm-name orders-live-error-rate',
        source: `${CLI}/cloudwatch/describe-alarm-history.html`,
      },
    ],
  },
  {
    title: 'Provisioned concurrency and SAM',
    examples: [
      {
        label: 'Provisioned concurrency on the alias',
        command:
          'aws lambda put-provisioned-concurrency-config --function-name orders --qualifier live --provisioned-concurrent-executions 10',
        source: `${CLI}/lambda/put-provisioned-concurrency-config.html`,
      },
      {
        label: 'Deploy the template in the editor',
        command: 'sam deploy --stack-name checkout-app',
        source:
          'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-cli-command-reference-sam-deploy.html',
      },
    ],
  },
];
