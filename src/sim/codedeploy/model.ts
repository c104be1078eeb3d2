import type { LambdaAppSpec } from './appSpec';
import type { TrafficStep } from './trafficSchedule';
import type {
  AlarmConfiguration,
  AutoRollbackConfiguration,
  DeploymentCreator,
  DeploymentStatus,
  DeploymentStyle,
  ErrorInformation,
  HookEventName,
  LifecycleEventName,
  LifecycleEventStatus,
  RevisionLocation,
  RollbackInfo,
  TargetStatus,
  TrafficRoutingConfig,
} from './types';

/** Internal records: plain, serialisable data (times are epoch ms). The API turns them into AWS shapes. */
export interface ApplicationRecord {
  applicationId: string;
  applicationName: string;
  computePlatform: 'Lambda';
  createTime: number;
}

export interface DeploymentGroupRecord {
  applicationName: string;
  deploymentGroupId: string;
  deploymentGroupName: string;
  /** Undefined means "not set on the group": deployments fall back to the Lambda default. */
  deploymentConfigName?: string;
  serviceRoleArn: string;
  deploymentStyle: Required<DeploymentStyle>;
  alarmConfiguration: Required<AlarmConfiguration>;
  autoRollbackConfiguration: Required<AutoRollbackConfiguration>;
  lastAttemptedDeploymentId?: string;
  lastSuccessfulDeploymentId?: string;
}

export interface LifecycleEventRecord {
  lifecycleEventName: LifecycleEventName;
  status: LifecycleEventStatus;
  startTime?: number;
  endTime?: number;
}

export interface HookExecutionRecord {
  lifecycleEventHookExecutionId: string;
  lifecycleEventName: HookEventName;
  functionName: string;
  invokedAt: number;
  status: 'Pending' | 'Succeeded' | 'Failed';
  reportedAt?: number;
  /** Why the execution failed without a report (invoke error, one-hour timeout). */
  note?: string;
}

export interface AlarmCheckRecord {
  time: number;
  /** 'start', 'before-shift', 'state-change'. */
  trigger: string;
  results: { alarmName: string; state: string }[];
  outcome: 'continue' | 'stop' | 'ignored';
}

export interface AliasState {
  FunctionVersion: string;
  AdditionalVersionWeights: Record<string, number>;
}

export interface DeploymentRecord {
  deploymentId: string;
  applicationName: string;
  deploymentGroupName: string;
  deploymentConfigName: string;
  trafficRoutingConfig: TrafficRoutingConfig;
  status: DeploymentStatus;
  creator: DeploymentCreator;
  description?: string;
  /** E.g. the CloudFormation stack that started the deployment. */
  externalId?: string;
  revision: RevisionLocation;
  appSpec: LambdaAppSpec;
  alarmConfiguration: Required<AlarmConfiguration>;
  autoRollbackConfiguration: Required<AutoRollbackConfiguration>;
  overrideAlarmConfiguration?: AlarmConfiguration;
  createTime: number;
  startTime?: number;
  completeTime?: number;
  errorInformation?: ErrorInformation;
  rollbackInfo?: RollbackInfo;
  /** The planned shifts (trafficSchedule.ts), times relative to the start of AllowTraffic. */
  plannedSchedule: TrafficStep[];
  /** When AllowTraffic began, so the plan can be drawn against the clock. */
  allowTrafficStartTime?: number;
  /** What the alias actually carried, each time CodeDeploy changed it. */
  weightHistory: { time: number; weight: number }[];
  targetVersionWeight: number;
  targetStatus: TargetStatus;
  lifecycleEvents: LifecycleEventRecord[];
  hookExecutions: HookExecutionRecord[];
  alarmChecks: AlarmCheckRecord[];
  /** The alias as it was when the deployment validated it: what a rollback restores. */
  aliasBefore?: AliasState;
  deploymentStatusMessages: string[];
}

export const LIFECYCLE_ORDER: readonly LifecycleEventName[] = [
  'Start',
  'BeforeAllowTraffic',
  'AllowTraffic',
  'AfterAllowTraffic',
  'End',
];

export const isActive = (d: DeploymentRecord): boolean => d.status === 'Created' || d.status === 'InProgress';

/** What views and tests read: everything CodeDeploy knows, as plain data. */
export interface CodeDeploySnapshot {
  applications: ApplicationRecord[];
  groups: DeploymentGroupRecord[];
  configs: {
    deploymentConfigName: string;
    predefined: boolean;
    trafficRoutingConfig: TrafficRoutingConfig;
    schedule: TrafficStep[];
  }[];
  /** Oldest first. */
  deployments: (DeploymentRecord & { machineState?: string })[];
}
