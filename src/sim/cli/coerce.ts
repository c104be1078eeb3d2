import type { Shape } from './catalog/types';
import { isBytes } from './bytes';

/**
 * Gives raw command-line values (strings from shorthand or words, or JSON values) the types of
 * the parameter's shape, and collects problems worded as botocore's client-side validation
 * (https://github.com/boto/botocore/blob/develop/botocore/validate.py): "Invalid type for
 * parameter X, value: …, type: …, valid types: …" and "Unknown parameter in X: …".
 * Enum values are not checked here: like the real CLI, the service is the one that rejects them.
 */
export interface CoerceContext {
  /** Turns a blob given as text into bytes: base64 by default in AWS CLI v2 (see blob.ts). */
  textToBlob(text: string): Uint8Array;
  problems: string[];
}

const PY_TYPE: Record<string, string> = {
  string: "<class 'str'>",
  number: "<class 'int'>",
  boolean: "<class 'bool'>",
  object: "<class 'dict'>",
  array: "<class 'list'>",
};

function pyTypeOf(v: unknown): string {
  if (Array.isArray(v)) return "<class 'list'>";
  if (typeof v === 'number' && !Number.isInteger(v)) return "<class 'float'>";
  return PY_TYPE[typeof v] ?? "<class 'NoneType'>";
}

function pyRepr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return JSON.stringify(v);
}

const VALID: Record<Shape['type'], string> = {
  string: "<class 'str'>",
  integer: "<class 'int'>",
  double: "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
  boolean: "<class 'bool'>",
  blob: "<class 'bytes'>, <class 'bytearray'>, file-like object",
  timestamp: "<class 'datetime.datetime'>, timestamp string",
  list: "<class 'list'>, <class 'tuple'>",
  map: "<class 'dict'>",
  structure: "<class 'dict'>",
};

/** Epoch seconds or an ISO 8601 date, as the CLI accepts for timestamps. */
function parseTimestamp(text: string): Date | undefined {
  const t = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return new Date(Number(t) * 1000);
  if (!/^\d{4}-\d{2}-\d{2}/.test(t)) return undefined;
  // A bare date-time without zone is read as UTC, as the CLI does (it never uses local time here).
  const withZone = /[zZ]|[+-]\d{2}:?\d{2}$/.test(t.slice(10)) || t.length === 10 ? t : `${t}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

export function coerce(value: unknown, shape: Shape, path: string, ctx: CoerceContext): unknown {
  const invalid = () => {
    ctx.problems.push(
      `Invalid type for parameter ${path}, value: ${pyRepr(value)}, type: ${pyTypeOf(value)}, valid types: ${VALID[shape.type]}`,
    );
    return undefined;
  };
  switch (shape.type) {
    case 'string':
      return typeof value === 'string' ? value : invalid();
    case 'integer': {
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value)) return Number.parseInt(value, 10);
      return invalid();
    }
    case 'double': {
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
      return invalid();
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
        return value.trim().toLowerCase() === 'true';
      return invalid();
    }
    case 'timestamp': {
      if (value instanceof Date) return value;
      if (typeof value === 'number') return new Date(value * 1000);
      if (typeof value === 'string') return parseTimestamp(value) ?? invalid();
      return invalid();
    }
    case 'blob': {
      if (isBytes(value)) return new Uint8Array(value);
      if (typeof value === 'string') return ctx.textToBlob(value);
      return invalid();
    }
    case 'list': {
      // A single shorthand value stands for a one-element list.
      const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : undefined;
      if (!items) return invalid();
      return items.map((item, i) => coerce(item, shape.member, `${path}[${i}]`, ctx));
    }
    case 'map': {
      if (!isPlainObject(value)) return invalid();
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = coerce(v, shape.value, `${path}.${k}`, ctx);
      return out;
    }
    case 'structure': {
      if (!isPlainObject(value)) return invalid();
      const out: Record<string, unknown> = {};
      const known = Object.keys(shape.members);
      for (const [k, v] of Object.entries(value)) {
        const member = shape.members[k];
        if (!member) {
          ctx.problems.push(`Unknown parameter in ${path}: "${k}", must be one of: ${known.join(', ')}`);
          continue;
        }
        out[k] = coerce(v, member, `${path}.${k}`, ctx);
      }
      return out;
    }
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isBytes(v) && !(v instanceof Date);
}
