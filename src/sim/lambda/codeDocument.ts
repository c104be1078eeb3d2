/**
 * The simulated code document (sim-api.md "Simulated code"): a JSON object passed as
 * Code.ZipFile whose bytes give CodeSha256 and whose fields give the behaviour.
 *
 * Decision: a document that is not valid JSON (or not an object) is still valid code — real Lambda
 * accepts any zip and only fails at run time. It gets the default behaviour, and `parseError`
 * says why so a view can explain it.
 */
export interface HookBehaviour {
  reports: 'Succeeded' | 'Failed' | 'nothing';
  afterMs: number;
}

export interface CodeBehaviour {
  errorRate: number;
  durationMs: number;
  initDurationMs: number;
  hook?: HookBehaviour;
}

export interface ParsedCode {
  behaviour: CodeBehaviour;
  /** The parsed JSON document, or null when it could not be parsed. */
  document: unknown;
  parseError?: string;
}

const DEFAULT_BEHAVIOUR: CodeBehaviour = { errorRate: 0, durationMs: 100, initDurationMs: 400 };

const num = (v: unknown, fallback: number, min: number, max: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;

function codeText(zip: string | Uint8Array): string {
  return typeof zip === 'string' ? zip : new TextDecoder().decode(zip);
}

export function parseCodeDocument(zip: string | Uint8Array): ParsedCode {
  let doc: unknown;
  try {
    doc = JSON.parse(codeText(zip));
  } catch (e) {
    return {
      behaviour: { ...DEFAULT_BEHAVIOUR },
      document: null,
      parseError: `not JSON (${(e as Error).message}); default behaviour`,
    };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { behaviour: { ...DEFAULT_BEHAVIOUR }, document: doc, parseError: 'not a JSON object; default behaviour' };
  }
  const d = doc as Record<string, unknown>;
  // Durations are bounded by Lambda's 900 s maximum timeout; a duration of 0 would make an
  // environment free in the same instant, so at least 1 ms.
  const behaviour: CodeBehaviour = {
    errorRate: num(d.errorRate, DEFAULT_BEHAVIOUR.errorRate, 0, 1),
    durationMs: Math.round(num(d.durationMs, DEFAULT_BEHAVIOUR.durationMs, 1, 900_000)),
    initDurationMs: Math.round(num(d.initDurationMs, DEFAULT_BEHAVIOUR.initDurationMs, 0, 900_000)),
  };
  const h = d.hook;
  if (typeof h === 'object' && h !== null) {
    const hr = h as Record<string, unknown>;
    const reports = hr.reports === 'Failed' || hr.reports === 'nothing' ? hr.reports : 'Succeeded';
    behaviour.hook = { reports, afterMs: Math.round(num(hr.afterMs, 1000, 0, 3_600_000 * 24)) };
  }
  return { behaviour, document: doc };
}
