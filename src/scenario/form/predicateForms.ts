/**
 * The trap and goal checks as a few fill-in templates covering the common cases, plus "advanced" (one
 * predicate as JSON, checked against the scenario schema) so a copied built-in scenario keeps every check.
 * The flat PredicateForm record has a field for every template, so the form can bind to it directly.
 */
import { predicateSchema, type Predicate } from '../schema';

export const PREDICATE_KINDS = {
  'deployment-status': 'A deployment ends in a status',
  'rollback-created': 'CodeDeploy created a rollback deployment',
  'alarm-ever': 'An alarm was in a state at some point',
  'alias-version': 'An alias points at a version',
  'error-thrown': 'A command failed with an AWS error',
  'no-latest': 'No invoker calls $LATEST',
  json: 'Advanced: one predicate as JSON',
} as const;
export type PredicateKind = keyof typeof PREDICATE_KINDS;

export const DEPLOYMENT_PICKS = {
  last: 'the newest deployment',
  'last-user': 'the newest one a person started',
  first: 'the first deployment',
} as const;
export const DEPLOYMENT_STATUSES = ['Succeeded', 'Stopped', 'Failed', 'InProgress', 'Created'] as const;
export const ALARM_STATES = ['ALARM', 'OK', 'INSUFFICIENT_DATA'] as const;

export interface PredicateForm {
  kind: PredicateKind;
  which: keyof typeof DEPLOYMENT_PICKS;
  status: (typeof DEPLOYMENT_STATUSES)[number];
  alarmName: string;
  alarmState: (typeof ALARM_STATES)[number];
  functionName: string;
  aliasName: string;
  version: string;
  /** The alias sends all traffic to that version (no second weighted version). */
  aliasOnly: boolean;
  errorName: string;
  json: string;
}

export function blankPredicate(kind: PredicateKind = 'deployment-status'): PredicateForm {
  return {
    kind,
    which: 'last',
    status: 'Succeeded',
    alarmName: '',
    alarmState: 'ALARM',
    functionName: '',
    aliasName: 'live',
    version: '2',
    aliasOnly: true,
    errorName: '',
    json: '',
  };
}

/** The form for an existing predicate: a template when one expresses it exactly, otherwise advanced JSON. */
export function predicateToForm(p: Predicate): PredicateForm {
  const form = blankPredicate('json');
  form.json = JSON.stringify(p);
  const keys = (o: object) => Object.keys(o).sort().join(',');
  if ('deployment' in p) {
    const d = p.deployment;
    if (keys(d) === 'creator,which' && d.which === 'last' && d.creator === 'codeDeployRollback')
      return { ...form, kind: 'rollback-created' };
    const status = DEPLOYMENT_STATUSES.find((s) => s === d.status);
    if (status && (keys(d) === 'status' || keys(d) === 'status,which'))
      return { ...form, kind: 'deployment-status', which: d.which ?? 'last', status };
  }
  if ('alarmEverIn' in p) {
    const state = ALARM_STATES.find((s) => s === p.alarmEverIn.state);
    if (state) return { ...form, kind: 'alarm-ever', alarmName: p.alarmEverIn.name, alarmState: state };
  }
  if ('alias' in p) {
    const a = p.alias;
    const only = a.weights === 'none';
    if (a.version !== undefined && (a.weights === undefined || only))
      return {
        ...form,
        kind: 'alias-version',
        functionName: a.function,
        aliasName: a.name,
        version: a.version,
        aliasOnly: only,
      };
  }
  if ('errorThrown' in p) return { ...form, kind: 'error-thrown', errorName: p.errorThrown };
  if ('noInvokerTargets' in p) return { ...form, kind: 'no-latest' };
  return form;
}

/** The predicate a form describes, or why it does not describe one. Values are checked by the scenario schema. */
export function formToPredicate(f: PredicateForm): { predicate: Predicate } | { problem: string } {
  switch (f.kind) {
    case 'deployment-status':
      return { predicate: { deployment: { which: f.which, status: f.status } } };
    case 'rollback-created':
      return { predicate: { deployment: { which: 'last', creator: 'codeDeployRollback' } } };
    case 'alarm-ever':
      return { predicate: { alarmEverIn: { name: f.alarmName.trim(), state: f.alarmState } } };
    case 'alias-version':
      return {
        predicate: {
          alias: {
            function: f.functionName.trim(),
            name: f.aliasName.trim(),
            version: f.version.trim(),
            ...(f.aliasOnly ? { weights: 'none' as const } : {}),
          },
        },
      };
    case 'error-thrown':
      return { predicate: { errorThrown: f.errorName.trim() } };
    case 'no-latest':
      return { predicate: { noInvokerTargets: '$LATEST' } };
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(f.json);
      } catch {
        return { problem: 'the advanced predicate is not valid JSON' };
      }
      const parsed = predicateSchema.safeParse(value);
      if (!parsed.success)
        return {
          problem: `the advanced predicate is not one the simulator knows (${parsed.error.issues[0]?.message ?? 'invalid'})`,
        };
      return { predicate: parsed.data };
    }
  }
}
