import { templateError, templateFormatError } from './errors';

/**
 * CloudFormation's intrinsic functions over JSON-shaped template data: Ref, Fn::GetAtt, Fn::Sub,
 * Fn::If / Fn::Equals / Fn::Not / Fn::And / Fn::Or, Fn::Join, Fn::Select, Fn::Split,
 * Fn::FindInMap and Fn::Base64. Values that exist only once a resource has been created (a
 * published version number) are represented by a runtime placeholder while planning and by the
 * real value while applying.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */

/** `Ref: AWS::NoValue` removes the property (or list item) that holds it. */
const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';

/** A value that CloudFormation learns only while it creates a resource (e.g. a version number). */
export const runtimePlaceholder = (logicalId: string, attribute: string): string =>
  `${OPEN}${logicalId}.${attribute}${CLOSE}`;
export const hasRuntimePlaceholder = (value: unknown): boolean => JSON.stringify(value ?? null).includes(OPEN);

export interface ResolveScope {
  /** Parameter values (after defaults and overrides) and the pseudo parameters. */
  parameters: Readonly<Record<string, string | string[]>>;
  conditions: Readonly<Record<string, boolean>>;
  mappings: Readonly<Record<string, unknown>>;
  /** Ref of a resource: its physical id (or a runtime placeholder). */
  ref(logicalId: string): string;
  /** Fn::GetAtt of a resource; throws a template error for an attribute the type lacks. */
  getAtt(logicalId: string, attribute: string): string;
  hasResource(logicalId: string): boolean;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The name of the intrinsic function a value is, if it is one (a map with exactly one Ref/Fn:: key). */
export function intrinsicName(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const k = keys[0]!; // exactly one key
  return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::') ? k : undefined;
}

const asString = (v: unknown, where: string): string => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw templateError(`${where} must resolve to a string.`);
};

/** Resolves every intrinsic in `value`. `where` names the resource for error messages. */
export function resolveValue(value: unknown, scope: ResolveScope, where: string): unknown {
  const name = intrinsicName(value);
  if (name) return resolveIntrinsic(name, (value as Record<string, unknown>)[name], scope, where);
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, scope, where)).filter((v) => v !== NO_VALUE);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const r = resolveValue(v, scope, where);
      if (r !== NO_VALUE) out[k] = r;
    }
    return out;
  }
  return value;
}

