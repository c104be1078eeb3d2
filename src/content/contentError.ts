/** Thrown for any content problem; the message always names the file and, where known, the field. */
export class ContentError extends Error {
  override name = 'ContentError';
}
