import { parse } from 'yaml';
import { codeDeployError } from './errors';
import type { HookEventName } from './types';

/** What a Lambda AppSpec asks for: one function alias, moved from one version to another. */
export interface LambdaAppSpec {
  functionName: string;
  alias: string;
  currentVersion: string;
  targetVersion: string;
  /** The logical name of the resource entry (e.g. "myLambdaFunction"). */
  resourceName: string;
  hooks: Partial<Record<HookEventName, string>>;
}

const HOOK_EVENTS: readonly HookEventName[] = ['BeforeAllowTraffic', 'AfterAllowTraffic'];
// The AppSpec's resources section for a Lambda deployment:
// https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html

const invalid = (why: string) => codeDeployError('InvalidRevisionException', `The AppSpec file is invalid: ${why}`);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The docs spell properties both `CurrentVersion` and `currentversion`; accept either (our choice). */
function property(props: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(props).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : props[key];
}

function requiredString(props: Record<string, unknown>, name: string, resource: string): string {
  const value = property(props, name);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && (name === 'CurrentVersion' || name === 'TargetVersion')) return String(value);
  throw invalid(`Resources.${resource}.Properties.${name} is required and must be a string`);
}

/** CurrentVersion/TargetVersion are published version numbers: no alias, no $LATEST. */
function versionNumber(props: Record<string, unknown>, name: string, resource: string): string {
  const value = requiredString(props, name, resource);
  if (!/^[1-9][0-9]*$/.test(value))
    throw invalid(
      `Resources.${resource}.Properties.${name} must be a published version number (a positive integer), got '${value}'`,
    );
  return value;
}

/**
 * Parses and validates a Lambda AppSpec (YAML or JSON): version 0.0, exactly one
 * AWS::Lambda::Function resource with Name, Alias, CurrentVersion and TargetVersion, and optional
 * BeforeAllowTraffic / AfterAllowTraffic hooks.
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure.html
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-lambda
 */
export function parseLambdaAppSpec(content: string | undefined): LambdaAppSpec {
  if (content === undefined || content.trim() === '') throw invalid('the content is empty');
  let doc: unknown;
  try {
    doc = parse(content);
  } catch (e) {
    throw invalid(`it is neither valid YAML nor valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!isRecord(doc)) throw invalid('the top level must be a map with version, Resources and optional Hooks');

  // YAML reads `version: 0.0` as the number 0; JSON authors often write the string "0.0".
  const version = doc.version;
  if (!(version === 0 || version === '0.0'))
    throw invalid(`version must be 0.0, got ${JSON.stringify(version ?? null)}`);

  const resources = doc.Resources;
  if (!Array.isArray(resources) || resources.length === 0)
    throw invalid('Resources must be a list with one AWS::Lambda::Function entry');
  // "Each AppSpec file can deploy one Lambda function version" — more entries are refused (our reading).
  if (resources.length > 1)
    throw invalid(`Resources must contain exactly one entry for a Lambda deployment, found ${resources.length}`);
  const entry = resources[0];
  if (!isRecord(entry) || Object.keys(entry).length !== 1)
    throw invalid('each Resources entry must be a single map: <name>: {Type, Properties}');
  // The entry was just checked to have exactly one key.
  const [resourceName, body] = Object.entries(entry)[0]!;
  if (!isRecord(body)) throw invalid(`Resources.${resourceName} must have Type and Properties`);
  const type = property(body, 'Type');
  if (type !== 'AWS::Lambda::Function')
    throw invalid(`Resources.${resourceName}.Type must be AWS::Lambda::Function, got ${JSON.stringify(type ?? null)}`);
  const props = property(body, 'Properties');
  if (!isRecord(props)) throw invalid(`Resources.${resourceName}.Properties is required`);

  const spec: LambdaAppSpec = {
    resourceName,
    functionName: requiredString(props, 'Name', resourceName),
    alias: requiredString(props, 'Alias', resourceName),
    currentVersion: versionNumber(props, 'CurrentVersion', resourceName),
    targetVersion: versionNumber(props, 'TargetVersion', resourceName),
    hooks: {},
  };

  const hooks = doc.Hooks;
  if (hooks !== undefined && hooks !== null) {
    if (!Array.isArray(hooks)) throw invalid('Hooks must be a list such as "- BeforeAllowTraffic: CodeDeployHook_pre"');
    for (const hook of hooks) {
      if (!isRecord(hook) || Object.keys(hook).length !== 1)
        throw invalid('each Hooks entry must be a single "<event>: <function name>" pair');
      const [event, fn] = Object.entries(hook)[0]!; // exactly one key, checked just above
      if (!HOOK_EVENTS.includes(event as HookEventName))
        throw invalid(
          `Hooks.${event} is not a Lambda lifecycle event: only BeforeAllowTraffic and AfterAllowTraffic take hooks`,
        );
      if (typeof fn !== 'string' || fn.trim() === '') throw invalid(`Hooks.${event} must name a Lambda function`);
      if (spec.hooks[event as HookEventName] !== undefined) throw invalid(`Hooks.${event} appears more than once`);
      spec.hooks[event as HookEventName] = fn.trim();
    }
  }
  return spec;
}

/** Writes a Lambda AppSpec (JSON, no hooks) for a deployment CodeDeploy makes itself, such as a rollback. */
export function rollbackAppSpecContent(spec: LambdaAppSpec): string {
  return JSON.stringify({
    version: 0.0,
    Resources: [
      {
        [spec.resourceName]: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Name: spec.functionName,
            Alias: spec.alias,
            CurrentVersion: spec.currentVersion,
            TargetVersion: spec.targetVersion,
          },
        },
      },
    ],
  });
}
