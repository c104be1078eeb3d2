/**
 * A shared file is refused above 1 MB (issue 10); real plans and results are a few KB. Kept apart from
 * validate.ts so that a file picker can refuse a file by its size without loading the schemas.
 */
export const MAX_FILE_BYTES = 1024 * 1024;
