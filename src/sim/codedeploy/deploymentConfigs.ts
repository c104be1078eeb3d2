import { checkName, codeDeployError } from './errors';
import { shiftSpanMinutes } from './trafficSchedule';
import type { ComputePlatform, TrafficRoutingConfig } from './types';

export interface DeploymentConfigRecord {
  deploymentConfigId: string;
  deploymentConfigName: string;
  computePlatform: ComputePlatform;
  trafficRoutingConfig: TrafficRoutingConfig;
  /** Epoch ms; 0 for the predefined ones. */
  createTime: number;
  predefined: boolean;
}

export interface CreateDeploymentConfigInput {
  deploymentConfigName?: string;
  computePlatform?: ComputePlatform;
  trafficRoutingConfig?: TrafficRoutingConfig;
  minimumHealthyHosts?: unknown;
}

/** The names AWS reserves; user configs may not start with it (limits table, "disallowed prefix"). */
const RESERVED_PREFIX = 'CodeDeployDefault.';

/**
 * Only the nine Lambda configurations are modelled. The EC2 (CodeDeployDefault.OneAtATime, …) and
 * ECS (CodeDeployDefault.ECS…) names also exist in AWS but are not listed here because this
 * simulator has no EC2 or ECS compute platform.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html
 */
const canary = (percent: number, minutes: number): TrafficRoutingConfig => ({
  type: 'TimeBasedCanary',
  timeBasedCanary: { canaryPercentage: percent, canaryInterval: minutes },
});
const linear = (percent: number, minutes: number): TrafficRoutingConfig => ({
  type: 'TimeBasedLinear',
  timeBasedLinear: { linearPercentage: percent, linearInterval: minutes },
});

export const PREDEFINED_LAMBDA_CONFIGS: Readonly<Record<string, TrafficRoutingConfig>> = {
  'CodeDeployDefault.LambdaCanary10Percent5Minutes': canary(10, 5),
  'CodeDeployDefault.LambdaCanary10Percent10Minutes': canary(10, 10),
  'CodeDeployDefault.LambdaCanary10Percent15Minutes': canary(10, 15),
  'CodeDeployDefault.LambdaCanary10Percent30Minutes': canary(10, 30),
  'CodeDeployDefault.LambdaLinear10PercentEvery1Minute': linear(10, 1),
  'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes': linear(10, 2),
  'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes': linear(10, 3),
  'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes': linear(10, 10),
  'CodeDeployDefault.LambdaAllAtOnce': { type: 'AllAtOnce' },
};

/**
 * The API documents CodeDeployDefault.OneAtATime as the default when neither the group nor the
 * deployment names a config, but that is an EC2 config. For a Lambda group we use LambdaAllAtOnce,
 * the config that behaves like "no gradual shifting" — INF (AWS does not document the Lambda default).
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeploymentGroup.html
 */
export const DEFAULT_LAMBDA_CONFIG = 'CodeDeployDefault.LambdaAllAtOnce';

export function predefinedConfigRecords(): DeploymentConfigRecord[] {
  return Object.entries(PREDEFINED_LAMBDA_CONFIGS).map(([name, routing], i) => ({
    // Stable, made-up ids: AWS's are UUIDs, but these never change between worlds.
    deploymentConfigId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    deploymentConfigName: name,
    computePlatform: 'Lambda',
    trafficRoutingConfig: structuredClone(routing),
    createTime: 0,
    predefined: true,
  }));
}

/** Per-account quota on custom configs: the current quotas table says 50 (the 2023 table said 200). */
const MAX_CUSTOM_CONFIGS = 50;

/** Longest first-to-last shift span for Lambda: 2,880 minutes (48 h). */
export const MAX_SHIFT_SPAN_MINUTES = 2880;

export function validateDeploymentConfigName(name: string | undefined): asserts name is string {
  checkName(name, 'Deployment config', 'DeploymentConfigNameRequiredException', 'InvalidDeploymentConfigNameException');
}

const isWholeNumber = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/** A canary's or a linear step's percentage (1–99) and interval (whole minutes, at least 1), named as in the API. */
function checkStep(
  kind: 'canary' | 'linear',
  percentage: unknown,
  interval: unknown,
  bad: (why: string) => Error,
): void {
  if (!isWholeNumber(percentage) || percentage < 1 || percentage > 99)
    throw bad(`${kind}Percentage must be a whole number from 1 to 99, got ${String(percentage)}`);
  if (!isWholeNumber(interval) || interval < 1)
    throw bad(`${kind}Interval must be a whole number of minutes, at least 1, got ${String(interval)}`);
}

/**
 * Validates a custom Lambda config: percentage 1–99, whole-minute intervals, span ≤ 2,880 min.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations-create.html
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/limits.html
 */
