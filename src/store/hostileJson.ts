import { ImportRejectedError } from './storeErrors';

export interface JsonLimits {
  maxBytes: number;
  maxStringLength: number;
  maxArrayLength: number;
  maxDepth: number;
}

/**
 * Generous for real progress (years of daily practice is well under 1 MB) yet small enough that a
 * hostile file cannot freeze the tab or fill the quota.
 */
export const defaultJsonLimits: JsonLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxStringLength: 2_000,
  maxArrayLength: 100_000,
  maxDepth: 12,
};

// Keys that could reach Object.prototype if a later merge copied them with spread or assign.
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Parses untrusted JSON. Checks the size before parsing, then walks the value once, rejecting
 * the first dangerous key, oversized string or array, or excessive nesting with a message that names where.
 */
export function parseUntrustedJson(text: string, limits: JsonLimits = defaultJsonLimits): unknown {
  // A UTF-8 byte is at most one UTF-16 unit, so text.length bounds the size from below cheaply.
  if (text.length > limits.maxBytes || utf8Length(text) > limits.maxBytes) {
    throw new ImportRejectedError(
      'too-large',
      `This file is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB, which is more than any Canary Lab export; it was not read.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportRejectedError('malformed-json', `This file is not valid JSON (${(error as Error).message}).`);
  }
  inspect(value, limits);
  return value;
}

function inspect(root: unknown, limits: JsonLimits): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '$', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        throw new ImportRejectedError(
          'string-too-long',
          `The text at ${path} is ${value.length} characters long; the limit is ${limits.maxStringLength}.`,
        );
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxDepth) {
      throw new ImportRejectedError(
        'too-deep',
        `The data at ${path} is nested more than ${limits.maxDepth} levels deep.`,
      );
    }
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength) {
        throw new ImportRejectedError(
          'array-too-long',
          `The list at ${path} has ${value.length} entries; the limit is ${limits.maxArrayLength}.`,
        );
      }
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) {
        throw new ImportRejectedError(
          'forbidden-key',
          `The key "${key}" at ${path} is not allowed in a progress file (it could alter how the app behaves).`,
        );
      }
      if (key.length > limits.maxStringLength) {
        throw new ImportRejectedError(
          'string-too-long',
          `A key at ${path} is ${key.length} characters long; the limit is ${limits.maxStringLength}.`,
        );
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: `${path}.${key}`, depth: depth + 1 });
    }
  }
}
