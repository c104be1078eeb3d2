import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { LineCounter, parseDocument } from 'yaml';
import { SamDeployError } from '../sim/sam/errors';
import { applyFunctionGlobals } from '../sim/sam/globals';
import { isRecord, resolveValue, type ResolveScope } from '../sim/sam/intrinsics';
import { evaluateConditions, resolveParameters } from '../sim/sam/parameters';
import { parseTemplate } from '../sim/sam/templateParser';
import { readAlarm } from './readAlarm';
import { readDeployments } from './readDeployments';
import type { FunctionModel, ResourceSummary, SourcePosition, StackModel } from './model';

/**
 * Reads a SAM or plain CloudFormation template the way a team writes it, into a StackModel that
 * the rules and the rehearsal look at. The simulator's own parser and intrinsic functions do the
 * work (so `!Ref`, `!GetAtt`, `!Sub`, `!If` and Conditions mean exactly what they mean when the
 * Lab deploys a template); resources the simulator does not model are kept and listed.
 */

export class TemplateReadError extends Error {
  readonly line?: number;
  readonly column?: number;
  constructor(message: string, position?: SourcePosition) {
    super(message);
    this.name = 'TemplateReadError';
    if (position) {
      this.line = position.line;
      this.column = position.column;
    }
  }
}

/** Account values used to resolve pseudo parameters; the findings never depend on them. */
const REHEARSAL_PSEUDO = {
  region: 'us-east-1',
  accountId: '123456789012',
  stackName: 'rehearsal',
  stackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/rehearsal/00000000-0000-0000-0000-000000000000',
};

/** The qualifier a published-on-this-release version resolves to: never a fixed number. */
export const NEW_VERSION = '{new-version}';

/** Types the simulator runs (SAM functions become these). Everything else is read but "not simulated". */
const SIMULATED = new Set([
  'AWS::Serverless::Function',
  'AWS::Lambda::Function',
  'AWS::Lambda::Version',
  'AWS::Lambda::Alias',
  'AWS::CodeDeploy::Application',
  'AWS::CodeDeploy::DeploymentConfig',
  'AWS::CodeDeploy::DeploymentGroup',
  'AWS::CloudWatch::Alarm',
  'AWS::IAM::Role',
]);

/**
 * Constructs the rules cannot read: their result depends on a macro or language extension run by
 * CloudFormation itself. https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
const UNSUPPORTED_KEYS = [/^Fn::Transform$/, /^Fn::ForEach::/, /^Fn::Length$/, /^Fn::ToJsonString$/];
/** Values known only in the account (other stacks, the Region's zones): kept as readable placeholders. */
const PLACEHOLDER_KEYS: Record<string, (arg: unknown) => string> = {
  'Fn::ImportValue': (arg) => `{import:${typeof arg === 'string' ? arg : 'value'}}`,
  'Fn::GetAZs': () => '{availability-zones}',
  'Fn::Cidr': () => '{cidr}',
};

/** Lambda's default timeout when a function sets none (3 seconds). https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html */
const DEFAULT_TIMEOUT_SECONDS = 3;

