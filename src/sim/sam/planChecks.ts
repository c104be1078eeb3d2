import type { AwsError } from '../core/errors';
import { ACCOUNT_CONCURRENCY, UNRESERVED_FLOOR } from '../lambda/invoker';
import {
  ALIAS_NAME_PATTERN_TEXT,
  MSG,
  aliasAlreadyExists,
  badAliasName,
  functionAlreadyExists,
  invalidParameter,
  pcZero,
  validation,
  weightKeyInvalid,
  weightOutOfRange,
} from '../lambda/errors/messages';
import type { World } from '../world';
import { hasRuntimePlaceholder, isRecord } from './intrinsics';
import type { HandlerContext } from './resourceKind';
import { handlerFailure } from './resourceErrors';
import type { SamDeployError } from './errors';

/**
 * Checks over the whole change set that the service calls would otherwise reject halfway through
 * a deploy: the same limits Lambda applies to one call (alias names, version numbers, weights,
 * concurrency), worked out for everything the template asks for at once. They run before anything
 * changes, so a refused deploy leaves the world as it was (CloudFormation would roll the stack back;
 * the Lab never starts).
 * https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html
 * https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionConcurrency.html
 * https://docs.aws.amazon.com/lambda/latest/api/API_PutProvisionedConcurrencyConfig.html
 * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html (1,000 concurrent executions, 100 kept unreserved)
 */

export interface PlannedItem {
  logicalId: string;
  type: string;
  physicalId: string;
  planned: Record<string, unknown>;
}

const fail = (p: PlannedItem, e: AwsError): SamDeployError => handlerFailure(p, p.type, e.message, e.name);

const scalar = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

/** A numeric property as CloudFormation converts it (numbers or numeric strings), else undefined. */
const integerOf = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

const pcOf = (props: Record<string, unknown>): number | undefined =>
  isRecord(props.ProvisionedConcurrencyConfig)
    ? integerOf(props.ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions)
    : undefined;

/** Alias Name, FunctionVersion, routing weights and provisioned concurrency, as CreateAlias/UpdateAlias check them. */
export function checkAliasInput(p: PlannedItem): void {
  const name = scalar(p.planned.Name);
  if (name !== undefined && !hasRuntimePlaceholder(name)) {
    if (name.length > 128)
      throw fail(p, validation(`'${name}'`, 'name', 'Member must have length less than or equal to 128'));
    if (!new RegExp(`^${ALIAS_NAME_PATTERN_TEXT}$`).test(name)) throw fail(p, badAliasName(name));
  }
  const version = scalar(p.planned.FunctionVersion);
  if (version !== undefined && !hasRuntimePlaceholder(version) && !/^(\$LATEST|[0-9]{1,1024})$/.test(version))
    throw fail(
      p,
      validation(
        `'${version}'`,
        'functionVersion',
        'Member must satisfy regular expression pattern: (\\$LATEST|[0-9]+)',
      ),
    );
  const rc = p.planned.RoutingConfig;
  if (isRecord(rc) && Array.isArray(rc.AdditionalVersionWeights)) {
    const weights: Record<string, unknown> = Object.create(null);
    for (const w of rc.AdditionalVersionWeights)
      if (isRecord(w)) weights[scalar(w.FunctionVersion) ?? ''] = integerOf(w.FunctionWeight) ?? w.FunctionWeight;
    if (Object.keys(weights).length > 1) throw fail(p, invalidParameter(MSG.tooManyWeights));
    for (const [key, weight] of Object.entries(weights)) {
      if (typeof weight !== 'number' || weight < 0 || weight > 1) throw fail(p, weightOutOfRange(weights));
      if (!hasRuntimePlaceholder(key) && (!/^[0-9]+$/.test(key) || key.length > 1024))
        throw fail(p, weightKeyInvalid(weights));
    }
  }
  const pc = pcOf(p.planned);
  if (isRecord(p.planned.ProvisionedConcurrencyConfig) && (pc === undefined || !Number.isInteger(pc)))
    throw fail(p, validation('null', 'provisionedConcurrentExecutions', 'Member must not be null'));
  if (pc !== undefined && pc < 1) throw fail(p, pcZero(pc));
}

/** ReservedConcurrentExecutions as PutFunctionConcurrency checks one value. */
export function checkReservedInput(p: PlannedItem): void {
  const raw = p.planned.ReservedConcurrentExecutions;
  if (raw === undefined) return;
  const n = integerOf(raw);
  if (n === undefined || !Number.isInteger(n))
    throw fail(p, validation('null', 'reservedConcurrentExecutions', 'Member must not be null'));
  if (n < 0)
    throw fail(
      p,
      validation(`'${n}'`, 'reservedConcurrentExecutions', 'Member must have value greater than or equal to 0'),
    );
}

