/** Shared set-up for world-level CodeDeploy tests: real Lambda, CloudWatch and traffic services. */
import { createWorld, type World } from '../../../../src/sim';
import { waitUntilFunctionReady } from '../../../../src/sim/lambda/waitUntilReady';

export const LAMBDA_ROLE = 'arn:aws:iam::123456789012:role/lambda-exec';
export const CODEDEPLOY_ROLE = 'arn:aws:iam::123456789012:role/CodeDeployServiceRole';
export const MIN = 60_000;

export type HookReport = 'Succeeded' | 'Failed' | 'nothing';

const createFn = (w: World, name: string, code: object) => {
  w.lambda.createFunction({
    FunctionName: name,
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    Role: LAMBDA_ROLE,
    Code: { ZipFile: JSON.stringify(code) },
  });
  // Wait until Active, as a pipeline does before using a new function (functions-states.html).
  waitUntilFunctionReady(w, name);
};

/**
 * Function `orders` with version 1 (healthy) and version 2 (`errorRate` of the new code), alias
 * `live` → 1; optional hook functions; CodeDeploy application `shop` and group `orders-dg`.
 */
export function ordersWorld(
  opts: {
    seed?: number;
    newErrorRate?: number;
    before?: { reports: HookReport; afterMs: number };
    after?: { reports: HookReport; afterMs: number };
    group?: Record<string, unknown>;
  } = {},
) {
  const w = createWorld({ seed: opts.seed ?? 42 });
  createFn(w, 'orders', { errorRate: 0, durationMs: 100 });
  w.lambda.publishVersion({ FunctionName: 'orders' });
  w.lambda.updateFunctionCode({
    FunctionName: 'orders',
    ZipFile: JSON.stringify({ errorRate: opts.newErrorRate ?? 0, durationMs: 120 }),
  });
  waitUntilFunctionReady(w, 'orders');
  w.lambda.publishVersion({ FunctionName: 'orders' });
  w.lambda.createAlias({ FunctionName: 'orders', Name: 'live', FunctionVersion: '1' });
  if (opts.before) createFn(w, 'CodeDeployHook_pre', { hook: opts.before });
  if (opts.after) createFn(w, 'CodeDeployHook_post', { hook: opts.after });
  w.codedeploy.createApplication({ applicationName: 'shop', computePlatform: 'Lambda' });
  w.codedeploy.createDeploymentGroup({
    applicationName: 'shop',
    deploymentGroupName: 'orders-dg',
    serviceRoleArn: CODEDEPLOY_ROLE,
    ...(opts.group ?? {}),
  });
  const spec = (current = '1', target = '2') =>
    [
      'version: 0.0',
      'Resources:',
      '  - orders:',
      '      Type: AWS::Lambda::Function',
      '      Properties:',
      '        Name: orders',
      '        Alias: live',
      `        CurrentVersion: "${current}"`,
      `        TargetVersion: "${target}"`,
      ...(opts.before || opts.after ? ['Hooks:'] : []),
      ...(opts.before ? ['  - BeforeAllowTraffic: CodeDeployHook_pre'] : []),
      ...(opts.after ? ['  - AfterAllowTraffic: CodeDeployHook_post'] : []),
    ].join('\n');
  const deploy = (extra: Record<string, unknown> = {}) =>
    w.codedeploy.createDeployment({
      applicationName: 'shop',
      deploymentGroupName: 'orders-dg',
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content: spec() } },
      ...extra,
    }).deploymentId;
  const alias = () => {
    const a = w.lambda.getAlias({ FunctionName: 'orders', Name: 'live' }) as {
      FunctionVersion: string;
      RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> };
    };
    return { FunctionVersion: a.FunctionVersion, weights: { ...(a.RoutingConfig?.AdditionalVersionWeights ?? {}) } };
  };
  const info = (id: string) => w.codedeploy.getDeployment({ deploymentId: id }).deploymentInfo;
  return { w, deploy, alias, info, spec };
}
