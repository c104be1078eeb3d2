import { argparseError } from './errors';
import { GLOBAL_OPTIONS, OUTPUT_FORMATS, type OutputFormat } from './globalOptions';
import type { BinaryFormat } from './blob';

export interface GlobalSettings {
  output: OutputFormat;
  query?: string;
  binaryFormat: BinaryFormat;
  version: boolean;
}

/**
 * Takes the global options out of the words (they may appear anywhere on the line, as with the
 * real CLI) and returns the rest. AWS_DEFAULT_OUTPUT sets the default output format.
 */
export function extractGlobals(
  words: readonly string[],
  env: Readonly<Record<string, string>>,
): { settings: GlobalSettings; rest: string[] } {
  const settings: GlobalSettings = { output: 'json', binaryFormat: 'base64', version: false };
  const envOutput = env.AWS_DEFAULT_OUTPUT;
  if (envOutput && (OUTPUT_FORMATS as readonly string[]).includes(envOutput))
    settings.output = envOutput as OutputFormat;
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!; // i < words.length
    if (word === '--version') {
      settings.version = true;
      continue;
    }
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const name = eq > 0 ? word.slice(0, eq) : word;
    const option = GLOBAL_OPTIONS.find((g) => g.name === name);
    if (!option) {
      rest.push(word);
      continue;
    }
    if (!option.takesValue) continue;
    let value: string | undefined;
    if (eq > 0) value = word.slice(eq + 1);
    else if (i + 1 < words.length) value = words[++i];
    if (value === undefined) throw argparseError(`argument ${name}: expected one argument`);
    if (option.values && !option.values.includes(value)) {
      throw argparseError(`argument ${name}: Invalid choice, valid choices are:\n\n${columns(option.values)}`);
    }
    if (name === '--output') settings.output = value as OutputFormat;
    else if (name === '--query') settings.query = value;
    else if (name === '--cli-binary-format') settings.binaryFormat = value as BinaryFormat;
  }
  return { settings, rest };
}

/**
 * The CLI's "Invalid choice" list (awscli/argparser.py): two choices per line, each padded to 40
 * characters, joined by " | "; then close matches, if any, under "maybe you meant:".
 */
export function columns(choices: readonly string[], typed?: string): string {
  const lines: string[] = [];
  for (let i = 0; i < choices.length; i += 2)
    lines.push(
      choices
        .slice(i, i + 2)
        .map((c) => c.padEnd(40))
        .join(' | '),
    );
  const close = typed === undefined ? [] : choices.filter((c) => similarity(c, typed) >= 0.8);
  if (close.length > 0)
    lines.push('', `Invalid choice: '${typed}', maybe you meant:`, '', ...close.map((c) => `  * ${c}`));
  return lines.join('\n');
}

/**
 * Stands in for Python's difflib ratio (cutoff 0.8 in the CLI): 1 − edit distance / longer length.
 * An approximation; it suggests the same near-misses for the short command names used here.
 */
function similarity(a: string, b: string): number {
  // The edit distance is at least the difference in length, so a name much longer or shorter than
  // the choice cannot reach the 0.8 cutoff: answer that bound without the O(n·m) table (a 1 MB
  // unknown command compares in constant time per choice).
  const longer = Math.max(a.length, b.length, 1);
  const bound = 1 - Math.abs(a.length - b.length) / longer;
  if (bound < 0.8) return bound;
  // prev has b.length + 1 entries and j runs from 1 to b.length, so every prev[…] below is in range.
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return 1 - prev[b.length]! / Math.max(a.length, b.length, 1);
}
