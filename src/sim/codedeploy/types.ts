/**
 * AWS-shaped CodeDeploy types (AWS SDK for JavaScript v3: camelCase fields), limited to what the
 * Lambda compute platform uses. https://docs.aws.amazon.com/codedeploy/latest/APIReference/
 */
export type ComputePlatform = 'Server' | 'Lambda' | 'ECS';
export type TrafficRoutingType = 'TimeBasedCanary' | 'TimeBasedLinear' | 'AllAtOnce';

export interface TimeBasedCanary {
  canaryPercentage: number;
  /** Minutes between the first and the second traffic shift. */
  canaryInterval: number;
}

export interface TimeBasedLinear {
  linearPercentage: number;
  /** Minutes between each incremental traffic shift. */
  linearInterval: number;
}

export interface TrafficRoutingConfig {
  type: TrafficRoutingType;
  timeBasedCanary?: TimeBasedCanary;
  timeBasedLinear?: TimeBasedLinear;
}

export type DeploymentStatus =
  'Created' | 'Queued' | 'InProgress' | 'Baking' | 'Succeeded' | 'Failed' | 'Stopped' | 'Ready';
export type LifecycleEventName = 'Start' | 'BeforeAllowTraffic' | 'AllowTraffic' | 'AfterAllowTraffic' | 'End';
export type HookEventName = 'BeforeAllowTraffic' | 'AfterAllowTraffic';
export type LifecycleEventStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped' | 'Unknown';
export type TargetStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped' | 'Unknown' | 'Ready';
export type AutoRollbackEvent = 'DEPLOYMENT_FAILURE' | 'DEPLOYMENT_STOP_ON_ALARM' | 'DEPLOYMENT_STOP_ON_REQUEST';
export type DeploymentCreator =
  | 'user'
  | 'autoscaling'
  | 'codeDeployRollback'
  | 'CodeDeploy'
  | 'CodeDeployAutoUpdate'
  | 'CloudFormation'
  | 'CloudFormationRollback'
  | 'autoscalingTermination';

/** The ErrorInformation codes this model produces (a subset of the API enum). */
export type ErrorCode =
  | 'ALARM_ACTIVE'
  | 'HOOK_EXECUTION_FAILURE'
  | 'MANUAL_STOP'
  | 'INVALID_LAMBDA_CONFIGURATION'
  | 'INVALID_LAMBDA_FUNCTION'
  | 'TIMEOUT';

export interface ErrorInformation {
  code: ErrorCode;
  message: string;
}

export interface AlarmConfiguration {
  enabled?: boolean;
  ignorePollAlarmFailure?: boolean;
  alarms?: { name: string }[];
}

export interface AutoRollbackConfiguration {
  enabled?: boolean;
  events?: AutoRollbackEvent[];
}

export interface DeploymentStyle {
  deploymentType?: 'IN_PLACE' | 'BLUE_GREEN';
  deploymentOption?: 'WITH_TRAFFIC_CONTROL' | 'WITHOUT_TRAFFIC_CONTROL';
}

export interface RevisionLocation {
  revisionType: 'AppSpecContent' | 'String' | 'S3' | 'GitHub';
  appSpecContent?: { content?: string; sha256?: string };
  string?: { content?: string; sha256?: string };
}

export interface RollbackInfo {
  rollbackDeploymentId?: string;
  rollbackTriggeringDeploymentId?: string;
  rollbackMessage?: string;
}
