import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { FileContent, Workspace } from '../core/workspace';
import { SamDeployError, invalidResource } from './errors';
import { applyFunctionGlobals } from './globals';
import { intrinsicName, isRecord, resolveParameterRefs } from './intrinsics';
import { aliasLogicalId, deploymentConfigNameFor } from './names';
import { resolveSamResourceRefs } from './samResourceRefs';
import { versionHashInput, versionLogicalId } from './versionHash';

/**
 * The AWS::Serverless-2016-10-31 transform for AWS::Serverless::Function, limited to what the Lab
 * models: the function and its execution role, AutoPublishAlias (Version + Alias), the
 * CodeDeploy resources of DeploymentPreference and ProvisionedConcurrencyConfig on the alias.
 * Sources: samtranslator sam_resources.py, deployment_preference(_collection).py, update_policy.py
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html) and
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
 */

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdatePolicy?: Record<string, unknown>;
  Condition?: string;
  DependsOn?: string | string[];
}

export interface TransformInput {
  template: Record<string, unknown>;
  parameters: Readonly<Record<string, string | string[]>>;
  workspace: Workspace;
  stackName: string;
  accountId: string;
  region: string;
}

export interface TransformOutput {
  resources: Record<string, CfnResource>;
  /** Code documents `sam deploy` packaged, by the S3Key it gave them. */
  packaged: Map<string, FileContent>;
  /** Plain-language notes about properties SAM accepts but the Lab does not model. */
  notes: string[];
}

/** Accepted SAM properties whose resources the Lab does not create (no API Gateway, SQS, IAM policies…). */
const NOT_MODELLED = [
  'Events',
  'Policies',
  'FunctionUrlConfig',
  'EventInvokeConfig',
  'VpcConfig',
  'DeadLetterQueue',
  'Layers',
];

const SERVERLESS_TRANSFORM = 'AWS::Serverless-2016-10-31';
const APPLICATION_ID = 'ServerlessDeploymentApplication';
const SERVICE_ROLE_ID = 'CodeDeployServiceRole';

/** The properties of AWS::Serverless::Function that SAM knows; anything else is a SAM error. */
const FUNCTION_PROPERTIES = new Set([
  'Architectures',
  'AssumeRolePolicyDocument',
  'AutoPublishAlias',
  'AutoPublishAliasAllProperties',
  'AutoPublishCodeSha256',
  'CodeSigningConfigArn',
  'CodeUri',
  'DeadLetterQueue',
  'DeploymentPreference',
  'Description',
  'Environment',
  'EphemeralStorage',
  'EventInvokeConfig',
  'Events',
  'FileSystemConfigs',
  'FunctionName',
  'FunctionUrlConfig',
  'Handler',
  'ImageConfig',
  'ImageUri',
  'InlineCode',
  'KmsKeyArn',
  'Layers',
  'LoggingConfig',
  'MemorySize',
  'PackageType',
  'PermissionsBoundary',
  'Policies',
  'PropagateTags',
  'ProvisionedConcurrencyConfig',
  'RecursiveLoop',
  'ReservedConcurrentExecutions',
  'Role',
  'RolePath',
  'Runtime',
  'RuntimeManagementConfig',
  'SnapStart',
  'SourceKMSKeyArn',
  'Tags',
  'Timeout',
  'Tracing',
  'VersionDeletionPolicy',
  'VersionDescription',
  'VpcConfig',
]);

/** Function properties copied as they are onto the generated AWS::Lambda::Function. */
const PASSED_THROUGH = [
  'FunctionName',
  'Handler',
  'Runtime',
  'Description',
  'MemorySize',
  'Timeout',
  'Environment',
  'Layers',
  'Architectures',
  'ReservedConcurrentExecutions',
];

const ALIAS_NAME = /^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/;
const ALL_ROLLBACK_EVENTS = ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'];

