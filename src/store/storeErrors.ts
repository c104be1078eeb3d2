/** Errors the UI can tell apart with `instanceof` or `code`, each with a message a learner can act on. */
export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export class StorageQuotaError extends StoreError {
  constructor(cause: unknown) {
    super(
      'quota-exceeded',
      'The browser has no storage space left for Canary Lab, so nothing from this action was saved. ' +
        'Export your progress, free some space (or reset old data), then try again.',
      { cause },
    );
    this.name = 'StorageQuotaError';
  }
}

export class ReloadRequiredError extends StoreError {
  constructor() {
    super('reload-required', 'Canary Lab was updated in another tab. Reload this tab to keep saving your progress.');
    this.name = 'ReloadRequiredError';
  }
}

export type ImportRejectionCode =
  | 'too-large'
  | 'malformed-json'
  | 'forbidden-key'
  | 'string-too-long'
  | 'array-too-long'
  | 'too-deep'
  | 'unknown-format'
  | 'unsupported-version'
  | 'invalid-records';

export class ImportRejectedError extends StoreError {
  constructor(
    readonly rejection: ImportRejectionCode,
    message: string,
  ) {
    super(`import-${rejection}`, message);
    this.name = 'ImportRejectedError';
  }
}

/** True for IndexedDB's and Dexie's out-of-space errors, including when wrapped as a transaction's inner error. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
