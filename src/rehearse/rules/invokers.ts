import { isRecord } from '../../sim/sam/intrinsics';
import { NEW_VERSION, functionNameIn, qualifierIn } from '../readTemplate';
import type { Finding, FixOperation, StackModel } from '../model';
import { finding, functionByName, samAliasRef, tagged, type Rule } from './support';

/** Where each invoker type names the function it calls. */
const TARGETS: Record<string, (p: Record<string, unknown>) => { value: unknown; path: string[] }[]> = {
  'AWS::Lambda::Permission': (p) => [{ value: p.FunctionName, path: ['FunctionName'] }],
  'AWS::Lambda::EventSourceMapping': (p) => [{ value: p.FunctionName, path: ['FunctionName'] }],
  'AWS::Lambda::Url': (p) => [
    {
      value: p.Qualifier ? `${String(p.TargetFunctionArn)}:${String(p.Qualifier)}` : p.TargetFunctionArn,
      path: ['Qualifier'],
    },
  ],
  'AWS::ApiGateway::Method': (p) => [{ value: isRecord(p.Integration) ? p.Integration.Uri : undefined, path: [] }],
  'AWS::ApiGatewayV2::Integration': (p) => [{ value: p.IntegrationUri, path: [] }],
  'AWS::ElasticLoadBalancingV2::TargetGroup': (p) =>
    (Array.isArray(p.Targets) ? p.Targets : []).map((t) => ({ value: isRecord(t) ? t.Id : undefined, path: [] })),
  'AWS::Events::Rule': (p) =>
    (Array.isArray(p.Targets) ? p.Targets : []).map((t) => ({ value: isRecord(t) ? t.Arn : undefined, path: [] })),
  'AWS::SNS::Subscription': (p) => [{ value: p.Endpoint, path: [] }],
};

/** The Lambda function reference inside a target: a name, `name:qualifier`, an ARN or an API Gateway invocation URI. */
function lambdaReference(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const uri = /functions\/(arn:[^/]+)\/invocations/.exec(value);
  if (uri) return uri[1];
  if (value.startsWith('arn:')) return /^arn:[^:]+:lambda:/.test(value) ? value : undefined;
  return value;
}

/**
 * CodeDeploy moves only the alias: callers wired to the function ($LATEST) or to a fixed version
 * never take part in the canary — they get the new code at once, or never.
 * https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html
 */
export const invokerRule: Rule = {
  id: 'invoker.not-on-alias',
  title: 'Invoker wired to the function or a version, not the alias',
  docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html',
  check(model: StackModel): Finding[] {
    const out: Finding[] = [];
    for (const [id, r] of Object.entries(model.resolved)) {
      const targets = TARGETS[r.type]?.(r.properties) ?? [];
      for (const t of targets) {
        const ref = lambdaReference(t.value);
        const fn = functionByName(model, functionNameIn(ref));
        if (!ref || !fn) continue;
        const d = model.deployments.find((x) => x.functionId === fn.logicalId);
        if (!d) continue;
        const qualifier = qualifierIn(ref);
        if (qualifier !== undefined && qualifier !== NEW_VERSION && !/^\d+$/.test(qualifier)) continue;
        const what =
          qualifier === undefined
            ? 'the unqualified function, so it runs $LATEST: it gets new code the moment CloudFormation updates the function, before any canary'
            : 'a fixed version, so it never moves to a release and takes no part in the canary';
        let operations: FixOperation[] | undefined;
        const aliasResource = Object.keys(model.resolved).find(
          (a) =>
            model.resolved[a]!.type === 'AWS::Lambda::Alias' &&
            functionNameIn(model.resolved[a]!.properties.FunctionName) === fn.name &&
            model.resolved[a]!.properties.Name === d.aliasName,
        );
        const aliasRef = fn.kind === 'sam' ? samAliasRef(fn.logicalId) : aliasResource;
        if (r.type === 'AWS::Lambda::Url')
          operations = [{ op: 'set', path: ['Resources', id, 'Properties', 'Qualifier'], value: d.aliasName }];
        else if ((r.type === 'AWS::Lambda::Permission' || r.type === 'AWS::Lambda::EventSourceMapping') && aliasRef)
          operations = [
            { op: 'set', path: ['Resources', id, 'Properties', 'FunctionName'], value: tagged('!Ref', aliasRef) },
          ];
        out.push(
          finding(
            model,
            invokerRule,
            'high',
            id,
            `${id} (${r.type}) calls ${fn.logicalId} through ${what}.`,
            `Point ${id} at the ${d.aliasName} alias (${fn.kind === 'sam' ? `!Ref ${fn.logicalId}.Alias` : `the alias ARN`}) so it follows the deployment.`,
            operations ? { label: `Point ${id} at the ${d.aliasName} alias`, operations } : undefined,
          ),
        );
      }
    }
    return out;
  },
};