export const hasServerlessTransform = (template: Record<string, unknown>): boolean => {
  const t = template.Transform;
  return t === SERVERLESS_TRANSFORM || (Array.isArray(t) && t.includes(SERVERLESS_TRANSFORM));
};

interface Preference {
  functionId: string;
  type: unknown;
  hooks: { PreTraffic?: unknown; PostTraffic?: unknown };
  alarms?: unknown;
  role?: unknown;
  triggers?: unknown;
}

/** Runs the transform; a template without AWS::Serverless::Function resources comes back unchanged. */
export function transformServerless(input: TransformInput): TransformOutput {
  const source = input.template.Resources as Record<string, CfnResource>;
  const resources: Record<string, CfnResource> = {};
  const packaged = new Map<string, FileContent>();
  const preferences: Preference[] = [];
  const notes: string[] = [];
  // <Function>.Version / <Function>.Alias → the logical ids generated for them (samResourceRefs.ts).
  const samRefs = new Map<string, string>();
  for (const [id, resource] of Object.entries(source)) {
    if (resource.Type !== 'AWS::Serverless::Function') {
      resources[id] = resource;
      continue;
    }
    const props = applyFunctionGlobals(
      input.template.Globals,
      isRecord(resource.Properties) ? resource.Properties : {},
    );
    for (const name of Object.keys(props))
      if (!FUNCTION_PROPERTIES.has(name))
        throw invalidResource(id, `property ${name} not defined for resource of type AWS::Serverless::Function`, name);
    const skipped = NOT_MODELLED.filter((name) => props[name] !== undefined);
    if (skipped.length > 0)
      notes.push(
        `${id}: ${skipped.join(', ')} ${skipped.length === 1 ? 'is' : 'are'} accepted but not modelled in the Lab, so nothing is created for ${skipped.length === 1 ? 'it' : 'them'}.`,
      );
    const generated = transformFunction(id, resource, props, input, packaged);
    for (const [gid, g] of Object.entries(generated.resources)) {
      if (gid in source && gid !== id)
        throw invalidResource(id, `the logical id ${gid} that SAM generates for it is already used in the template.`);
      resources[gid] = g;
      if (g.Type === 'AWS::Lambda::Version') samRefs.set(`${id}.Version`, gid);
      if (g.Type === 'AWS::Lambda::Alias') samRefs.set(`${id}.Alias`, gid);
    }
    if (generated.preference) preferences.push(generated.preference);
  }
  if (preferences.length > 0) addCodeDeployResources(resources, preferences);
  return { resources: resolveSamResourceRefs(resources, samRefs), packaged, notes };
}