function resolveIntrinsic(name: string, arg: unknown, scope: ResolveScope, where: string): unknown {
  switch (name) {
    case 'Ref':
      return resolveRef(arg, scope, where);
    case 'Fn::GetAtt':
      return resolveGetAtt(arg, scope, where);
    case 'Fn::Sub':
      return resolveSub(arg, scope, where);
    case 'Fn::If': {
      if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string')
        throw templateError(`Fn::If in ${where} needs [ConditionName, valueIfTrue, valueIfFalse].`);
      if (!Object.hasOwn(scope.conditions, arg[0]))
        throw templateFormatError(
          `Unresolved dependencies [${arg[0]}]. Cannot reference resources in the Conditions block of the template`,
          where,
        );
      return resolveValue(scope.conditions[arg[0]] ? arg[1] : arg[2], scope, where);
    }
    case 'Fn::Equals':
    case 'Fn::Not':
    case 'Fn::And':
    case 'Fn::Or':
    case 'Condition':
      return evaluateCondition({ [name]: arg }, scope, where);
    case 'Fn::Join': {
      if (!Array.isArray(arg) || arg.length !== 2)
        throw templateError(`Fn::Join in ${where} needs [delimiter, [values]].`);
      const list = resolveValue(arg[1], scope, where);
      if (!Array.isArray(list)) throw templateError(`Fn::Join in ${where} needs a list of values.`);
      return list.map((v) => asString(v, `Fn::Join in ${where}`)).join(asString(arg[0], `Fn::Join in ${where}`));
    }
    case 'Fn::Select': {
      if (!Array.isArray(arg) || arg.length !== 2)
        throw templateError(`Fn::Select in ${where} needs [index, [values]].`);
      const index = Number(resolveValue(arg[0], scope, where));
      const list = resolveValue(arg[1], scope, where);
      if (!Array.isArray(list) || !Number.isInteger(index) || index < 0 || index >= list.length)
        throw templateError(`Fn::Select in ${where}: index out of bounds.`);
      return list[index];
    }
    case 'Fn::Split': {
      if (!Array.isArray(arg) || arg.length !== 2)
        throw templateError(`Fn::Split in ${where} needs [delimiter, string].`);
      return asString(resolveValue(arg[1], scope, where), `Fn::Split in ${where}`).split(
        asString(arg[0], `Fn::Split in ${where}`),
      );
    }
    case 'Fn::FindInMap': {
      if (!Array.isArray(arg) || arg.length !== 3)
        throw templateError(`Fn::FindInMap in ${where} needs [MapName, TopLevelKey, SecondLevelKey].`);
      const [m, k1, k2] = arg.map((a) => asString(resolveValue(a, scope, where), `Fn::FindInMap in ${where}`)) as [
        string,
        string,
        string,
      ];
      const top = Object.hasOwn(scope.mappings, m) ? scope.mappings[m] : undefined;
      const second = isRecord(top) && Object.hasOwn(top, k1) ? top[k1] : undefined;
      if (!isRecord(second) || !Object.hasOwn(second, k2))
        throw templateError(`Unable to get mapping for ${m}::${k1}::${k2}`);
      return second[k2];
    }
    case 'Fn::Base64': {
      const s = asString(resolveValue(arg, scope, where), `Fn::Base64 in ${where}`);
      let bin = '';
      for (const b of new TextEncoder().encode(s)) bin += String.fromCharCode(b);
      return btoa(bin);
    }
    default:
      throw templateError(
        `${name} in ${where} is not supported by this Lab's CloudFormation (it models Ref, GetAtt, Sub, If, Equals, Not, And, Or, Join, Select, Split, FindInMap and Base64).`,
      );
  }
}

function resolveRef(arg: unknown, scope: ResolveScope, where: string): unknown {
  if (typeof arg !== 'string') throw templateError(`Ref in ${where} must name a parameter or a resource.`);
  if (arg === 'AWS::NoValue') return NO_VALUE;
  if (Object.hasOwn(scope.parameters, arg)) return scope.parameters[arg];
  if (scope.hasResource(arg)) return scope.ref(arg);
  throw templateFormatError(`Unresolved resource dependencies [${arg}] in the Resources block of the template`, where);
}

function resolveGetAtt(arg: unknown, scope: ResolveScope, where: string): string {
  let parts: unknown[] | undefined;
  if (typeof arg === 'string') {
    const dot = arg.indexOf('.');
    parts = dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
  } else if (Array.isArray(arg)) parts = arg.map((a) => (intrinsicName(a) ? resolveValue(a, scope, where) : a));
  if (!parts || parts.length !== 2 || typeof parts[0] !== 'string' || typeof parts[1] !== 'string')
    throw templateError(`Fn::GetAtt in ${where} needs [LogicalId, Attribute] (or !GetAtt LogicalId.Attribute).`);
  const [id, attr] = parts as [string, string];
  if (!scope.hasResource(id))
    throw templateFormatError(`Unresolved resource dependencies [${id}] in the Resources block of the template`, where);
  return scope.getAtt(id, attr);
}

