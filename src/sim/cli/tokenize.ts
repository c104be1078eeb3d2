import { parse } from 'shell-quote';
import { CliUsageError } from './errors';

/**
 * Splits a console line into words as a POSIX shell would (quotes, backslash escapes, `$VAR`
 * from `env`). There is no shell behind the console, so pipes, redirections and command lists
 * are refused with a message instead of being silently misread.
 */
export function tokenize(line: string, env: Readonly<Record<string, string>> = {}): string[] {
  const open = unclosedQuote(line);
  if (open) throw new CliUsageError(`unexpected EOF while looking for matching \`${open}'`);
  // Unknown variables stay as typed: a learner writing `--qualifier $LATEST` without quotes
  // means Lambda's $LATEST, which a real shell would silently turn into an empty word.
  const entries = parse(line, (name: string) => (Object.hasOwn(env, name) ? env[name] : `$${name}`));
  const words: string[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') words.push(entry);
    else if ('comment' in entry) break;
    else if (entry.op === 'glob') words.push(entry.pattern);
    else
      throw new CliUsageError(
        `"${entry.op}" is a shell operator, and this console has no shell: run one aws command per line, without pipes, redirections or command lists`,
      );
  }
  return words;
}

/** The quote character left open at the end of the line, if any (bash would wait for more input). */
function unclosedQuote(line: string): string | undefined {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
    } else if (c === '\\') {
      i++;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line.charAt(i - 1)))) {
      return undefined;
    }
  }
  return quote;
}