function transformFunction(
  id: string,
  resource: CfnResource,
  props: Record<string, unknown>,
  input: TransformInput,
  packaged: Map<string, FileContent>,
): { resources: Record<string, CfnResource>; preference?: Preference } {
  const out: Record<string, CfnResource> = {};
  const fnProps: Record<string, unknown> = {};
  for (const key of PASSED_THROUGH) if (props[key] !== undefined) fnProps[key] = props[key];
  fnProps.Code = codeOf(id, props, input, packaged);
  if (props.Tracing !== undefined) fnProps.TracingConfig = { Mode: props.Tracing };
  // SAM tags every function it creates with lambda:createdBy=SAM.
  fnProps.Tags = [{ Key: 'lambda:createdBy', Value: 'SAM' }, ...tagList(props.Tags)];

  if (props.Role === undefined) {
    // No Role: SAM generates <Function>Role with the basic execution policy.
    out[`${id}Role`] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            { Action: ['sts:AssumeRole'], Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] } },
          ],
        },
        ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
      },
    };
    fnProps.Role = { 'Fn::GetAtt': [`${id}Role`, 'Arn'] };
  } else fnProps.Role = props.Role;

  if (props.ProvisionedConcurrencyConfig !== undefined && props.AutoPublishAlias === undefined)
    throw invalidResource(
      id,
      'To set ProvisionedConcurrencyConfig AutoPublishALias must be defined on the function',
      'ProvisionedConcurrencyConfig',
    );

  let aliasId: string | undefined;
  if (props.AutoPublishAlias !== undefined) {
    const aliasName = resolveParameterRefs(props.AutoPublishAlias, input.parameters);
    if (typeof aliasName !== 'string')
      throw invalidResource(
        id,
        "'AutoPublishAlias' must be a string or a Ref to a template parameter",
        'AutoPublishAlias',
      );
    // INF: the tail of SAM's message after "underscores" is not recorded.
    if (!ALIAS_NAME.test(aliasName))
      throw invalidResource(
        id,
        `AutoPublishAlias name ('${aliasName}') must contain only alphanumeric characters, hyphens, or underscores matching (?!^[0-9]+$)([a-zA-Z0-9-_]+)`,
        'AutoPublishAlias',
      );
    let codeSha: string | undefined;
    if (props.AutoPublishCodeSha256 !== undefined) {
      const sha = resolveParameterRefs(props.AutoPublishCodeSha256, input.parameters);
      if (typeof sha !== 'string')
        throw invalidResource(id, 'AutoPublishCodeSha256 must be a string', 'AutoPublishCodeSha256');
      codeSha = sha;
      // Since SAM v1.75.0 the value is appended to the function's Description so that the function
      // itself changes and Lambda will publish. The exact join (a space) is our choice.
      const d = typeof fnProps.Description === 'string' ? fnProps.Description : '';
      fnProps.Description = d ? `${d} ${sha}` : sha;
    }
    const allProperties =
      props.AutoPublishAliasAllProperties === true || props.AutoPublishAliasAllProperties === 'true';
    const hashInput = allProperties
      ? fnProps
      : versionHashInput(
          resolveParameterRefs(fnProps.Code, input.parameters) as Record<string, unknown>,
          fnProps.Environment,
          fnProps.MemorySize,
        );
    const versionId = versionLogicalId(id, hashInput, codeSha);
    const deletionPolicy = props.VersionDeletionPolicy ?? 'Retain';
    if (deletionPolicy !== 'Retain' && deletionPolicy !== 'Delete')
      throw invalidResource(id, "'VersionDeletionPolicy' must be either 'Delete' or 'Retain'", 'VersionDeletionPolicy');
    out[versionId] = {
      Type: 'AWS::Lambda::Version',
      DeletionPolicy: deletionPolicy,
      Properties: {
        FunctionName: { Ref: id },
        ...(props.VersionDescription !== undefined ? { Description: props.VersionDescription } : {}),
      },
    };
    aliasId = aliasLogicalId(id, aliasName);
    out[aliasId] = {
      Type: 'AWS::Lambda::Alias',
      Properties: {
        Name: aliasName,
        FunctionName: { Ref: id },
        FunctionVersion: { 'Fn::GetAtt': [versionId, 'Version'] },
        ...(props.ProvisionedConcurrencyConfig !== undefined
          ? { ProvisionedConcurrencyConfig: props.ProvisionedConcurrencyConfig }
          : {}),
      },
    };
  }
  // The function resource keeps its own logical id, Condition and DependsOn.
  const fn: CfnResource = { Type: 'AWS::Lambda::Function', Properties: fnProps };
  if (resource.Condition) fn.Condition = resource.Condition;
  if (resource.DependsOn) fn.DependsOn = resource.DependsOn;
  const result: Record<string, CfnResource> = { [id]: fn, ...out };
  const preference = readPreference(id, props.DeploymentPreference, input.parameters);
  if (preference) {
    if (!aliasId)
      throw invalidResource(
        id,
        "'DeploymentPreference' requires AutoPublishAlias property to be specified.",
        'DeploymentPreference',
      );
    const policy: Record<string, unknown> = {
      ApplicationName: { Ref: APPLICATION_ID },
      DeploymentGroupName: { Ref: `${id}DeploymentGroup` },
    };
    if (preference.hooks.PreTraffic !== undefined) policy.BeforeAllowTrafficHook = preference.hooks.PreTraffic;
    if (preference.hooks.PostTraffic !== undefined) policy.AfterAllowTrafficHook = preference.hooks.PostTraffic;
    // aliasId is set only together with out[aliasId], which result spreads.
    result[aliasId]!.UpdatePolicy = { CodeDeployLambdaAliasUpdate: policy };
  }
  return { resources: result, preference };
}

