import { sha1Hex } from '../core/hash';

/**
 * SAM's version logical ids: `<Function>Version` + the first 10 hex characters of SHA-1 over
 * Python's `json.dumps(data, separators=(",", ":"), sort_keys=True)`
 * (samtranslator's logical_id_generator; https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html).
 * Python escapes every non-ASCII character as \uXXXX (ensure_ascii), which JSON.stringify does
 * not, so the text is produced here by hand to give the same hash as SAM.
 */
const HASH_LENGTH = 10;

function pythonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || c > 0x7e) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Python's compact, key-sorted JSON text of a JSON-shaped value. */
export function pythonCompactJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === 'string') return pythonString(value);
  if (Array.isArray(value)) return `[${value.map(pythonCompactJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${pythonString(k)}:${pythonCompactJson(v)}`).join(',')}}`;
}

/**
 * The logical id of the Version SAM generates. `codeSha256` (AutoPublishCodeSha256) replaces the
 * computed hash; SAM then uses its first 10 characters as they are.
 */
export function versionLogicalId(
  functionLogicalId: string,
  hashInput: Record<string, unknown>,
  codeSha256?: string,
): string {
  const prefix = `${functionLogicalId}Version`;
  if (codeSha256 !== undefined && codeSha256 !== '') return prefix + codeSha256.slice(0, HASH_LENGTH);
  if (Object.keys(hashInput).length === 0) return prefix;
  return prefix + sha1Hex(pythonCompactJson(hashInput)).slice(0, HASH_LENGTH);
}

/**
 * What SAM hashes by default: the resolved Code dict, then Environment's keys merged in (so
 * `Variables`), then MemorySize when set (samtranslator sam_resources.py `_construct_version`).
 * With AutoPublishAliasAllProperties the whole generated function Properties map is hashed instead.
 */
export function versionHashInput(
  code: Record<string, unknown>,
  environment: unknown,
  memorySize: unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...code };
  if (environment && typeof environment === 'object' && !Array.isArray(environment)) Object.assign(out, environment);
  if (memorySize !== undefined && memorySize !== null && memorySize !== 0 && memorySize !== '')
    out.MemorySize = memorySize;
  return out;
}
