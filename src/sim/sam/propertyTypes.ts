import { isRecord } from './intrinsics';
import type { HandlerContext } from './resourceKind';
import { handlerFailure } from './resourceErrors';

/**
 * The JSON types CloudFormation's resource schemas give the properties the Lab reads. A value of
 * the wrong type fails before anything is created, with the schema validator's wording
 * ("#/Timeout: expected type: Integer, found: JSONObject"), so a learner never sees a JavaScript
 * conversion ("[object Object]") in a message.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-alias.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-deploymentgroup.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarm.html
 * CloudFormation converts scalars for primitive types (a number where a String is expected, a
 * numeric string where an Integer is expected), so only wrong shapes and non-numbers fail here.
 */
type JsonType = 'String' | 'Integer' | 'Number' | 'Boolean' | 'Object' | 'Array';
type Schema = { [property: string]: JsonType | { type: 'Object'; properties: Schema } | { items: Schema } };

const PC: Schema[string] = { type: 'Object', properties: { ProvisionedConcurrentExecutions: 'Integer' } };

const SCHEMAS: Record<string, Schema> = {
  'AWS::Lambda::Function': {
    FunctionName: 'String',
    Runtime: 'String',
    Handler: 'String',
    Role: 'String',
    Description: 'String',
    Timeout: 'Integer',
    MemorySize: 'Integer',
    ReservedConcurrentExecutions: 'Integer',
    PackageType: 'String',
    Code: { type: 'Object', properties: { ZipFile: 'String', S3Bucket: 'String', S3Key: 'String' } },
    Environment: { type: 'Object', properties: { Variables: 'Object' } },
  },
  'AWS::Lambda::Version': { FunctionName: 'String', Description: 'String', ProvisionedConcurrencyConfig: PC },
  'AWS::Lambda::Alias': {
    Name: 'String',
    FunctionName: 'String',
    FunctionVersion: 'String',
    Description: 'String',
    ProvisionedConcurrencyConfig: PC,
    RoutingConfig: {
      type: 'Object',
      properties: { AdditionalVersionWeights: { items: { FunctionVersion: 'String', FunctionWeight: 'Number' } } },
    },
  },
  'AWS::CodeDeploy::Application': { ApplicationName: 'String', ComputePlatform: 'String' },
  'AWS::CodeDeploy::DeploymentConfig': {
    DeploymentConfigName: 'String',
    ComputePlatform: 'String',
    TrafficRoutingConfig: 'Object',
  },
  'AWS::CodeDeploy::DeploymentGroup': {
    ApplicationName: 'String',
    DeploymentGroupName: 'String',
    DeploymentConfigName: 'String',
    ServiceRoleArn: 'String',
    DeploymentStyle: { type: 'Object', properties: { DeploymentType: 'String', DeploymentOption: 'String' } },
    AlarmConfiguration: { type: 'Object', properties: { Alarms: 'Array' } },
    AutoRollbackConfiguration: { type: 'Object', properties: { Events: 'Array' } },
  },
  'AWS::CloudWatch::Alarm': {
    AlarmName: 'String',
    Namespace: 'String',
    MetricName: 'String',
    Statistic: 'String',
    ComparisonOperator: 'String',
    TreatMissingData: 'String',
    Period: 'Integer',
    EvaluationPeriods: 'Integer',
    DatapointsToAlarm: 'Integer',
    Threshold: 'Number',
    Dimensions: 'Array',
    AlarmActions: 'Array',
    Metrics: 'Array',
  },
};

/** The schema validator's name for what it found. */
function foundType(v: unknown): string {
  if (Array.isArray(v)) return 'JSONArray';
  if (isRecord(v)) return 'JSONObject';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Number';
  return 'Null';
}

function fits(v: unknown, type: JsonType): boolean {
  switch (type) {
    case 'String':
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
    case 'Boolean':
      return typeof v === 'boolean' || v === 'true' || v === 'false';
    case 'Object':
      return isRecord(v);
    case 'Array':
      return Array.isArray(v);
    case 'Integer':
    case 'Number': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      return Number.isFinite(n) && (type === 'Number' || Number.isInteger(n));
    }
  }
}

/** The first property whose value does not have its schema type, as "#/Path: expected type: T, found: F". */
function typeProblem(props: Record<string, unknown>, schema: Schema, path = '#'): string | undefined {
  for (const [key, spec] of Object.entries(schema)) {
    if (!Object.hasOwn(props, key) || props[key] === undefined) continue;
    const v = props[key];
    const at = `${path}/${key}`;
    if (typeof spec === 'string') {
      if (!fits(v, spec)) return `${at}: expected type: ${spec}, found: ${foundType(v)}`;
    } else if ('items' in spec) {
      if (!Array.isArray(v)) return `${at}: expected type: JSONArray, found: ${foundType(v)}`;
      for (const [i, item] of v.entries()) {
        if (!isRecord(item)) return `${at}/${i}: expected type: JSONObject, found: ${foundType(item)}`;
        const inner = typeProblem(item, spec.items, `${at}/${i}`);
        if (inner) return inner;
      }
    } else {
      if (!isRecord(v)) return `${at}: expected type: JSONObject, found: ${foundType(v)}`;
      const inner = typeProblem(v, spec.properties, at);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Throws the handler failure CloudFormation reports for a property of the wrong type. */
export function checkPropertyTypes(
  type: string,
  props: Record<string, unknown>,
  ctx: Pick<HandlerContext, 'logicalId'>,
): void {
  const schema = Object.hasOwn(SCHEMAS, type) ? SCHEMAS[type] : undefined;
  const problem = schema ? typeProblem(props, schema) : undefined;
  if (problem)
    throw handlerFailure(ctx, type, `Properties validation failed for resource with message: ${problem}`, undefined);
}
