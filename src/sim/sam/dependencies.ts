import { templateFormatError } from './errors';
import { isRecord } from './intrinsics';
import type { CfnResource } from './serverlessTransform';

/** The logical ids a value refers to through Ref, Fn::GetAtt and Fn::Sub. */
export function referencedIds(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) referencedIds(v, into);
  else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Ref' && typeof v === 'string') into.add(v);
      else if (k === 'Fn::GetAtt') {
        if (typeof v === 'string')
          into.add(v.split('.')[0]!); // split gives at least one part
        else if (Array.isArray(v) && typeof v[0] === 'string') into.add(v[0]);
      } else if (k === 'Fn::Sub') {
        const text = Array.isArray(v) ? v[0] : v;
        if (typeof text === 'string')
          for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) into.add(m[1]!.trim().split('.')[0]!); // the group is required; split gives one part or more
        if (Array.isArray(v)) referencedIds(v[1], into);
      } else referencedIds(v, into);
    }
  }
  return into;
}

/**
 * CloudFormation's order: a resource after everything it refers to (Ref, GetAtt, Sub, DependsOn
 * and, for an alias, its UpdatePolicy's application and group). Template order breaks ties.
 */
export function creationOrder(resources: Record<string, CfnResource>): string[] {
  const ids = Object.keys(resources);
  const deps = new Map<string, string[]>();
  for (const id of ids) {
    const r = resources[id]!; // id comes from Object.keys(resources)
    const refs = referencedIds([r.Properties ?? {}, r.UpdatePolicy ?? {}]);
    for (const d of [r.DependsOn ?? []].flat()) refs.add(d);
    deps.set(
      id,
      [...refs].filter((x) => Object.hasOwn(resources, x) && x !== id),
    );
  }
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting')
      throw templateFormatError(
        `Circular dependency between resources: [${[...state.keys()].filter((k) => state.get(k) === 'visiting').join(', ')}]`,
      );
    state.set(id, 'visiting');
    for (const d of deps.get(id)!) visit(d);
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of ids) visit(id);
  return order;
}
