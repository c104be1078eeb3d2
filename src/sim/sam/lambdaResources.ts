import { isAwsError } from '../core/errors';
import type { FileContent } from '../core/workspace';
import { functionArn, qualifiedArn, ROLE_ARN_PATTERN, ROLE_ARN_PATTERN_TEXT } from '../lambda/arn';
import { MSG } from '../lambda/errors/messages';
import { isRecord } from './intrinsics';
import { generatedPhysicalName } from './names';
import type { DeployedResource, HandlerContext, ResourceKind } from './resourceKind';
import { checkAliasInput, checkReservedInput } from './planChecks';
import { handlerFailure } from './resourceErrors';
import { waitUntilFunctionReady } from '../lambda/waitUntilReady';

/**
 * AWS::Lambda::Function, ::Version and ::Alias over world.lambda.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-version.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-alias.html
 */

/** Template scalars as the API receives them; a map or list (refused earlier by checkPropertyTypes) never becomes "[object Object]". */
const str = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v);
const num = (v: unknown): number | undefined => (v === undefined || v === null || v === '' ? undefined : Number(v));

/** CloudFormation passes environment values as strings. */
function environmentOf(props: Record<string, unknown>): { Variables: Record<string, string> } | undefined {
  const env = props.Environment;
  if (!isRecord(env)) return undefined;
  const vars = isRecord(env.Variables) ? env.Variables : {};
  return {
    Variables: Object.fromEntries(
      Object.entries(vars).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    ),
  };
}

/** Where the function's code document comes from: ZipFile text, a packaged artifact, or a workspace file named by S3Key. */
function codeContent(props: Record<string, unknown>, ctx: HandlerContext): FileContent {
  const code = props.Code;
  if (!isRecord(code))
    throw handlerFailure(
      ctx,
      'AWS::Lambda::Function',
      'Properties validation failed for resource with message: #: required key [Code] not found',
    );
  if (typeof code.ZipFile === 'string') return code.ZipFile;
  if (typeof code.S3Key === 'string' && typeof code.S3Bucket === 'string') {
    const content = ctx.packaged.get(code.S3Key) ?? ctx.world.workspace.read(code.S3Key);
    // Lambda's own message when the S3 object is missing.
    if (content === undefined)
      throw handlerFailure(
        ctx,
        'AWS::Lambda::Function',
        'Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.',
        'InvalidParameterValueException',
      );
    return content;
  }
  throw handlerFailure(
    ctx,
    'AWS::Lambda::Function',
    'Please provide a source for function code.',
    'InvalidParameterValueException',
  );
}

const sameContent = (a: FileContent | undefined, b: FileContent): boolean =>
  a !== undefined &&
  (typeof a === 'string' && typeof b === 'string'
    ? a === b
    : JSON.stringify(Array.from(typeof a === 'string' ? new TextEncoder().encode(a) : a)) ===
      JSON.stringify(Array.from(typeof b === 'string' ? new TextEncoder().encode(b) : b)));

function configurationOf(props: Record<string, unknown>) {
  return {
    Runtime: str(props.Runtime),
    Handler: str(props.Handler),
    Role: str(props.Role),
    Description: str(props.Description) ?? '',
    Timeout: num(props.Timeout) ?? 3,
    MemorySize: num(props.MemorySize) ?? 128,
    Environment: environmentOf(props) ?? { Variables: {} },
  };
}

const call = <T>(ctx: HandlerContext, type: string, fn: () => T): T => {
  try {
    return fn();
  } catch (e) {
    if (isAwsError(e)) throw handlerFailure(ctx, type, e.message, e.name);
    throw e;
  }
};