export function readTemplate(text: string): StackModel {
  const lines = new LineCounter();
  const positionsDoc = parseDocument(typeof text === 'string' ? text : '', { lineCounter: lines, uniqueKeys: false });
  const positionOf = (path: (string | number)[]): SourcePosition | undefined => {
    const node = positionsDoc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    // For a key whose value is a node, the value's start is close enough; fall back to the parent.
    if (!node?.range) return path.length > 1 ? positionOf(path.slice(0, -1)) : undefined;
    const p = lines.linePos(node.range[0]);
    return { line: p.line, column: p.col };
  };

  let template: Record<string, unknown>;
  try {
    template = parseTemplate(text);
  } catch (e) {
    if (e instanceof SamDeployError)
      throw new TemplateReadError(
        e.message,
        e.line !== undefined ? { line: e.line, column: e.column ?? 1 } : undefined,
      );
    throw e;
  }
  if (!isRecord(template.Resources) || Object.keys(template.Resources).length === 0)
    throw new TemplateReadError('Template format error: At least one Resources member must be defined.');

  const transforms = ([] as unknown[]).concat(template.Transform ?? []);
  for (const t of transforms)
    if (t !== 'AWS::Serverless-2016-10-31')
      throw new TemplateReadError(
        `Transform ${JSON.stringify(t)} is not supported: Rehearse reads SAM (AWS::Serverless-2016-10-31) and plain CloudFormation; a macro changes the template in ways it cannot see.`,
        positionOf(['Transform']),
      );
  const unsupported = findKey(template, UNSUPPORTED_KEYS, []);
  if (unsupported)
    throw new TemplateReadError(
      `${unsupported.key} is not supported: its result is computed by CloudFormation at deploy time, so the rules cannot see what it creates.`,
      positionOf(unsupported.path),
    );
  const isSam = transforms.includes('AWS::Serverless-2016-10-31');
  const body = replacePlaceholders(template) as Record<string, unknown>;

  // Parameters without a Default get their own name as a placeholder value (the rules look at shape, not values).
  const params = isRecord(body.Parameters) ? body.Parameters : {};
  const withDefaults: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(params))
    withDefaults[name] =
      isRecord(spec) && spec.Default === undefined ? { ...spec, Default: placeholderFor(name, spec) } : spec;
  const forParams = { ...body, Parameters: withDefaults };

  let parameters: Record<string, string | string[]>;
  let conditions: Record<string, boolean>;
  try {
    parameters = resolveParameters(forParams, {}, REHEARSAL_PSEUDO);
    conditions = evaluateConditions(forParams, parameters);
  } catch (e) {
    throw new TemplateReadError((e as Error).message, positionOf(['Parameters']) ?? positionOf(['Conditions']));
  }

  const resources = body.Resources as Record<string, Record<string, unknown>>;
  const active: Record<string, Record<string, unknown>> = {};
  const summaries: ResourceSummary[] = [];
  for (const [id, r] of Object.entries(resources)) {
    if (!isRecord(r) || typeof r.Type !== 'string')
      throw new TemplateReadError(
        `Template format error: [/Resources/${id}] Every Resources object must contain a Type member.`,
        positionOf(['Resources', id]),
      );
    if (typeof r.Condition === 'string' && conditions[r.Condition] === false) continue;
    active[id] = r;
    summaries.push({
      logicalId: id,
      type: r.Type,
      simulated: SIMULATED.has(r.Type),
      position: positionOf(['Resources', id]),
    });
  }

  // Ids below come from Object.keys(active), so active[id] exists.
  const samFunctions = new Set(Object.keys(active).filter((id) => active[id]!.Type === 'AWS::Serverless::Function'));
  const globals = body.Globals;
  const rawProps = (id: string): Record<string, unknown> => {
    const p = isRecord(active[id]!.Properties) ? active[id]!.Properties : {};
    return samFunctions.has(id) ? applyFunctionGlobals(globals, p) : p;
  };

  // Names first (a Ref of a function is its name), each with references to resources left as their logical ids.
  const names = new Map<string, string>();
  const nameScope: ResolveScope = {
    parameters,
    conditions,
    mappings: isRecord(body.Mappings) ? body.Mappings : {},
    hasResource: () => true,
    ref: (id) => id,
    getAtt: (id, attr) => `${id}.${attr}`,
  };
  const NAME_PROPERTY: Record<string, string> = {
    'AWS::Serverless::Function': 'FunctionName',
    'AWS::Lambda::Function': 'FunctionName',
    'AWS::CloudWatch::Alarm': 'AlarmName',
    'AWS::CodeDeploy::DeploymentConfig': 'DeploymentConfigName',
    'AWS::CodeDeploy::DeploymentGroup': 'DeploymentGroupName',
    'AWS::CodeDeploy::Application': 'ApplicationName',
    'AWS::IAM::Role': 'RoleName',
  };
  for (const id of Object.keys(active)) {
    const prop = NAME_PROPERTY[String(active[id]!.Type)];
    const raw = prop ? rawProps(id)[prop] : undefined;
    let name: string | undefined;
    if (raw !== undefined) {
      try {
        const v = resolveValue(raw, nameScope, id);
        if (typeof v === 'string') name = v;
      } catch {
        name = undefined;
      }
    }
    // CloudFormation's generated names look like <stack>-<LogicalId>-<random suffix>.
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html
    names.set(id, name ?? `${REHEARSAL_PSEUDO.stackName}-${id}-GENERATED`);
  }
  const named = (id: string) => !names.get(id)!.endsWith('-GENERATED');

  const arn = (fn: string, qualifier?: string) =>
    `arn:aws:lambda:${REHEARSAL_PSEUDO.region}:${REHEARSAL_PSEUDO.accountId}:function:${fn}${qualifier ? `:${qualifier}` : ''}`;
  const samAlias = (id: string): string | undefined => {
    const a = rawProps(id).AutoPublishAlias;
    if (a === undefined) return undefined;
    try {
      const v = resolveValue(a, nameScope, id);
      return typeof v === 'string' ? v : undefined;
    } catch {
      return undefined;
    }
  };
  // SAM's generated alias logical ids: <Function>Alias<name> with - → D and _ → U.
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html
  const generatedAliases = new Map<string, string>();
  for (const id of samFunctions) {
    const a = samAlias(id);
    if (a) generatedAliases.set(`${id}Alias${a.replace(/-/g, 'D').replace(/_/g, 'U')}`, id);
  }

  // Resources the SAM transform adds, which templates may reference (the hook policy in AWS's own
  // example refers to ServerlessDeploymentApplication).
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources.html
  const samGenerated = (id: string): boolean =>
    /^(ServerlessDeploymentApplication|CodeDeployServiceRole|ServerlessRestApi|ServerlessHttpApi)/.test(id) ||
    [...samFunctions].some((fn) => id.startsWith(fn));
  const refOf = (id: string): string => {
    const dot = id.indexOf('.');
    if (dot > 0 && samFunctions.has(id.slice(0, dot))) {
      const fn = id.slice(0, dot);
      return id.endsWith('.Alias') ? arn(names.get(fn)!, samAlias(fn)) : arn(names.get(fn)!, NEW_VERSION);
    }
    if (generatedAliases.has(id)) {
      const fn = generatedAliases.get(id)!;
      return arn(names.get(fn)!, samAlias(fn));
    }
    const type = String(active[id]?.Type);
    if (type === 'AWS::Lambda::Alias' || type === 'AWS::Lambda::Version') {
      const p = rawProps(id);
      const fn = functionNameIn(resolveValue(p.FunctionName, nameScope, id));
      const fnName = fn && names.has(fn) ? names.get(fn)! : (fn ?? id);
      if (type === 'AWS::Lambda::Version') return arn(fnName, NEW_VERSION);
      const aliasName = resolveValue(p.Name, nameScope, id);
      return arn(fnName, typeof aliasName === 'string' ? aliasName : id);
    }
    return names.get(id) ?? id;
  };
  const scope: ResolveScope = {
    parameters,
    conditions,
    mappings: isRecord(body.Mappings) ? body.Mappings : {},
    hasResource: (id) =>
      id in active || generatedAliases.has(id) || samFunctions.has(id.split('.')[0]!) || (isSam && samGenerated(id)),
    ref: refOf,
    getAtt: (id, attr) => {
      const type = String(active[id]?.Type);
      if (attr === 'Arn' && (type === 'AWS::Serverless::Function' || type === 'AWS::Lambda::Function'))
        return arn(names.get(id)!);
      if (attr === 'Version' || attr === 'Version.Version') return NEW_VERSION;
      if (attr === 'Alias' || attr === 'Alias.Name') return samAlias(id) ?? id;
      if (attr === 'Arn') return `arn:aws:${type.split('::')[1]?.toLowerCase() ?? 'service'}:::${names.get(id) ?? id}`;
      return `{${id}.${attr}}`;
    },
  };

  const resolved: StackModel['resolved'] = {};
  for (const id of Object.keys(active)) {
    const raw = rawProps(id);
    try {
      const policy = active[id]!.UpdatePolicy;
      resolved[id] = {
        type: String(active[id]!.Type),
        properties: resolveValue(raw, scope, id) as Record<string, unknown>,
        raw,
        ...(isRecord(policy) ? { updatePolicy: resolveValue(policy, scope, id) as Record<string, unknown> } : {}),
      };
    } catch (e) {
      throw new TemplateReadError(`${(e as Error).message} (in resource ${id})`, positionOf(['Resources', id]));
    }
  }

  const functions: FunctionModel[] = [];
  for (const [id, r] of Object.entries(resolved)) {
    if (r.type !== 'AWS::Serverless::Function' && r.type !== 'AWS::Lambda::Function') continue;
    const aliasNames: string[] = [];
    if (r.type === 'AWS::Serverless::Function' && typeof r.properties.AutoPublishAlias === 'string')
      aliasNames.push(r.properties.AutoPublishAlias);
    for (const a of Object.values(resolved))
      if (a.type === 'AWS::Lambda::Alias' && functionNameIn(a.properties.FunctionName) === names.get(id))
        aliasNames.push(String(a.properties.Name));
    const timeout = Number(r.properties.Timeout);
    functions.push({
      logicalId: id,
      kind: r.type === 'AWS::Serverless::Function' ? 'sam' : 'cloudformation',
      name: names.get(id)!,
      named: named(id),
      properties: r.properties,
      raw: r.raw,
      aliasNames,
      timeoutSeconds: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_SECONDS,
    });
  }

  const alarms = Object.entries(resolved)
    .filter(([, r]) => r.type === 'AWS::CloudWatch::Alarm')
    .map(([id, r]) => readAlarm(id, names.get(id)!, r.properties));

  const hash = bytesToHex(sha256(new TextEncoder().encode(text)));
  const model: StackModel = {
    hash,
    isSam,
    resources: summaries,
    resolved,
    functions,
    deployments: [],
    alarms,
    positions: new Map(summaries.filter((s) => s.position).map((s) => [s.logicalId, s.position!])),
    positionOf,
    ownProperties: (id) => {
      const p = resources[id]?.Properties;
      return isRecord(p) ? p : {};
    },
  };
  model.deployments = readDeployments(model, globals, names);
  return model;
}

