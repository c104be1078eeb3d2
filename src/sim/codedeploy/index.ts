/** The CodeDeploy model's public surface for the rest of the app (the Lab draws trafficSchedule). */
export { CodeDeployService, type CodeDeploySnapshot, type CreateDeploymentInput } from './service';
export { trafficSchedule, shiftSpanMinutes, MINUTE_MS, type TrafficStep } from './trafficSchedule';
export {
  PREDEFINED_LAMBDA_CONFIGS,
  DEFAULT_LAMBDA_CONFIG,
  MAX_SHIFT_SPAN_MINUTES,
  validateTrafficRoutingConfig,
} from './deploymentConfigs';
export { parseLambdaAppSpec, type LambdaAppSpec } from './appSpec';
export {
  getDeploymentMachine,
  HOOK_TIMEOUT_MS,
  type DeploymentMachineInput,
  type DeploymentMachineEvent,
} from './deploymentMachineDefinition';
export type {
  DeploymentRecord,
  DeploymentGroupRecord,
  ApplicationRecord,
  HookExecutionRecord,
  AlarmCheckRecord,
  LifecycleEventRecord,
  AliasState,
} from './model';
export type * from './types';
