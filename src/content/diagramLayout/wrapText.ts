// SVG text does not wrap by itself. Labels are laid out by estimated width: the average advance of
// the app's sans-serif at 12 px is about 6.6 px, its monospace about 7.2 px (measured in Chromium
// on the Learn page); a little slack keeps lines inside their boxes in other browsers.
export const SANS_CHAR_PX = 6.8;
export const MONO_CHAR_PX = 7.4;

/** How many characters of 12 px text fit in `px` pixels. */
export function charsThatFit(px: number, charPx = SANS_CHAR_PX): number {
  return Math.max(8, Math.floor(px / charPx));
}

/** Greedy word wrap; a word longer than the line is split rather than left to overflow. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let word = raw;
    while (word.length > maxChars) {
      if (line) lines.push(line);
      lines.push(word.slice(0, maxChars - 1) + '-');
      word = word.slice(maxChars - 1);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
