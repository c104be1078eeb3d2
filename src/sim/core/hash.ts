import { sha256 } from '@noble/hashes/sha2.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const toBytes = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? utf8ToBytes(data) : data);

/** Base64 SHA-256, the form Lambda reports as CodeSha256. */
export function sha256Base64(data: string | Uint8Array): string {
  const digest = sha256(toBytes(data));
  let bin = '';
  for (const byte of digest) bin += String.fromCharCode(byte);
  return btoa(bin);
}

export const sha256Hex = (data: string | Uint8Array): string => bytesToHex(sha256(toBytes(data)));

/** Hex SHA-1, as SAM uses for AutoPublishAlias version logical-id suffixes. */
export const sha1Hex = (data: string | Uint8Array): string => bytesToHex(sha1(toBytes(data)));
