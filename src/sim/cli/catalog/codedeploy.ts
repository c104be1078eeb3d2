import type { ParamSpec, ServiceSpec } from './types';
import { bool, int, list, map, str, struct, time } from './shapes';

// `aws deploy` is the CLI name of CodeDeploy; its API members are camelCase. Parameter names
// follow the AWS CLI v2 reference, e.g.
// https://awscli.amazonaws.com/v2/documentation/api/latest/reference/deploy/create-deployment-config.html
// https://awscli.amazonaws.com/v2/documentation/api/latest/reference/deploy/create-deployment-group.html

const applicationName: ParamSpec = {
  member: 'applicationName',
  shape: str(),
  required: true,
  description: 'The CodeDeploy application.',
};
const deploymentId: ParamSpec = {
  member: 'deploymentId',
  shape: str(),
  required: true,
  description: 'The deployment id (d-XXXXXXXXX).',
};
const deploymentConfigName: ParamSpec = {
  member: 'deploymentConfigName',
  shape: str(),
  description: 'e.g. CodeDeployDefault.LambdaCanary10Percent5Minutes or a custom config.',
};
const computePlatform = str(['Server', 'Lambda', 'ECS']);
const tagList = list(struct({ Key: str(), Value: str() }));

const alarmConfiguration: ParamSpec = {
  member: 'alarmConfiguration',
  shape: struct({ enabled: bool, ignorePollAlarmFailure: bool, alarms: list(struct({ name: str() })) }),
  description: 'CloudWatch alarms that stop the deployment when one is in ALARM.',
};
const autoRollbackConfiguration: ParamSpec = {
  member: 'autoRollbackConfiguration',
  shape: struct({
    enabled: bool,
    events: list(str(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'])),
  }),
  description: 'Which events roll the deployment back automatically.',
};
const deploymentStyle: ParamSpec = {
  member: 'deploymentStyle',
  shape: struct({
    deploymentType: str(['IN_PLACE', 'BLUE_GREEN']),
    deploymentOption: str(['WITH_TRAFFIC_CONTROL', 'WITHOUT_TRAFFIC_CONTROL']),
  }),
  description: 'Lambda deployments are BLUE_GREEN WITH_TRAFFIC_CONTROL.',
};
const content = struct({ content: str(), sha256: str() });
const revision: ParamSpec = {
  member: 'revision',
  shape: struct({
    revisionType: str(['S3', 'GitHub', 'String', 'AppSpecContent']),
    appSpecContent: content,
    string: content,
    s3Location: struct({ bucket: str(), key: str(), bundleType: str(), version: str(), eTag: str() }),
  }),
  description: 'The AppSpec: revisionType=AppSpecContent,appSpecContent={content=<YAML or JSON>}.',
};

export const codedeployCatalog: ServiceSpec = {
  name: 'deploy',
  worldKey: 'codedeploy',
  description: 'CodeDeploy applications, deployment groups, configurations and Lambda traffic-shifting deployments.',
  commands: [
    {
      name: 'create-application',
      operation: 'CreateApplication',
      description: 'Creates an application; Lambda deployments need --compute-platform Lambda.',
      params: [
        applicationName,
        { member: 'computePlatform', shape: computePlatform, description: 'Server, Lambda or ECS.' },
        { member: 'tags', shape: tagList, description: 'Tags.' },
      ],
      example: 'aws deploy create-application --application-name my-app --compute-platform Lambda',
    },
    {
      name: 'get-application',
      operation: 'GetApplication',
      description: 'Returns an application.',
      params: [applicationName],
      example: 'aws deploy get-application --application-name my-app',
    },
    {
      name: 'create-deployment-config',
      operation: 'CreateDeploymentConfig',
      description: 'Creates a custom traffic-shifting configuration (canary or linear).',
      params: [
        { ...deploymentConfigName, required: true, description: 'Name of the new configuration.' },
        {
          member: 'minimumHealthyHosts',
          shape: struct({ type: str(['HOST_COUNT', 'FLEET_PERCENT']), value: int }),
          description: 'EC2/on-premises only.',
        },
        {
          member: 'trafficRoutingConfig',
          shape: struct({
            type: str(['TimeBasedCanary', 'TimeBasedLinear', 'AllAtOnce']),
            timeBasedCanary: struct({ canaryPercentage: int, canaryInterval: int }),
            timeBasedLinear: struct({ linearPercentage: int, linearInterval: int }),
          }),
          description: 'How traffic moves: percentage and interval in minutes.',
        },
        { member: 'computePlatform', shape: computePlatform, description: 'Lambda for Lambda deployments.' },
      ],
      example:
        'aws deploy create-deployment-config --deployment-config-name Canary20Percent3Minutes --compute-platform Lambda --traffic-routing-config type=TimeBasedCanary,timeBasedCanary={canaryPercentage=20,canaryInterval=3}',
    },
    {
      name: 'get-deployment-config',
      operation: 'GetDeploymentConfig',
      description: 'Returns a deployment configuration.',
      params: [{ ...deploymentConfigName, required: true }],
      example:
        'aws deploy get-deployment-config --deployment-config-name CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
    },
    {
      name: 'list-deployment-configs',
      operation: 'ListDeploymentConfigs',
      description: 'Lists the predefined and custom deployment configurations.',
      params: [],
      paginated: ['deploymentConfigsList'],
      example: 'aws deploy list-deployment-configs',
    },
    {
      name: 'delete-deployment-config',
      operation: 'DeleteDeploymentConfig',
      description: 'Deletes a custom deployment configuration that no group uses.',
      params: [{ ...deploymentConfigName, required: true }],
      example: 'aws deploy delete-deployment-config --deployment-config-name Canary20Percent3Minutes',
    },
    {
      name: 'list-applications',
      operation: 'ListApplications',
      description: 'Lists application names.',
      params: [],
      paginated: ['applications'],
      example: 'aws deploy list-applications',
    },
    {
      name: 'list-deployment-groups',
      operation: 'ListDeploymentGroups',
      description: 'Lists the deployment groups of an application.',
      params: [applicationName],
      paginated: ['deploymentGroups'],
      example: 'aws deploy list-deployment-groups --application-name my-app',
    },
    {
      name: 'create-deployment-group',
      operation: 'CreateDeploymentGroup',
      description: 'Creates a deployment group: configuration, service role, alarms and rollback settings.',
      params: [
        applicationName,
        { member: 'deploymentGroupName', shape: str(), required: true, description: 'Name of the group.' },
        deploymentConfigName,
        { member: 'serviceRoleArn', shape: str(), required: true, description: 'Role CodeDeploy assumes.' },
        alarmConfiguration,
        autoRollbackConfiguration,
        deploymentStyle,
        { member: 'tags', shape: tagList, description: 'Tags.' },
      ],
      example:
        'aws deploy create-deployment-group --application-name my-app --deployment-group-name my-group --deployment-config-name CodeDeployDefault.LambdaCanary10Percent5Minutes --service-role-arn arn:aws:iam::123456789012:role/CodeDeployRole --deployment-style deploymentType=BLUE_GREEN,deploymentOption=WITH_TRAFFIC_CONTROL',
    },
    {
      name: 'update-deployment-group',
      operation: 'UpdateDeploymentGroup',
      description: 'Changes a deployment group.',
      params: [
        applicationName,
        { member: 'currentDeploymentGroupName', shape: str(), required: true, description: 'The group to change.' },
        { member: 'newDeploymentGroupName', shape: str(), description: 'A new name for the group.' },
        deploymentConfigName,
        { member: 'serviceRoleArn', shape: str(), description: 'Role CodeDeploy assumes.' },
        alarmConfiguration,
        autoRollbackConfiguration,
        deploymentStyle,
      ],
      example:
        'aws deploy update-deployment-group --application-name my-app --current-deployment-group-name my-group --alarm-configuration enabled=true,alarms=[{name=my-alarm}] --auto-rollback-configuration enabled=true,events=DEPLOYMENT_FAILURE,DEPLOYMENT_STOP_ON_ALARM',
    },
    {
      name: 'get-deployment-group',
      operation: 'GetDeploymentGroup',
      description: 'Returns a deployment group.',
      params: [
        applicationName,
        { member: 'deploymentGroupName', shape: str(), required: true, description: 'Name of the group.' },
      ],
      example: 'aws deploy get-deployment-group --application-name my-app --deployment-group-name my-group',
    },
    {
      name: 'create-deployment',
      operation: 'CreateDeployment',
      description: 'Starts a deployment of an AppSpec revision to a deployment group.',
      params: [
        applicationName,
        { member: 'deploymentGroupName', shape: str(), description: 'The target group.' },
        revision,
        { ...deploymentConfigName, description: "Overrides the group's configuration for this deployment." },
        { member: 'description', shape: str(), description: 'A comment.' },
        { member: 'ignoreApplicationStopFailures', shape: bool, description: 'EC2/on-premises only.' },
        autoRollbackConfiguration,
      ],
      example:
        'aws deploy create-deployment --application-name my-app --deployment-group-name my-group --revision revisionType=AppSpecContent,appSpecContent={content@=file://appspec.yaml}',
    },
    {
      name: 'get-deployment',
      operation: 'GetDeployment',
      description: 'Returns a deployment: status, overview, rollback info and error.',
      params: [deploymentId],
      example: 'aws deploy get-deployment --deployment-id d-A1B2C3D4E',
    },
    {
      name: 'list-deployments',
      operation: 'ListDeployments',
      description: 'Lists deployment ids, newest first.',
      params: [
        { ...applicationName, required: false },
        { member: 'deploymentGroupName', shape: str(), description: 'Only this group (needs --application-name).' },
        {
          member: 'includeOnlyStatuses',
          shape: list(str(['Created', 'Queued', 'InProgress', 'Baking', 'Succeeded', 'Failed', 'Stopped', 'Ready'])),
          description: 'Only these statuses.',
        },
        {
          member: 'createTimeRange',
          shape: struct({ start: time, end: time }),
          description: 'Only deployments created in this range.',
        },
      ],
      paginated: ['deployments'],
      example:
        'aws deploy list-deployments --application-name my-app --deployment-group-name my-group --include-only-statuses InProgress',
    },
    {
      name: 'batch-get-deployments',
      operation: 'BatchGetDeployments',
      description: 'Returns several deployments at once.',
      params: [
        { member: 'deploymentIds', shape: list(str()), required: true, description: 'Up to 25 deployment ids.' },
      ],
      example: 'aws deploy batch-get-deployments --deployment-ids d-A1B2C3D4E d-B2C3D4E5F',
    },
    {
      name: 'list-deployment-targets',
      operation: 'ListDeploymentTargets',
      description: 'Lists the target ids of a deployment (for Lambda, one: the function and alias).',
      params: [
        deploymentId,
        {
          member: 'targetFilters',
          shape: map(list(str())),
          description: 'TargetStatus or ServerInstanceLabel filters.',
        },
      ],
      paginated: ['targetIds'],
      example: 'aws deploy list-deployment-targets --deployment-id d-A1B2C3D4E',
    },
    {
      name: 'get-deployment-target',
      operation: 'GetDeploymentTarget',
      description: 'Returns the Lambda target of a deployment with its lifecycle events.',
      params: [
        deploymentId,
        { member: 'targetId', shape: str(), required: true, description: 'For Lambda: <function>:<alias>.' },
      ],
      example: 'aws deploy get-deployment-target --deployment-id d-A1B2C3D4E --target-id my-function:live',
    },
    {
      name: 'stop-deployment',
      operation: 'StopDeployment',
      description:
        'Stops a deployment; --auto-rollback-enabled rolls it back, --no-auto-rollback-enabled leaves things as they are.',
      params: [deploymentId, { member: 'autoRollbackEnabled', shape: bool, description: 'Roll back after stopping.' }],
      example: 'aws deploy stop-deployment --deployment-id d-A1B2C3D4E --auto-rollback-enabled',
    },
    {
      name: 'put-lifecycle-event-hook-execution-status',
      operation: 'PutLifecycleEventHookExecutionStatus',
      description: 'What a hook function calls to report Succeeded or Failed for its lifecycle event.',
      params: [
        deploymentId,
        {
          member: 'lifecycleEventHookExecutionId',
          shape: str(),
          required: true,
          description: 'The id CodeDeploy passed to the hook.',
        },
        {
          member: 'status',
          shape: str(['Pending', 'InProgress', 'Succeeded', 'Failed', 'Skipped', 'Unknown']),
          required: true,
          description: 'Succeeded or Failed.',
        },
      ],
      example:
        'aws deploy put-lifecycle-event-hook-execution-status --deployment-id d-A1B2C3D4E --lifecycle-event-hook-execution-id <id> --status Succeeded',
    },
  ],
};