/** DeploymentPreference → what the collection needs, or undefined when absent or disabled. */
function readPreference(
  id: string,
  raw: unknown,
  parameters: Readonly<Record<string, string | string[]>>,
): Preference | undefined {
  if (raw === undefined) return undefined;
  // INF: SAM's schema check words this differently across versions.
  if (!isRecord(raw) || intrinsicName(raw))
    throw invalidResource(id, "Property 'DeploymentPreference' should be a map.", 'DeploymentPreference');
  let enabled = resolveParameterRefs(raw.Enabled ?? true, parameters);
  if (enabled === 'false' || enabled === 'False') enabled = false;
  if (enabled === 'true' || enabled === 'True') enabled = true;
  if (enabled === false) return undefined;
  if (enabled !== true) throw invalidResource(id, 'Invalid value for property Enabled.', 'DeploymentPreference');
  if (raw.Type === undefined)
    throw invalidResource(id, "'DeploymentPreference' is missing required Property 'Type'", 'DeploymentPreference');
  const hooks = raw.Hooks ?? {};
  if (!isRecord(hooks))
    throw invalidResource(
      id,
      "'Hooks' property of 'DeploymentPreference' must be a dictionary",
      'DeploymentPreference',
    );
  const alarms = raw.Alarms;
  if (alarms !== undefined && !Array.isArray(alarms) && intrinsicName(alarms) !== 'Fn::If')
    throw invalidResource(id, 'Alarms must be a list', 'DeploymentPreference');
  return {
    functionId: id,
    type: resolveParameterRefs(raw.Type, parameters),
    hooks: { PreTraffic: hooks.PreTraffic, PostTraffic: hooks.PostTraffic },
    alarms,
    role: raw.Role,
    triggers: raw.TriggerConfigurations,
  };
}

/** ServerlessDeploymentApplication, CodeDeployServiceRole and one <Function>DeploymentGroup each. */
function addCodeDeployResources(resources: Record<string, CfnResource>, preferences: Preference[]): void {
  resources[APPLICATION_ID] = { Type: 'AWS::CodeDeploy::Application', Properties: { ComputePlatform: 'Lambda' } };
  if (preferences.some((p) => p.role === undefined)) {
    resources[SERVICE_ROLE_ID] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            { Action: ['sts:AssumeRole'], Effect: 'Allow', Principal: { Service: ['codedeploy.amazonaws.com'] } },
          ],
        },
        ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSCodeDeployRoleForLambda'],
      },
    };
  }
  for (const p of preferences) {
    const alarms = Array.isArray(p.alarms) ? p.alarms : [];
    const props: Record<string, unknown> = {
      ApplicationName: { Ref: APPLICATION_ID },
      // SAM always turns on rollback for all three events; users cannot change it (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html).
      AutoRollbackConfiguration: { Enabled: true, Events: [...ALL_ROLLBACK_EVENTS] },
      // SAM writes !Sub "CodeDeployDefault.Lambda${ConfigName}" for the short names: the same string.
      DeploymentConfigName: typeof p.type === 'string' ? deploymentConfigNameFor(p.type) : p.type,
      DeploymentStyle: { DeploymentType: 'BLUE_GREEN', DeploymentOption: 'WITH_TRAFFIC_CONTROL' },
      ServiceRoleArn: p.role ?? { 'Fn::GetAtt': [SERVICE_ROLE_ID, 'Arn'] },
    };
    // SAM's translator writes AlarmConfiguration only when the preference has an Alarms key
    // (deployment_preference_collection.py: `if deployment_preference.alarms is not None`); an empty
    // list gives {}, which clears alarms left over from an earlier deploy (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html).
    // https://github.com/aws/serverless-application-model/blob/develop/samtranslator/model/preferences/deployment_preference_collection.py
    if (p.alarms !== undefined)
      props.AlarmConfiguration =
        intrinsicName(p.alarms) === 'Fn::If'
          ? { Enabled: true, Alarms: p.alarms }
          : alarms.length > 0
            ? { Enabled: true, Alarms: alarms.map((a) => ({ Name: a })) }
            : {};
    if (p.triggers !== undefined) props.TriggerConfigurations = p.triggers;
    resources[`${p.functionId}DeploymentGroup`] = { Type: 'AWS::CodeDeploy::DeploymentGroup', Properties: props };
  }
}

