import { CliUsageError } from './errors';

/**
 * AWS CLI v2 reads every blob given as text as base64 unless `--cli-binary-format
 * raw-in-base64-out` is set; a JSON payload without that option fails before any request with
 * `Invalid base64: "<text>"`. fileb:// values are bytes and skip this step.
 * https://docs.aws.amazon.com/cli/latest/userguide/cliv2-migration-changes.html#cliv2-migration-binaryparam
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-sync.html (the option is required with v2)
 */
export type BinaryFormat = 'base64' | 'raw-in-base64-out';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function textToBlob(text: string, format: BinaryFormat): Uint8Array {
  // Copied into this realm's Uint8Array so that services may test it with instanceof.
  if (format === 'raw-in-base64-out') return new Uint8Array(new TextEncoder().encode(text));
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw new CliUsageError(`Invalid base64: "${text}"`);
  return decodeBase64(compact);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeBase64(b64: string): Uint8Array {
  const clean = b64.replace(/=+$/, '');
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    buffer = (buffer << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET.charAt((n >> 18) & 63) + ALPHABET.charAt((n >> 12) & 63);
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}