/** `${Param}`, `${Resource}`, `${Resource.Attr}`, `${!Literal}`, with an optional variable map. */
function resolveSub(arg: unknown, scope: ResolveScope, where: string): string {
  let text: unknown = arg;
  let vars: Record<string, unknown> = {};
  if (Array.isArray(arg)) {
    if (arg.length !== 2 || !isRecord(arg[1]))
      throw templateError(`Fn::Sub in ${where} needs a string or [string, { Var: value }].`);
    text = arg[0];
    vars = arg[1];
  }
  if (typeof text !== 'string') throw templateError(`Fn::Sub in ${where} needs a string.`);
  return text.replace(/\$\{([^}]*)\}/g, (whole, expr: string) => {
    if (expr.startsWith('!')) return `\${${expr.slice(1)}}`;
    const name = expr.trim();
    if (Object.hasOwn(vars, name))
      return asString(resolveValue(vars[name], scope, where), `Fn::Sub variable ${name} in ${where}`);
    if (Object.hasOwn(scope.parameters, name)) {
      const v = scope.parameters[name]!; // an own property (hasOwn, not `in`, so 'toString' is not a parameter)
      return Array.isArray(v) ? v.join(',') : v;
    }
    const dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith('AWS::'))
      return resolveGetAtt([name.slice(0, dot), name.slice(dot + 1)], scope, where);
    if (scope.hasResource(name)) return scope.ref(name);
    void whole;
    throw templateFormatError(
      `Unresolved resource dependencies [${name}] in the Resources block of the template`,
      where,
    );
  });
}

/** Evaluates a condition expression (the Conditions section, or Fn::If's named condition). */
export function evaluateCondition(expr: unknown, scope: ResolveScope, where: string): boolean {
  const name = intrinsicName(expr);
  const arg = name ? (expr as Record<string, unknown>)[name] : undefined;
  const list = (n: number, min = n, max = n): unknown[] => {
    if (!Array.isArray(arg) || arg.length < min || arg.length > max)
      throw templateError(`${name} in ${where} needs ${min === max ? n : `${min} to ${max}`} arguments.`);
    return arg;
  };
  switch (name) {
    case 'Fn::Equals': {
      const [a, b] = list(2).map((v) => resolveValue(v, scope, where));
      return (
        JSON.stringify(typeof a === 'number' ? String(a) : a) === JSON.stringify(typeof b === 'number' ? String(b) : b)
      );
    }
    case 'Fn::Not':
      return !evaluateCondition(list(1)[0], scope, where);
    case 'Fn::And':
      return list(2, 2, 10).every((c) => evaluateCondition(c, scope, where));
    case 'Fn::Or':
      return list(2, 2, 10).some((c) => evaluateCondition(c, scope, where));
    case 'Condition':
      if (typeof arg !== 'string' || !Object.hasOwn(scope.conditions, arg))
        throw templateFormatError(
          `Unresolved dependencies [${String(arg)}]. Cannot reference resources in the Conditions block of the template`,
          where,
        );
      return scope.conditions[arg]!; // an own property, checked just above
    default: {
      const v = resolveValue(expr, scope, where);
      if (v === true || v === 'true') return true;
      if (v === false || v === 'false') return false;
      throw templateError(
        `the condition ${where} must be built from Fn::Equals, Fn::Not, Fn::And, Fn::Or or Condition.`,
      );
    }
  }
}

/**
 * SAM resolves only parameter Refs (and pseudo parameters) in the properties it reads itself, such
 * as AutoPublishAlias and DeploymentPreference.Type, before it writes the CloudFormation template
 * (samtranslator IntrinsicsResolver.resolve_parameter_refs). Other intrinsics stay as they are.
 */
export function resolveParameterRefs(value: unknown, parameters: Readonly<Record<string, string | string[]>>): unknown {
  const name = intrinsicName(value);
  if (name === 'Ref') {
    const arg = (value as { Ref: unknown }).Ref;
    return typeof arg === 'string' && Object.hasOwn(parameters, arg) ? parameters[arg] : value;
  }
  if (name === 'Fn::Sub' && typeof (value as Record<string, unknown>)['Fn::Sub'] === 'string') {
    const text = (value as Record<string, unknown>)['Fn::Sub'] as string; // checked to be a string just above
    const refs = [...text.matchAll(/\$\{([^}!][^}]*)\}/g)].map((m) => m[1]!.trim()); // group 1 is not optional
    if (refs.every((r) => Object.hasOwn(parameters, r)))
      return text
        .replace(/\$\{([^}!][^}]*)\}/g, (_w, r: string) => String(parameters[r.trim()]))
        .replace(/\$\{!/g, '${');
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => resolveParameterRefs(v, parameters));
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveParameterRefs(v, parameters)]));
  return value;
}
