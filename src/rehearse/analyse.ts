import type { Finding, StackModel } from './model';
import { readTemplate } from './readTemplate';
import { runRules } from './rules';

export interface Analysis {
  model: StackModel;
  findings: Finding[];
  /** Resources kept but not run by the simulator (queues, APIs, tables, …). */
  notSimulated: { logicalId: string; type: string }[];
}

/** Reads a template and runs every rule over it. Throws TemplateReadError on a template it cannot read. */
export function analyseTemplate(text: string): Analysis {
  const model = readTemplate(text);
  return {
    model,
    findings: runRules(model),
    notSimulated: model.resources.filter((r) => !r.simulated).map((r) => ({ logicalId: r.logicalId, type: r.type })),
  };
}

export const hasHighFinding = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'high');
