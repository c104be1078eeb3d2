/**
 * What Rehearse reads out of a team's template: the functions, their deployment preferences, the
 * alarms, hooks and invokers around them. Values are resolved with the template's parameter
 * defaults and conditions, so a rule sees what CloudFormation would create with no overrides.
 */

export type Severity = 'high' | 'medium' | 'low';

/** A place in the template text (1-based), for messages and for jumping to the resource. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** One edit to the template's YAML/JSON document, applied with the yaml library so comments survive. */
export type FixOperation =
  | { op: 'set'; path: (string | number)[]; value: unknown }
  | { op: 'delete'; path: (string | number)[] }
  | { op: 'append'; path: (string | number)[]; value: unknown };

/** A value to write in short form (`!Ref X`, `!Sub '…'`, `!GetAtt X.Y`) when a fix is applied. */
export interface TaggedValue {
  tag: '!Ref' | '!Sub' | '!GetAtt';
  value: string;
}

export interface Fix {
  /** What clicking "Apply fix" does, in a few words. */
  label: string;
  operations: FixOperation[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** Logical id of the resource the finding concerns. */
  resource: string;
  message: string;
  /** The AWS documentation page that decides the rule. */
  docs: string;
  /** What to change, in words (always present). */
  suggestion: string;
  /** An edit that applies the suggestion, when it is mechanical. */
  fix?: Fix;
  position?: SourcePosition;
}

/** Traffic shifting as CodeDeploy runs it (minutes, percent). */
export type TrafficRouting =
  | { type: 'AllAtOnce' }
  | { type: 'TimeBasedCanary'; percentage: number; intervalMinutes: number }
  | { type: 'TimeBasedLinear'; percentage: number; intervalMinutes: number };

export interface DeploymentModel {
  /** The function whose alias CodeDeploy moves. */
  functionId: string;
  aliasName: string;
  /** The config name as written (short SAM name, CodeDeployDefault.… or a custom config's name). */
  configName: string;
  /** Where the config name is written, for a one-click fix when it is a plain string. */
  configPath?: (string | number)[];
  routing?: TrafficRouting;
  /** Alarm names (as resolved) CodeDeploy watches. */
  alarmNames: string[];
  /** Where the Alarms list would go (the DeploymentPreference), for a fix that adds one. */
  preferencePath?: (string | number)[];
  preTrafficHook?: string;
  postTrafficHook?: string;
  /** True when CodeDeploy uses SAM's generated role with the AWSCodeDeployRoleForLambda policy. */
  usesManagedRole: boolean;
  source: 'sam' | 'cloudformation';
}

export interface FunctionModel {
  logicalId: string;
  /** SAM or plain CloudFormation resource. */
  kind: 'sam' | 'cloudformation';
  /** The physical name (FunctionName, or the name CloudFormation would generate). */
  name: string;
  /** True when the template sets FunctionName itself. */
  named: boolean;
  properties: Record<string, unknown>;
  /** Raw (unresolved) properties, as written. */
  raw: Record<string, unknown>;
  aliasNames: string[];
  timeoutSeconds: number;
}

export interface MetricWatch {
  namespace: string;
  metricName: string;
  dimensions: { Name: string; Value: string }[];
  /** Path of this metric's Dimensions list in the template. */
  dimensionsPath: (string | number)[];
}

export interface AlarmModel {
  logicalId: string;
  name: string;
  metrics: MetricWatch[];
  periodSeconds: number;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  treatMissingData: string;
  threshold: number;
  comparisonOperator: string;
  statistic: string;
  /** The alarm's resolved properties (for metric-math alarms, rehearsed as written). */
  properties: Record<string, unknown>;
}

export interface ResourceSummary {
  logicalId: string;
  type: string;
  /** False for types Rehearse reads but the simulator does not run (queues, APIs, tables…). */
  simulated: boolean;
  position?: SourcePosition;
}

export interface StackModel {
  /** SHA-256 of the template text, hex: the report names the exact template it judged. */
  hash: string;
  isSam: boolean;
  resources: ResourceSummary[];
  /** Resolved properties of every active resource (after Conditions), keyed by logical id. */
  resolved: Record<
    string,
    {
      type: string;
      properties: Record<string, unknown>;
      raw: Record<string, unknown>;
      updatePolicy?: Record<string, unknown>;
    }
  >;
  functions: FunctionModel[];
  deployments: DeploymentModel[];
  alarms: AlarmModel[];
  positions: Map<string, SourcePosition>;
  /** A resource's Properties as written, before SAM Globals are merged in and before intrinsics resolve. */
  ownProperties(logicalId: string): Record<string, unknown>;
  /** Position of a path in the template text, if it exists. */
  positionOf(path: (string | number)[]): SourcePosition | undefined;
}
