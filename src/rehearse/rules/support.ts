import type { AlarmModel, DeploymentModel, Finding, FunctionModel, Severity, StackModel, TaggedValue } from '../model';

/** One check over the stack. Each rule names the AWS page that decides it. */
export interface Rule {
  id: string;
  /** Short name for lists and the README. */
  title: string;
  docs: string;
  check(model: StackModel): Finding[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function finding(
  model: StackModel,
  rule: Rule,
  severity: Severity,
  resource: string,
  message: string,
  suggestion: string,
  fix?: Finding['fix'],
): Finding {
  const position = model.positions.get(resource);
  return {
    rule: rule.id,
    severity,
    resource,
    message,
    docs: rule.docs,
    suggestion,
    ...(fix ? { fix } : {}),
    ...(position ? { position } : {}),
  };
}

/** A short-form intrinsic for a fix (`!Ref X`), written as the long form in JSON templates. */
export const tagged = (tag: TaggedValue['tag'], value: string): TaggedValue => ({ tag, value });

export const functionById = (model: StackModel, id: string): FunctionModel | undefined =>
  model.functions.find((f) => f.logicalId === id);

export const functionByName = (model: StackModel, name: string | undefined): FunctionModel | undefined =>
  name === undefined ? undefined : model.functions.find((f) => f.name === name);

export const alarmsOf = (model: StackModel, d: DeploymentModel): AlarmModel[] =>
  d.alarmNames.map((n) => model.alarms.find((a) => a.name === n)).filter((a): a is AlarmModel => a !== undefined);

/** The generated name a SAM alias gets, for a `!Ref` in a fix. */
export const samAliasRef = (fnId: string): string => `${fnId}.Alias`;
