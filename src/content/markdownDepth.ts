/**
 * Bounds how deeply a markdown document nests before marked sees it. Block quotes and lists are
 * parsed recursively, so thousands of nested `>` overflow the stack and a list nested 2,000 deep
 * takes minutes (issue 21). No note needs more than a few levels: past MAX_NESTING the rest of the
 * line is shown as text (its markers escaped), never parsed as deeper containers.
 */
export const MAX_NESTING = 12;
/** Leading spaces beyond which a line is too deep too (a nested list item indents by at least 2). */
const MAX_INDENT = MAX_NESTING * 2;

/** One container marker at the start of the rest of a line: `>`, `-`, `*`, `+` or `1.` / `1)` (then a space). */
const MARKER = /^(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))[ \t]?/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function limitLine(line: string): string {
  let rest = line;
  let depth = 0;
  let indent = 0;
  let kept = '';
  for (;;) {
    const spaces = /^[ \t]*/.exec(rest)![0];
    indent += spaces.replace(/\t/g, '    ').length;
    const marker = MARKER.exec(rest.slice(spaces.length));
    if (!marker) break;
    if (depth >= MAX_NESTING || indent > MAX_INDENT) {
      // Too deep: what is left becomes text at the depth reached, markers escaped so they stay literal.
      const text = rest
        .trimStart()
        .replace(/^(\d{1,9})([.)])/, '$1\\$2')
        .replace(/[>*+-]/g, (m) => `\\${m}`);
      return `${kept}${text}`;
    }
    depth++;
    kept += spaces + marker[0];
    rest = rest.slice(spaces.length + marker[0].length);
  }
  if (indent > MAX_INDENT) return kept + rest.trimStart();
  return line;
}

export function limitMarkdownNesting(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!; // i < lines.length
    const open = FENCE.exec(line);
    const marker = open?.[1]; // FENCE's marker group is not optional
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    lines[i] = limitLine(line);
  }
  return lines.join('\n');
}