/** Two resources of the template that would get the same name: the second one's create fails. */
export function checkUniqueNames(items: readonly PlannedItem[]): void {
  const seen = new Map<string, PlannedItem>();
  for (const p of items) {
    if (p.physicalId === '' || hasRuntimePlaceholder(p.physicalId)) continue;
    const key = `${p.type}\u0000${p.physicalId}`;
    if (!seen.has(key)) {
      seen.set(key, p);
      continue;
    }
    if (p.type === 'AWS::Lambda::Function') throw fail(p, functionAlreadyExists(p.physicalId));
    if (p.type === 'AWS::Lambda::Alias') throw fail(p, aliasAlreadyExists(p.physicalId));
    // Other types: the wording of CloudFormation's resource handlers for a name already taken.
    throw handlerFailure(
      p,
      p.type,
      `Resource of type '${p.type}' with identifier '${p.physicalId}' already exists.`,
      'AlreadyExists',
    );
  }
}

/**
 * Reserved and provisioned concurrency of the whole account once the stack is applied: the
 * functions the stack declares with their planned values, every other function as it is now.
 */
export function checkAccountConcurrency(
  world: World,
  functions: readonly PlannedItem[],
  aliases: readonly PlannedItem[],
  ctxFor: (p: PlannedItem) => Pick<HandlerContext, 'logicalId'>,
): void {
  const now = world.lambda.snapshot().functions;
  const planned = new Map(functions.map((f) => [f.physicalId, f]));
  const reservedOf = new Map<string, number | undefined>();
  for (const f of now) if (!planned.has(f.FunctionName)) reservedOf.set(f.FunctionName, f.ReservedConcurrentExecutions);
  let reservedTotal = [...reservedOf.values()].reduce<number>((s, n) => s + (n ?? 0), 0);
  for (const f of functions) {
    const n = integerOf(f.planned.ReservedConcurrentExecutions);
    reservedOf.set(f.physicalId, n);
    reservedTotal += n ?? 0;
    if (ACCOUNT_CONCURRENCY - reservedTotal < UNRESERVED_FLOOR)
      throw handlerFailure(
        ctxFor(f),
        f.type,
        MSG.reservedBelowUnreservedFloor(UNRESERVED_FLOOR),
        'InvalidParameterValueException',
      );
  }
  // Provisioned concurrency per function: planned alias configs replace the same qualifiers' current ones.
  const pcByFunction = new Map<string, Map<string, number>>();
  for (const f of now)
    pcByFunction.set(f.FunctionName, new Map(f.provisionedConcurrency.map((c) => [c.Qualifier, c.Requested])));
  const provisionedAliases = aliases.filter((a) => pcOf(a.planned) !== undefined);
  for (const a of aliases) {
    const fn = scalar(a.planned.FunctionName);
    const name = scalar(a.planned.Name);
    if (fn === undefined || name === undefined) continue;
    const configs = pcByFunction.get(fn) ?? new Map<string, number>();
    const pc = pcOf(a.planned);
    if (pc === undefined) configs.delete(name);
    else configs.set(name, pc);
    pcByFunction.set(fn, configs);
  }
  let unreservedProvisioned = 0;
  for (const [fn, configs] of pcByFunction) {
    const total = [...configs.values()].reduce((s, n) => s + n, 0);
    const reserved = reservedOf.get(fn);
    const culprit = provisionedAliases.find((a) => scalar(a.planned.FunctionName) === fn);
    if (reserved !== undefined && total > reserved && culprit)
      throw handlerFailure(ctxFor(culprit), culprit.type, MSG.pcAboveReserved, 'InvalidParameterValueException');
    if (reserved === undefined) unreservedProvisioned += total;
    if (
      culprit &&
      reserved === undefined &&
      ACCOUNT_CONCURRENCY - reservedTotal - unreservedProvisioned < UNRESERVED_FLOOR
    )
      throw handlerFailure(
        ctxFor(culprit),
        culprit.type,
        MSG.pcBelowUnreservedFloor(UNRESERVED_FLOOR),
        'InvalidParameterValueException',
      );
  }
}

/**
 * Provisioned concurrency on an alias whose version already has its own configuration: Lambda
 * allows one configuration per version (ResourceConflictException).
 * https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html
 */
export function checkAliasPcConflicts(world: World, aliases: readonly PlannedItem[]): void {
  const functions = world.lambda.snapshot().functions;
  for (const a of aliases) {
    if (pcOf(a.planned) === undefined) continue;
    const version = scalar(a.planned.FunctionVersion);
    if (version === undefined || hasRuntimePlaceholder(version)) continue;
    const fn = functions.find((f) => f.FunctionName === scalar(a.planned.FunctionName));
    const clash = fn?.provisionedConcurrency.some((c) => c.kind === 'version' && c.Qualifier === version);
    if (clash) throw handlerFailure(a, a.type, MSG.pcAliasOnProvisionedVersion, 'ResourceConflictException');
  }
}
