import { encodeBase64 } from '../blob';
import { isBytes } from '../bytes';

/**
 * The response as the CLI sees it after parsing: dates become ISO 8601 text (the v2 default
 * `cli_timestamp_format = iso8601`, Python's isoformat with +00:00), bytes become base64, and
 * absent members disappear.
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html#cli-config-cli_timestamp_format
 */
export function normalise(value: unknown): unknown {
  if (value instanceof Date) return isoFormat(value);
  if (isBytes(value)) return encodeBase64(value);
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined && k !== '$metadata') out[k] = normalise(v);
    return out;
  }
  return value;
}

/** 2026-01-05T09:00:00+00:00, or with microseconds (.123000) when the time has milliseconds. */
export function isoFormat(date: Date): string {
  const iso = date.toISOString(); // 2026-01-05T09:00:00.123Z
  const ms = iso.slice(20, 23);
  return `${iso.slice(0, 19)}${ms === '000' ? '' : `.${ms}000`}+00:00`;
}