export const lambdaFunction: ResourceKind = {
  physicalId: (props, stack, id) => str(props.FunctionName) ?? generatedPhysicalName(stack, id, 64),
  attributes: { Arn: (name, world) => functionArn(world, name) },
  replacement: ['FunctionName', 'PackageType'],
  validate(props, ctx) {
    const type = 'AWS::Lambda::Function';
    const fail = (m: string, name = 'InvalidParameterValueException') => handlerFailure(ctx, type, m, name);
    codeContent(props, ctx);
    const role = str(props.Role);
    if (role === undefined)
      throw handlerFailure(
        ctx,
        type,
        'Properties validation failed for resource with message: #: required key [Role] not found',
      );
    if (!ROLE_ARN_PATTERN.test(role))
      throw fail(
        `1 validation error detected: Value '${role}' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ROLE_ARN_PATTERN_TEXT}`,
        'ValidationException',
      );
    if (props.Runtime === undefined || props.Handler === undefined) throw fail(MSG.runtimeHandlerRequired);
    const name = str(props.FunctionName);
    if (name !== undefined && !/^[a-zA-Z0-9-_]{1,64}$/.test(name))
      throw fail(
        `1 validation error detected: Value '${name}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+ and have length less than or equal to 64`,
        'ValidationException',
      );
    const c = configurationOf(props);
    if (!Number.isInteger(c.Timeout) || c.Timeout < 1 || c.Timeout > 900)
      throw fail(
        `1 validation error detected: Value '${String(props.Timeout)}' at 'timeout' failed to satisfy constraint: Member must have value ${c.Timeout < 1 ? 'greater than or equal to 1' : 'less than or equal to 900'}`,
        'ValidationException',
      );
    if (!Number.isInteger(c.MemorySize) || c.MemorySize < 128 || c.MemorySize > 10240)
      throw fail(
        `1 validation error detected: Value '${String(props.MemorySize)}' at 'memorySize' failed to satisfy constraint: Member must have value ${c.MemorySize < 128 ? 'greater than or equal to 128' : 'less than or equal to 10240'}`,
        'ValidationException',
      );
    checkReservedInput({ logicalId: ctx.logicalId, type, physicalId: name ?? '', planned: props });
    if (c.Description.length > 256)
      throw fail(
        `1 validation error detected: Value at 'description' failed to satisfy constraint: Member must have length less than or equal to 256`,
        'ValidationException',
      );
  },
  create(props, physicalId, ctx) {
    const code = codeContent(props, ctx);
    const c = configurationOf(props);
    call(ctx, 'AWS::Lambda::Function', () =>
      ctx.world.lambda.createFunction({
        FunctionName: physicalId,
        ...c,
        Role: c.Role!,
        Environment: environmentOf(props),
        Code: { ZipFile: code },
      }),
    );
    // CloudFormation reports the function created only once it is Active (functions-states.html).
    waitUntilFunctionReady(ctx.world, physicalId);
    const reserved = num(props.ReservedConcurrentExecutions);
    if (reserved !== undefined)
      call(ctx, 'AWS::Lambda::Function', () =>
        ctx.world.lambda.putFunctionConcurrency({ FunctionName: physicalId, ReservedConcurrentExecutions: reserved }),
      );
    return { code };
  },
  update(props, previous, ctx) {
    const code = codeContent(props, ctx);
    const codeChanged = JSON.stringify(props.Code) !== JSON.stringify(previous.appliedProperties.Code);
    // INF: CloudFormation sees only the template. An S3 object replaced under the same key is picked
    // up when the function resource is updated for another reason (AutoPublishCodeSha256 changes
    // its Description for exactly this case), not when nothing in the template changed.
    if (codeChanged || !sameContent(previous.code, code)) {
      ctx.world.lambda.updateFunctionCode({ FunctionName: previous.physicalId, ZipFile: code });
      // A second update (or the version's PublishVersion) is refused until this one finishes.
      waitUntilFunctionReady(ctx.world, previous.physicalId);
    }
    const before = JSON.stringify(configurationOf(previous.appliedProperties));
    const after = configurationOf(props);
    if (JSON.stringify(after) !== before)
      call(ctx, 'AWS::Lambda::Function', () =>
        ctx.world.lambda.updateFunctionConfiguration({
          FunctionName: previous.physicalId,
          ...after,
          Role: after.Role!,
        }),
      );
    if (JSON.stringify(after) !== before) waitUntilFunctionReady(ctx.world, previous.physicalId);
    const reserved = num(props.ReservedConcurrentExecutions);
    if (reserved !== num(previous.appliedProperties.ReservedConcurrentExecutions)) {
      if (reserved === undefined) ctx.world.lambda.deleteFunctionConcurrency({ FunctionName: previous.physicalId });
      else
        call(ctx, 'AWS::Lambda::Function', () =>
          ctx.world.lambda.putFunctionConcurrency({
            FunctionName: previous.physicalId,
            ReservedConcurrentExecutions: reserved,
          }),
        );
    }
    return { code };
  },
  remove(previous, ctx) {
    call(ctx, 'AWS::Lambda::Function', () => ctx.world.lambda.deleteFunction({ FunctionName: previous.physicalId }));
  },
};

