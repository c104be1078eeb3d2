/**
 * Turns pasted text into the command lines to run, in order. A line ending in an unescaped `\`
 * continues on the next line, as in a POSIX shell, so the AWS docs' multi-line examples paste as
 * they are printed. Blank lines and whole-line `#` comments are skipped.
 */
export function splitCommandLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let pending = '';
  for (const line of lines) {
    if (endsWithContinuation(line)) {
      pending += line.slice(0, -1);
      continue;
    }
    const joined = pending + line;
    pending = '';
    const trimmed = joined.trim();
    if (trimmed && !trimmed.startsWith('#')) out.push(trimmed);
  }
  const rest = pending.trim();
  if (rest && !rest.startsWith('#')) out.push(rest);
  return out;
}

/** True when the line ends in an odd number of backslashes (`\\` at the end is a literal backslash). */
export function endsWithContinuation(line: string): boolean {
  const trailing = /\\*$/.exec(line)?.[0].length ?? 0;
  return trailing % 2 === 1;
}
