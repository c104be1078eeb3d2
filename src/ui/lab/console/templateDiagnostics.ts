/**
 * Where a failed `sam deploy` points in the template, for the editor's inline markers: YAML
 * errors carry a line and column; transform, template and resource errors name a logical id
 * (and sometimes a property), which is marked on that resource's (or property's) line.
 */
export interface TemplateProblem {
  kind?: string;
  message: string;
  logicalId?: string;
  property?: string;
  line?: number;
  column?: number;
}

export interface TemplateDiagnostic {
  /** Character offsets in the template text. */
  from: number;
  to: number;
  severity: 'error';
  message: string;
}

/** Reads the fields of a thrown SamDeployError (or anything shaped like one). */
export function templateProblem(error: unknown): TemplateProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  return {
    kind: str(e.kind),
    message: error instanceof Error ? error.message : String(error),
    logicalId: str(e.logicalId),
    property: str(e.property),
    line: num(e.line),
    column: num(e.column),
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** `index` must be a valid index of `starts` (callers clamp it). */
function lineRange(text: string, starts: number[], index: number): { from: number; to: number } {
  const from = starts[index]!;
  const end = index + 1 < starts.length ? starts[index + 1]! - 1 : text.length;
  // Mark the line's content, not its indentation.
  const indent = /^[ \t]*/.exec(text.slice(from, end))?.[0].length ?? 0;
  return { from: Math.min(from + indent, end), to: end };
}

const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The 0-based line of `LogicalId:` under Resources (or anywhere, if there is no Resources block), and of its property. */
export function findResourceLine(text: string, logicalId: string, property?: string): number | undefined {
  const lines = text.split('\n');
  const keyLine = new RegExp(`^(\\s*)["']?${escape(logicalId)}["']?\\s*:`);
  const at = lines.findIndex((l) => keyLine.test(l));
  if (at < 0) return sourceResourceLine(lines, logicalId);
  if (!property) return at;
  // Follow a dotted property path (DeploymentPreference.Type) key by key, each inside the last.
  let current = at;
  for (const key of property.split('.')) {
    const found = findChildKey(lines, current, key);
    if (found === undefined) break;
    current = found;
  }
  return current;
}

/** `parent` is a line index found in `lines`. */
function findChildKey(lines: readonly string[], parent: number, key: string): number | undefined {
  const indent = indentOf(lines[parent]!);
  const keyLine = new RegExp(`^\\s*(- )?["']?${escape(key)}["']?\\s*:`);
  for (let i = parent + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    if (indentOf(l) <= indent) return undefined;
    if (keyLine.test(l)) return i;
  }
  return undefined;
}

/**
 * Resources the SAM transform generates are named after their source (CheckoutAliaslive,
 * CheckoutDeploymentGroup, CheckoutVersion1a2b3c…): mark the longest top-level resource key
 * that starts the generated id.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html
 */
function sourceResourceLine(lines: readonly string[], generatedId: string): number | undefined {
  let best: { index: number; length: number } | undefined;
  lines.forEach((l, index) => {
    const key = /^ {2}["']?([A-Za-z0-9]+)["']?\s*:/.exec(l)?.[1];
    if (key && generatedId.startsWith(key) && key.length < generatedId.length && (!best || key.length > best.length))
      best = { index, length: key.length };
  });
  return best?.index;
}

/** The markers for one failed deploy: at most one, on the line the error points at (else line 1). */
export function templateDiagnostics(text: string, problem: TemplateProblem): TemplateDiagnostic[] {
  const starts = lineStarts(text);
  const clampLine = (l: number) => Math.max(0, Math.min(l, starts.length - 1));
  if (problem.line !== undefined) {
    const index = clampLine(problem.line - 1);
    const range = lineRange(text, starts, index);
    const lineStart = starts[index]!; // clampLine keeps index inside starts, which always holds line 1
    const column = problem.column !== undefined ? lineStart + Math.max(0, problem.column - 1) : range.from;
    const from = Math.min(Math.max(column, lineStart), range.to);
    return [{ from, to: Math.max(range.to, from), severity: 'error', message: problem.message }];
  }
  const resourceLine = problem.logicalId ? findResourceLine(text, problem.logicalId, problem.property) : undefined;
  const range = lineRange(text, starts, clampLine(resourceLine ?? 0));
  return [{ ...range, severity: 'error', message: problem.message }];
}