function tagList(tags: unknown): { Key: string; Value: unknown }[] {
  return isRecord(tags) ? Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) : [];
}

/**
 * InlineCode becomes Code.ZipFile. A CodeUri that names a workspace file is what `sam deploy`
 * packages: it uploads the artifact under an S3 key equal to the artifact's MD5 (SAM CLI
 * upload_with_dedup; https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html), so any change to the file changes Code and with it the version
 * hash. The Lab hashes the file itself rather than a zip of it. An `s3://bucket/key` CodeUri (or
 * {Bucket, Key, Version}) is used as it is; the Lab has no S3, so the key names a workspace file.
 */
function codeOf(
  id: string,
  props: Record<string, unknown>,
  input: TransformInput,
  packaged: Map<string, FileContent>,
): Record<string, unknown> {
  const inline = props.InlineCode;
  const uri = props.CodeUri === undefined ? undefined : resolveParameterRefs(props.CodeUri, input.parameters);
  if (inline !== undefined && uri !== undefined)
    throw invalidResource(id, "Only one of 'InlineCode' or 'CodeUri' can be set.", 'CodeUri');
  if (inline !== undefined) {
    if (typeof inline !== 'string' && !intrinsicName(inline))
      throw invalidResource(id, "Type of property 'InlineCode' is invalid.", 'InlineCode');
    return { ZipFile: inline };
  }
  if (uri === undefined) throw invalidResource(id, "Either 'InlineCode' or 'CodeUri' must be set.", 'CodeUri');
  if (isRecord(uri) && !intrinsicName(uri)) {
    if (typeof uri.Bucket !== 'string' || typeof uri.Key !== 'string')
      throw invalidResource(id, "'CodeUri' requires Bucket and Key properties to be specified.", 'CodeUri');
    return {
      S3Bucket: uri.Bucket,
      S3Key: uri.Key,
      ...(uri.Version !== undefined ? { S3ObjectVersion: uri.Version } : {}),
    };
  }
  if (typeof uri !== 'string')
    throw invalidResource(
      id,
      "'CodeUri' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.",
      'CodeUri',
    );
  const s3 = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (s3) return { S3Bucket: s3[1], S3Key: s3[2] };
  const content = input.workspace.read(uri);
  if (content === undefined)
    throw new SamDeployError(
      'package',
      `Unable to upload artifact ${uri} referenced by CodeUri parameter of ${id} resource.\nParameter CodeUri of resource ${id} refers to a file or folder that does not exist ${uri}`,
      { logicalId: id, property: 'CodeUri' },
    );
  const key = `${input.stackName}/${bytesToHex(md5(typeof content === 'string' ? utf8ToBytes(content) : content))}`;
  packaged.set(key, content);
  return { S3Bucket: managedBucket(input.accountId, input.region), S3Key: key };
}

/** The bucket `sam deploy --resolve-s3` creates, named like aws-sam-cli-managed-default-samclisourcebucket-<12 characters>. */
function managedBucket(accountId: string, region: string): string {
  return `aws-sam-cli-managed-default-samclisourcebucket-${bytesToHex(md5(utf8ToBytes(`${accountId}/${region}`))).slice(0, 12)}`;
}
