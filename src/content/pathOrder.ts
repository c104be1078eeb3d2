/**
 * Code-point order of the content files' paths (lower-case ASCII words, dashes, dots and slashes), for
 * the loaders that sort what a glob returns. Not localeCompare: its first call in a page builds an ICU
 * collator, tens of milliseconds on a phone inside the page's first long task (issue 18). Each loader's
 * tests check that it lists the files in the order of the full content's loaders.
 */
export const byPath = ([a]: readonly [string, unknown], [b]: readonly [string, unknown]): number =>
  a < b ? -1 : a > b ? 1 : 0;
