import { isRecord } from './intrinsics';

/**
 * SAM's Globals section: a property set on the resource wins over the global one for plain
 * values, maps are merged (the resource's keys win), and lists are joined, global items first.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html
 */
function mergeGlobal(globalValue: unknown, localValue: unknown): unknown {
  if (localValue === undefined) return structuredClone(globalValue);
  if (Array.isArray(globalValue) && Array.isArray(localValue)) return [...structuredClone(globalValue), ...localValue];
  if (isRecord(globalValue) && isRecord(localValue) && !isIntrinsic(globalValue) && !isIntrinsic(localValue)) {
    const out: Record<string, unknown> = structuredClone(globalValue);
    for (const [k, v] of Object.entries(localValue)) out[k] = mergeGlobal(out[k], v);
    return out;
  }
  return localValue;
}

const isIntrinsic = (v: Record<string, unknown>): boolean => {
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
};

export function applyFunctionGlobals(globals: unknown, properties: Record<string, unknown>): Record<string, unknown> {
  const fnGlobals = isRecord(globals) && isRecord(globals.Function) ? globals.Function : {};
  const out: Record<string, unknown> = { ...properties };
  for (const [k, v] of Object.entries(fnGlobals)) out[k] = mergeGlobal(v, properties[k]);
  return out;
}
