/**
 * The progress file's format: its name, version and shape. Free of zod, so the store reads and exports
 * without it; an imported file is checked record by record by exportSchema.ts, loaded only for an import.
 */
import type { AllTables } from './records';

export const exportFormatName = 'canary-lab-progress';
export const exportFormatVersion = 1;

/**
 * Largest instant a JavaScript Date can hold (±8.64e15 ms, ECMAScript's time value range): a later
 * one makes every date operation on the record fail ("Invalid time value").
 */
export const maxInstantMs = 8_640_000_000_000_000;

export interface ExportDocument {
  format: typeof exportFormatName;
  version: typeof exportFormatVersion;
  exportedAt: string;
  /** The database schema the data came from (informative; the format version governs import). */
  schemaVersion: number;
  data: AllTables;
}
