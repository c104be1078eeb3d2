/** Browser file helpers for workshop exports and imports (the only DOM code; the rules live in src/workshop). */
import { MAX_FILE_BYTES } from '../../workshop/fileLimit';
import { WorkshopImportError } from '../../workshop/errors';

export function downloadJson(filename: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

/** The file picked in a file input's change event, with the input cleared so the same file can be picked again. */
export function takePickedFile(event: Event): File | undefined {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  return file;
}

/** Reads a picked file as text, refusing anything over 1 MB before reading it. */
export async function readPickedFile(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES) {
    throw new WorkshopImportError(
      'too-large',
      `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; workshop files are limited to 1 MB, so it was not read.`,
    );
  }
  return file.text();
}

/** A safe file name from a title: letters, digits and dashes only. */
export function fileSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'workshop'
  );
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