export function validateTrafficRoutingConfig(routing: TrafficRoutingConfig | undefined): TrafficRoutingConfig {
  const bad = (why: string) =>
    codeDeployError(
      'InvalidTrafficRoutingConfigurationException',
      `The traffic routing configuration is invalid: ${why}`,
    );
  if (!routing || typeof routing !== 'object')
    throw bad('trafficRoutingConfig is required for the Lambda compute platform');
  if (routing.type === 'AllAtOnce') return { type: 'AllAtOnce' };
  if (routing.type === 'TimeBasedCanary') {
    const c = routing.timeBasedCanary;
    if (!c) throw bad('type TimeBasedCanary needs timeBasedCanary {canaryPercentage, canaryInterval}');
    checkStep('canary', c.canaryPercentage, c.canaryInterval, bad);
    const out: TrafficRoutingConfig = {
      type: 'TimeBasedCanary',
      timeBasedCanary: { canaryPercentage: c.canaryPercentage, canaryInterval: c.canaryInterval },
    };
    checkSpan(out, bad);
    return out;
  }
  if (routing.type === 'TimeBasedLinear') {
    const l = routing.timeBasedLinear;
    if (!l) throw bad('type TimeBasedLinear needs timeBasedLinear {linearPercentage, linearInterval}');
    checkStep('linear', l.linearPercentage, l.linearInterval, bad);
    const out: TrafficRoutingConfig = {
      type: 'TimeBasedLinear',
      timeBasedLinear: { linearPercentage: l.linearPercentage, linearInterval: l.linearInterval },
    };
    checkSpan(out, bad);
    return out;
  }
  throw bad(
    `type must be TimeBasedCanary, TimeBasedLinear or AllAtOnce, got ${String((routing as { type?: unknown }).type)}`,
  );
}

/**
 * AWS's pages read the 2,880-minute limit two ways for a linear config. The quotas table limits the time
 * "between the first and last traffic shift" ((N − 1) × interval), while the console's help for a 25 % step
 * says "four traffic shifts … maximum interval 2,880 divided by four, or 720" (N × interval), as SAM's guide
 * counts Linear10PercentEvery10Minutes as 100 minutes. A config is accepted only if both readings accept it,
 * i.e. N × interval ≤ 2,880 (the readings agree for canaries: one interval).
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/limits.html
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations-create.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
 */
export const documentedLengthMinutes = (routing: TrafficRoutingConfig): number => {
  if (routing.type === 'TimeBasedLinear' && routing.timeBasedLinear)
    return Math.ceil(100 / routing.timeBasedLinear.linearPercentage) * routing.timeBasedLinear.linearInterval;
  return shiftSpanMinutes(routing);
};

function checkSpan(routing: TrafficRoutingConfig, bad: (why: string) => Error): void {
  const span = shiftSpanMinutes(routing);
  const length = documentedLengthMinutes(routing);
  if (span > MAX_SHIFT_SPAN_MINUTES)
    throw bad(
      `the first and last traffic shifts are ${span} minutes apart; the maximum for Lambda is ${MAX_SHIFT_SPAN_MINUTES} minutes (48 hours)`,
    );
  if (length > MAX_SHIFT_SPAN_MINUTES)
    throw bad(
      `${Math.ceil(100 / routing.timeBasedLinear!.linearPercentage)} shifts of ${routing.timeBasedLinear!.linearInterval} minutes take ${length} minutes; the maximum for Lambda is ${MAX_SHIFT_SPAN_MINUTES} minutes (48 hours), so the longest interval for this step is ${Math.floor(MAX_SHIFT_SPAN_MINUTES / Math.ceil(100 / routing.timeBasedLinear!.linearPercentage))} minutes (AWS's console divides 2,880 by the number of shifts)`,
    );
}

/** Full validation of a CreateDeploymentConfig request; returns the routing to store. */
export function validateCreateDeploymentConfig(
  input: CreateDeploymentConfigInput,
  existing: ReadonlyMap<string, DeploymentConfigRecord>,
): TrafficRoutingConfig {
  validateDeploymentConfigName(input.deploymentConfigName);
  const name = input.deploymentConfigName;
  if (name.startsWith(RESERVED_PREFIX))
    throw codeDeployError(
      'InvalidDeploymentConfigNameException',
      `Deployment config names cannot start with the reserved prefix '${RESERVED_PREFIX}'`,
    );
  if (existing.has(name))
    throw codeDeployError('DeploymentConfigAlreadyExistsException', `Deployment config '${name}' already exists`);
  const platform = input.computePlatform ?? 'Server';
  if (platform !== 'Lambda')
    throw codeDeployError(
      'InvalidComputePlatformException',
      `Compute platform '${platform}' is not available in this simulator: only Lambda deployment configs are modelled`,
    );
  const routing = validateTrafficRoutingConfig(input.trafficRoutingConfig);
  const custom = [...existing.values()].filter((c) => !c.predefined).length;
  if (custom >= MAX_CUSTOM_CONFIGS)
    throw codeDeployError(
      'DeploymentConfigLimitExceededException',
      `The account already has ${MAX_CUSTOM_CONFIGS} custom deployment configs`,
    );
  return routing;
}