/** A version's physical id is its ARN; PublishVersion gives the number. */
export const lambdaVersion: ResourceKind = {
  physicalId: () => '',
  refIsRuntime: true,
  attributes: { Version: 'runtime', FunctionArn: 'runtime' },
  // Every property of AWS::Lambda::Version requires replacement
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-version.html).
  replacement: 'all',
  validate(props, ctx) {
    if (str(props.FunctionName) === undefined)
      throw handlerFailure(
        ctx,
        'AWS::Lambda::Version',
        'Properties validation failed for resource with message: #: required key [FunctionName] not found',
      );
  },
  create(props, _physicalId, ctx) {
    const fnName = str(props.FunctionName)!;
    const out = call(ctx, 'AWS::Lambda::Version', () =>
      ctx.world.lambda.publishVersion({
        FunctionName: fnName,
        ...(props.Description !== undefined ? { Description: str(props.Description) } : {}),
      }),
    );
    const version = String(out.Version);
    return { attributes: { Version: version, FunctionArn: String(out.FunctionArn), Ref: String(out.FunctionArn) } };
  },
  update(props, _previous, ctx) {
    return this.create(props, '', ctx);
  },
  remove(previous, ctx) {
    // SAM's versions carry DeletionPolicy: Retain, so old versions stay (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html).
    if (previous.deletionPolicy === 'Retain') {
      ctx.note(
        `Version ${previous.attributes.Version} of ${String(previous.appliedProperties.FunctionName)} was kept (DeletionPolicy: Retain).`,
      );
      return;
    }
    const fn = String(previous.appliedProperties.FunctionName);
    const aliases = ctx.world.lambda.listAliases({ FunctionName: fn }).Aliases as {
      Name: string;
      FunctionVersion: string;
      RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> };
    }[];
    const used = aliases.some(
      (a) =>
        a.FunctionVersion === previous.attributes.Version ||
        (previous.attributes.Version !== undefined &&
          Object.keys(a.RoutingConfig?.AdditionalVersionWeights ?? {}).includes(previous.attributes.Version)),
    );
    if (used) {
      // INF: CloudFormation deletes old resources after the update completes; a version an alias
      // still routes to (a deployment is shifting) cannot be deleted yet, so the Lab keeps it.
      ctx.note(`Version ${previous.attributes.Version} of ${fn} is still used by an alias, so it was not deleted.`);
      return;
    }
    call(ctx, 'AWS::Lambda::Version', () =>
      ctx.world.lambda.deleteFunction({ FunctionName: fn, Qualifier: previous.attributes.Version }),
    );
  },
};

/** CloudFormation's RoutingConfig is a list of {FunctionVersion, FunctionWeight}; the API takes a map. */
function routingOf(props: Record<string, unknown>): { AdditionalVersionWeights: Record<string, number> } | undefined {
  const rc = props.RoutingConfig;
  if (!isRecord(rc) || !Array.isArray(rc.AdditionalVersionWeights)) return undefined;
  const weights: Record<string, number> = {};
  for (const w of rc.AdditionalVersionWeights)
    if (isRecord(w)) weights[String(w.FunctionVersion)] = Number(w.FunctionWeight);
  return { AdditionalVersionWeights: weights };
}

const pcOf = (props: Record<string, unknown>): number | undefined => {
  const pc = props.ProvisionedConcurrencyConfig;
  return isRecord(pc) ? num(pc.ProvisionedConcurrentExecutions) : undefined;
};

function applyProvisionedConcurrency(
  props: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
  ctx: HandlerContext,
): void {
  const next = pcOf(props);
  const before = previous ? pcOf(previous) : undefined;
  if (next === before) return;
  const target = { FunctionName: str(props.FunctionName)!, Qualifier: str(props.Name)! };
  if (next === undefined)
    call(ctx, 'AWS::Lambda::Alias', () => ctx.world.lambda.deleteProvisionedConcurrencyConfig(target));
  else
    call(ctx, 'AWS::Lambda::Alias', () =>
      ctx.world.lambda.putProvisionedConcurrencyConfig({ ...target, ProvisionedConcurrentExecutions: next }),
    );
}

