/**
 * Finds every `aws …` / `sam …` command line and every SAM or CloudFormation template that the
 * learning content shows (notes, questions, scenarios), so a test can run each one through the
 * Lab's own parsers (runCommand, deploySam). Syntax the real CLI rejects then cannot sit in content:
 * a learner who copies a line from a note into the console, or into a real terminal, gets what the
 * note promised.
 *
 * Plain string work, no YAML or Markdown library: callers hand in parsed YAML data or note bodies.
 */

export interface ContentSnippet {
  kind: 'command' | 'template' | 'appspec';
  /** Where it was found: file and, for YAML, the path of the field. */
  where: string;
  text: string;
}

const COMMAND_START = /^(aws|sam)\s+[a-z]/;

/** Joins shell continuation lines (`\` at the end) into one line. */
function joinContinuations(lines: readonly string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.endsWith('\\')) pending += `${line.slice(0, -1).trim()} `;
    else {
      out.push((pending + line.trim()).trim());
      pending = '';
    }
  }
  if (pending) out.push(pending.trim());
  return out;
}

/** A shell prompt (`$ `) is not part of the command. */
const withoutPrompt = (line: string): string => line.replace(/^\$\s+/, '');

/** A CodeDeploy AppSpec for Lambda (version 0.0, with Resources as a list). */
export const looksLikeAppSpec = (text: string): boolean => /^version:\s*0\.0\s*$/m.test(text);

/** A template: a YAML or JSON document with a top-level Resources section (and not an AppSpec). */
export const looksLikeTemplate = (text: string): boolean =>
  !looksLikeAppSpec(text) && (/^Resources:\s*$/m.test(text) || /^\s*\{[\s\S]*"Resources"\s*:/.test(text));

function wholeDocument(where: string, text: string): ContentSnippet | null {
  if (looksLikeAppSpec(text) && /^Resources:/m.test(text)) return { kind: 'appspec', where, text };
  if (looksLikeTemplate(text)) return { kind: 'template', where, text };
  return null;
}

/** Command lines and whole templates in a Markdown note: fenced blocks, and inline code that starts with aws/sam. */
export function snippetsInMarkdown(file: string, markdown: string): ContentSnippet[] {
  const found: ContentSnippet[] = [];
  const fence = /^(```+|~~~+)([^\n]*)\n([\s\S]*?)^\1\s*$/gm;
  let match: RegExpExecArray | null;
  const outside: string[] = [];
  let last = 0;
  while ((match = fence.exec(markdown)) !== null) {
    outside.push(markdown.slice(last, match.index));
    last = match.index + match[0].length;
    const body = match[3]!; // the fence body group is required (it may be empty)
    const line = markdown.slice(0, match.index).split('\n').length;
    const document = wholeDocument(`${file}:${line}`, body);
    if (document) found.push(document);
    else
      for (const command of joinContinuations(body.split('\n')).map(withoutPrompt))
        if (COMMAND_START.test(command)) found.push({ kind: 'command', where: `${file}:${line}`, text: command });
  }
  outside.push(markdown.slice(last));
  for (const prose of outside) {
    for (const inline of prose.matchAll(/`([^`\n]+)`/g)) {
      const text = inline[1]!.trim();
      if (COMMAND_START.test(text)) found.push({ kind: 'command', where: file, text });
    }
  }
  return found;
}

/**
 * Command lines, templates and AppSpecs anywhere in parsed YAML data (questions, scenarios): a string whose
 * line starts with `aws ` or `sam ` is a command; a string with a top-level Resources section is a template.
 */
export function snippetsInData(file: string, data: unknown, path = ''): ContentSnippet[] {
  if (typeof data === 'string') {
    const where = `${file}${path ? ` ${path}` : ''}`;
    const document = wholeDocument(where, data);
    if (document) return [document];
    return joinContinuations(data.split('\n'))
      .map(withoutPrompt)
      .filter((line) => COMMAND_START.test(line))
      .map((text) => ({ kind: 'command' as const, where, text }));
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => snippetsInData(file, item, `${path}[${i}]`));
  if (data !== null && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => snippetsInData(file, value, path ? `${path}.${key}` : key));
  return [];
}
