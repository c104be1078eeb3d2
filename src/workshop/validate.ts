/**
 * Turns untrusted text or values into a plan, scenario or results file — or a specific refusal.
 * Order matters for the message a facilitator sees: size, then JSON, then hostile shapes, then
 * "is this even the right kind of file", then its version, and only then the field-by-field schema.
 */
import { parseUntrustedJson } from '../store/hostileJson';
import { WorkshopImportError } from './errors';
import { MAX_FILE_BYTES } from './fileLimit';
import { WORKSHOP_FORMAT_VERSION, workshopKinds, type WorkshopData, type WorkshopKind } from './schemas';

export { MAX_FILE_BYTES };

// Scenario files may carry a SAM template as one string, hence the longer string limit than the store's.
const workshopJsonLimits = { maxBytes: MAX_FILE_BYTES, maxStringLength: 20_000, maxArrayLength: 2_000, maxDepth: 16 };

export function parseWorkshopJson(text: string): unknown {
  if (text.length > MAX_FILE_BYTES || new TextEncoder().encode(text).length > MAX_FILE_BYTES) {
    throw new WorkshopImportError(
      'too-large',
      `This is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, far more than any workshop file; it was not read.`,
    );
  }
  try {
    return parseUntrustedJson(text, workshopJsonLimits);
  } catch (error) {
    const code = (error as { rejection?: string }).rejection;
    throw new WorkshopImportError(
      code === 'malformed-json' ? 'malformed-json' : 'hostile-json',
      (error as Error).message,
    );
  }
}

/** Checks a parsed value is the expected kind, version and shape. */
export function validateWorkshopData<K extends WorkshopKind>(kind: K, value: unknown): WorkshopData<K> {
  const { format, schema, noun } = workshopKinds[kind];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WorkshopImportError('invalid', `Expected a Canary Lab ${noun}, but this is not a JSON object.`);
  }
  const record = value as Record<string, unknown>;
  if (record.format !== format) {
    const found = typeof record.format === 'string' ? `“${record.format.slice(0, 40)}”` : 'no format field';
    throw new WorkshopImportError('wrong-kind', `Expected a Canary Lab ${noun} (format “${format}”), found ${found}.`);
  }
  if (record.version !== WORKSHOP_FORMAT_VERSION) {
    const found = typeof record.version === 'number' ? `version ${record.version}` : 'no valid version';
    throw new WorkshopImportError(
      'wrong-version',
      `This ${noun} has ${found}; this copy of Canary Lab reads version ${WORKSHOP_FORMAT_VERSION}. Update the app or ask for a new export.`,
    );
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const first = result.error.issues[0]!; // a failed parse reports at least one issue
    const field = first.path.length ? first.path.join('.') : '(root)';
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
    throw new WorkshopImportError('invalid', `This ${noun} is not valid: field “${field}”: ${first.message}${more}.`);
  }
  return result.data as WorkshopData<K>;
}

/** A file's text → validated data. */
export function parseWorkshopFile<K extends WorkshopKind>(kind: K, text: string): WorkshopData<K> {
  return validateWorkshopData(kind, parseWorkshopJson(text));
}
