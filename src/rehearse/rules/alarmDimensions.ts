import { NEW_VERSION } from '../readTemplate';
import type { Finding, StackModel } from '../model';
import { alarmsOf, finding, functionById, tagged, type Rule } from './support';

/**
 * Lambda publishes an alias's metrics under {FunctionName, Resource=<fn>:<alias>} and, per version
 * that served it, {FunctionName, Resource, ExecutedVersion}. Requests through an alias are not
 * counted under Resource=<fn>:<version>, and FunctionName alone mixes every version and caller.
 * An alarm matches only the exact dimension set it names.
 * https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
 */
export const alarmDimensionsRule: Rule = {
  id: 'alarm.cannot-see-new-version',
  title: 'Deployment alarm cannot see the new version',
  docs: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html',
  check(model: StackModel): Finding[] {
    const out: Finding[] = [];
    for (const d of model.deployments) {
      const fn = functionById(model, d.functionId);
      if (!fn) continue;
      for (const alarm of alarmsOf(model, d)) {
        for (const m of alarm.metrics) {
          if (m.namespace !== 'AWS/Lambda') continue;
          const dim = (n: string) => m.dimensions.find((x) => x.Name === n)?.Value;
          const fnDim = dim('FunctionName');
          const resource = dim('Resource');
          const executed = dim('ExecutedVersion');
          if (fnDim !== undefined && fnDim !== fn.name) continue; // watches another function on purpose
          const fix =
            d.source === 'sam' || fn.kind === 'cloudformation'
              ? {
                  label: `Watch ${fn.logicalId}:${d.aliasName} (FunctionName and Resource dimensions)`,
                  operations: [
                    {
                      op: 'set' as const,
                      path: m.dimensionsPath,
                      value: [
                        { Name: 'FunctionName', Value: tagged('!Ref', fn.logicalId) },
                        { Name: 'Resource', Value: tagged('!Sub', `\${${fn.logicalId}}:${d.aliasName}`) },
                      ],
                    },
                  ],
                }
              : undefined;
          const suggestion = `Alarm on the alias: dimensions FunctionName=${fn.name} and Resource=${fn.name}:${d.aliasName}.`;
          const qualifier = resource?.includes(':') ? resource.slice(resource.indexOf(':') + 1) : undefined;
          let problem: { severity: 'high' | 'medium'; text: string } | undefined;
          if (qualifier !== undefined && (/^\d+$/.test(qualifier) || qualifier === NEW_VERSION))
            problem = {
              severity: 'high',
              text: `its Resource dimension names a version (${resource}). Requests through the ${d.aliasName} alias are counted under the alias, not under Resource=<function>:<version>, so this metric stays empty during the deployment.`,
            };
          else if (qualifier !== undefined && !fn.aliasNames.includes(qualifier))
            problem = {
              severity: 'high',
              text: `its Resource dimension names the alias "${qualifier}", which this stack does not define (it deploys through "${d.aliasName}"), so the metric never gets a datapoint.`,
            };
          else if (executed !== undefined && /^\d+$/.test(executed))
            problem = {
              severity: 'high',
              text: `its ExecutedVersion dimension is fixed at version ${executed}: every release publishes a new version, so the alarm watches an old one.`,
            };
          else if (resource === undefined && executed !== undefined)
            problem = {
              severity: 'high',
              text: 'it combines ExecutedVersion with FunctionName but no Resource: Lambda publishes ExecutedVersion only together with Resource, so no metric matches.',
            };
          else if (resource === undefined)
            problem = {
              severity: 'medium',
              text:
                fnDim === undefined
                  ? 'it has no FunctionName or Resource dimension, so it sums every function in the Region: the canary is a small share of that.'
                  : `it watches FunctionName only, which mixes every version and every caller of ${fn.name}: a canary's errors are diluted by the old version's traffic.`,
            };
          if (problem)
            out.push(
              finding(
                model,
                alarmDimensionsRule,
                problem.severity,
                alarm.logicalId,
                `Alarm ${alarm.logicalId} guards ${d.functionId}'s deployment, but ${problem.text}`,
                suggestion,
                fix,
              ),
            );
        }
      }
    }
    return out;
  },
};
