import { templateError, templateFormatError, SamDeployError } from './errors';
import { evaluateCondition, isRecord, type ResolveScope } from './intrinsics';

/**
 * Template Parameters with defaults and `--parameter-overrides`, the pseudo parameters, and the
 * Conditions section.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html
 */
export function resolveParameters(
  template: Record<string, unknown>,
  overrides: Readonly<Record<string, string>>,
  pseudo: { region: string; accountId: string; stackName: string; stackId: string },
): Record<string, string | string[]> {
  const declared = template.Parameters === undefined ? {} : template.Parameters;
  if (!isRecord(declared)) throw templateFormatError('Every Parameters member must be an object.');
  const unknown = Object.keys(overrides).filter((k) => !Object.hasOwn(declared, k));
  if (unknown.length > 0)
    throw new SamDeployError('template', `Parameters: [${unknown.join(', ')}] do not exist in the template`);
  const out: Record<string, string | string[]> = {
    'AWS::Region': pseudo.region,
    'AWS::AccountId': pseudo.accountId,
    'AWS::StackName': pseudo.stackName,
    'AWS::StackId': pseudo.stackId,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
  };
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(declared)) {
    if (!isRecord(spec) || typeof spec.Type !== 'string')
      throw templateFormatError(`[/Parameters/${name}] Every Parameters object must contain a Type member.`);
    const raw = Object.hasOwn(overrides, name) ? overrides[name] : spec.Default;
    if (raw === undefined) {
      missing.push(name);
      continue;
    }
    const value = Array.isArray(raw) ? raw.map(String).join(',') : String(raw);
    if (Array.isArray(spec.AllowedValues) && !spec.AllowedValues.map(String).includes(value))
      throw new SamDeployError('template', `Parameter '${name}' must be one of AllowedValues`);
    if (spec.Type === 'Number' && !Number.isFinite(Number(value)))
      throw new SamDeployError('template', `Parameter '${name}' must be a number.`);
    out[name] = spec.Type === 'CommaDelimitedList' || spec.Type.startsWith('List<') ? value.split(',') : value;
  }
  if (missing.length > 0) throw new SamDeployError('template', `Parameters: [${missing.join(', ')}] must have values`);
  return out;
}

/** Evaluates the Conditions section (conditions may refer to each other through Condition). */
export function evaluateConditions(
  template: Record<string, unknown>,
  parameters: Record<string, string | string[]>,
): Record<string, boolean> {
  const raw = template.Conditions === undefined ? {} : template.Conditions;
  if (!isRecord(raw)) throw templateFormatError('Every Conditions member must be an object.');
  const section: Record<string, unknown> = raw;
  const done: Record<string, boolean> = {};
  const visiting = new Set<string>();
  const conditions = new Proxy(done, {
    has: (_t, key) => typeof key === 'string' && Object.hasOwn(section, key),
    // Object.hasOwn (used instead of `in`, so that names like toString are never found on the
    // prototype) asks for the own property descriptor: answer for declared conditions only.
    getOwnPropertyDescriptor: (_t, key) =>
      typeof key === 'string' && Object.hasOwn(section, key)
        ? { value: evaluate(key), writable: true, enumerable: true, configurable: true }
        : undefined,
    get: (_t, key) => (typeof key === 'string' ? evaluate(key) : undefined),
  });
  const scope: ResolveScope = {
    parameters,
    conditions,
    mappings: isRecord(template.Mappings) ? template.Mappings : {},
    ref: (id) => {
      throw templateFormatError(
        `Unresolved dependencies [${id}]. Cannot reference resources in the Conditions block of the template`,
      );
    },
    getAtt: (id) => {
      throw templateFormatError(
        `Unresolved dependencies [${id}]. Cannot reference resources in the Conditions block of the template`,
      );
    },
    hasResource: () => false,
  };
  function evaluate(name: string): boolean {
    if (Object.hasOwn(done, name)) return done[name]!;
    if (visiting.has(name)) throw templateError(`Circular dependency between conditions: ${name}`);
    visiting.add(name);
    done[name] = evaluateCondition(section[name], scope, `condition ${name}`);
    visiting.delete(name);
    return done[name];
  }
  for (const name of Object.keys(section)) evaluate(name);
  return done;
}