export const lambdaAlias: ResourceKind = {
  physicalId: (props, _stack, _id, world) => qualifiedArn(world, str(props.FunctionName) ?? '', str(props.Name) ?? ''),
  attributes: {},
  replacement: ['Name', 'FunctionName'],
  validate(props, ctx) {
    for (const key of ['Name', 'FunctionName', 'FunctionVersion'])
      if (props[key] === undefined)
        throw handlerFailure(
          ctx,
          'AWS::Lambda::Alias',
          `Properties validation failed for resource with message: #: required key [${key}] not found`,
        );
    checkAliasInput({ logicalId: ctx.logicalId, type: 'AWS::Lambda::Alias', physicalId: '', planned: props });
    const pc = pcOf(props);
    if (pc !== undefined && (!Number.isInteger(pc) || pc < 1))
      throw handlerFailure(
        ctx,
        'AWS::Lambda::Alias',
        `Provisioned Concurrency Configs cannot be applied with a ProvisionedConcurrentExecutions value less than 1.`,
        'InvalidParameterValueException',
      );
  },
  create(props, _physicalId, ctx) {
    call(ctx, 'AWS::Lambda::Alias', () =>
      ctx.world.lambda.createAlias({
        FunctionName: str(props.FunctionName)!,
        Name: str(props.Name)!,
        FunctionVersion: str(props.FunctionVersion)!,
        ...(props.Description !== undefined ? { Description: str(props.Description) } : {}),
        ...(routingOf(props) ? { RoutingConfig: routingOf(props) } : {}),
      }),
    );
    applyProvisionedConcurrency(props, undefined, ctx);
    return {};
  },
  update(props, previous, ctx) {
    const fn = str(props.FunctionName)!;
    const name = str(props.Name)!;
    const target = str(props.FunctionVersion)!;
    const current = String(ctx.world.lambda.getAlias({ FunctionName: fn, Name: name }).FunctionVersion);
    const policy = ctx.updatePolicy?.CodeDeployLambdaAliasUpdate;
    if (isRecord(policy) && target !== current) {
      // CodeDeployLambdaAliasUpdate: CloudFormation does not move the alias itself, it asks
      // CodeDeploy to shift traffic from the alias's version to the new one.
      // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html#cfn-attributes-updatepolicy-codedeploylambdaaliasupdate
      const hooks: Record<string, string>[] = [];
      if (policy.BeforeAllowTrafficHook !== undefined)
        hooks.push({ BeforeAllowTraffic: String(policy.BeforeAllowTrafficHook) });
      if (policy.AfterAllowTrafficHook !== undefined)
        hooks.push({ AfterAllowTraffic: String(policy.AfterAllowTrafficHook) });
      const appSpec = JSON.stringify({
        version: 0,
        Resources: [
          {
            [ctx.logicalId]: {
              Type: 'AWS::Lambda::Function',
              Properties: { Name: fn, Alias: name, CurrentVersion: current, TargetVersion: target },
            },
          },
        ],
        ...(hooks.length > 0 ? { Hooks: hooks } : {}),
      }).replace('"version":0,', '"version":0.0,'); // AppSpec's only version is 0.0
      const out = call(ctx, 'AWS::Lambda::Alias', () =>
        // Deployments that CloudFormation starts show creator "CloudFormation" and the stack as externalId.
        // https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentInfo.html
        ctx.world.codedeploy.stackDeploymentPort.createDeployment(
          {
            applicationName: String(policy.ApplicationName),
            deploymentGroupName: String(policy.DeploymentGroupName),
            revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec } },
            description: `Created by CloudFormation stack ${ctx.stackName} to update alias ${name}`,
          },
          ctx.stackId,
        ),
      );
      ctx.deploymentStarted(out.deploymentId);
      if (props.Description !== previous.appliedProperties.Description)
        ctx.world.lambda.updateAlias({ FunctionName: fn, Name: name, Description: str(props.Description) ?? '' });
    } else if (isRecord(policy) && target === current) {
      // PublishVersion returned a version the alias already serves (nothing changed since it was
      // published), so there is nothing for CodeDeploy to shift.
      ctx.note(`Alias ${name} already points at version ${target}; no CodeDeploy deployment was needed.`);
    } else if (
      target !== current ||
      JSON.stringify(routingOf(props)) !== JSON.stringify(routingOf(previous.appliedProperties)) ||
      props.Description !== previous.appliedProperties.Description
    ) {
      call(ctx, 'AWS::Lambda::Alias', () =>
        ctx.world.lambda.updateAlias({
          FunctionName: fn,
          Name: name,
          FunctionVersion: target,
          Description: str(props.Description) ?? '',
          RoutingConfig: routingOf(props) ?? { AdditionalVersionWeights: {} },
        }),
      );
    }
    applyProvisionedConcurrency(props, previous.appliedProperties, ctx);
    return {};
  },
  remove(previous, ctx) {
    call(ctx, 'AWS::Lambda::Alias', () =>
      ctx.world.lambda.deleteAlias({
        FunctionName: String(previous.appliedProperties.FunctionName),
        Name: String(previous.appliedProperties.Name),
      }),
    );
  },
};

export type { DeployedResource };
