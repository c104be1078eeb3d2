/** Why a shared link or file was refused; `code` lets tests and the UI tell the cases apart. */
export type WorkshopRejectCode =
  | 'too-large'
  | 'not-a-link'
  | 'bad-encoding'
  | 'malformed-json'
  | 'hostile-json'
  | 'wrong-kind'
  | 'wrong-version'
  | 'invalid';

export class WorkshopImportError extends Error {
  constructor(
    readonly code: WorkshopRejectCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkshopImportError';
  }
}