/** The function name inside a name, a `name:qualifier` or an ARN. */
export function functionNameIn(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(value);
  if (m) return m[1];
  return value.split(':')[0];
}

/** The qualifier of a name, `name:qualifier` or ARN (undefined when unqualified, i.e. $LATEST). */
export function qualifierIn(value: string): string | undefined {
  const m = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:[^:]+:(.+)$/.exec(value);
  if (m) return m[1];
  if (value.startsWith('arn:')) return undefined;
  const parts = value.split(':');
  return parts.length > 1 ? parts[1] : undefined;
}

function placeholderFor(name: string, spec: Record<string, unknown>): string {
  if (spec.Type === 'Number') return '1';
  if (Array.isArray(spec.AllowedValues) && spec.AllowedValues.length > 0) return String(spec.AllowedValues[0]);
  return name;
}

function findKey(
  value: unknown,
  patterns: RegExp[],
  path: (string | number)[],
): { key: string; path: (string | number)[] } | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findKey(value[i], patterns, [...path, i]);
      if (hit) return hit;
    }
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (patterns.some((p) => p.test(k))) return { key: k, path: [...path, k] };
      const hit = findKey(v, patterns, [...path, k]);
      if (hit) return hit;
    }
  }
  return undefined;
}

function replacePlaceholders(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(replacePlaceholders);
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  const only = keys.length === 1 ? keys[0]! : undefined;
  const placeholder = only === undefined ? undefined : PLACEHOLDER_KEYS[only];
  if (only !== undefined && only in PLACEHOLDER_KEYS && placeholder) return placeholder(value[only]);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = replacePlaceholders(v);
  return out;
}
