/**
 * Finds the resource names in command output that the Lab can inspect, so the console can render
 * them as buttons that dispatch `canary:inspect`. Only names a learner would want to open are
 * linked: function, version and alias ARNs, FunctionName values, CodeDeploy deployment ids and
 * CloudWatch alarm names/ARNs.
 */
export type InspectKind = 'function' | 'version' | 'alias' | 'deployment' | 'alarm';

/**
 * What `canary:inspect` carries. id: function → its name; version → `name:version`; alias → the
 * alias ARN; deployment → the deployment id; alarm → the alarm name.
 */
export interface InspectTarget {
  kind: InspectKind;
  id: string;
}

export type OutputSegment = { text: string; target?: InspectTarget };

export const INSPECT_EVENT = 'canary:inspect';

interface Found {
  start: number;
  end: number;
  target: InspectTarget;
}

// Lambda names: letters, digits, hyphens, underscores; qualifiers add $LATEST and aliases.
// https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html#API_GetFunction_RequestSyntax
const LAMBDA_ARN = /arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:([A-Za-z0-9_-]+)(?::(\$LATEST|[A-Za-z0-9_-]+))?/g;
const ALARM_ARN = /arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:\d{12}:alarm:([^\s"',]+)/g;
const DEPLOYMENT_ID = /\bd-[A-Z0-9]{9}\b/g;
/** JSON members whose string value names a resource: the value is linked, not the key. */
const NAMED_MEMBERS: ReadonlyArray<[RegExp, InspectKind]> = [
  [/"FunctionName":\s*"([A-Za-z0-9_-]+)"/g, 'function'],
  [/"AlarmName":\s*"([^"]+)"/g, 'alarm'],
];

function lambdaTarget(name: string, qualifier: string | undefined, arn: string): InspectTarget {
  if (qualifier === undefined) return { kind: 'function', id: name };
  if (qualifier === '$LATEST' || /^\d+$/.test(qualifier)) return { kind: 'version', id: `${name}:${qualifier}` };
  return { kind: 'alias', id: arn };
}

// The '!' below: group 1 of every pattern here is not optional, so a match always fills it (group 2 of
// LAMBDA_ARN, the qualifier, is optional and stays string | undefined).
function findAll(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(LAMBDA_ARN))
    found.push({ start: m.index, end: m.index + m[0].length, target: lambdaTarget(m[1]!, m[2], m[0]) });
  for (const m of text.matchAll(ALARM_ARN))
    found.push({ start: m.index, end: m.index + m[0].length, target: { kind: 'alarm', id: m[1]! } });
  for (const m of text.matchAll(DEPLOYMENT_ID))
    found.push({ start: m.index, end: m.index + m[0].length, target: { kind: 'deployment', id: m[0] } });
  for (const [re, kind] of NAMED_MEMBERS) {
    for (const m of text.matchAll(re)) {
      const id = m[1]!;
      const start = m.index + m[0].lastIndexOf(id, m[0].length - 1);
      found.push({ start, end: start + id.length, target: { kind, id } });
    }
  }
  // Earliest first; on a tie the longer match wins; anything overlapping a kept match is dropped.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of found) if (f.start >= (kept.at(-1)?.end ?? 0)) kept.push(f);
  return kept;
}

/** Splits text into plain and linked segments; joining every segment's text gives the input back. */
export function linkify(text: string): OutputSegment[] {
  const segments: OutputSegment[] = [];
  let at = 0;
  for (const f of findAll(text)) {
    if (f.start > at) segments.push({ text: text.slice(at, f.start) });
    segments.push({ text: text.slice(f.start, f.end), target: f.target });
    at = f.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
