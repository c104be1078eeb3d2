import { runCommand, type CommandResult } from '../../../sim/cli';
import type { World } from '../../../sim';
import { splitCommandLines } from './pasteLines';

/** One command and what it printed, as the console shows it. */
export interface ConsoleEntry {
  id: number;
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * A few shell built-ins, because the console has no shell behind it but learners need files for
 * `file://` / `fileb://` code documents and templates: `ls`, `cat FILE`, `echo TEXT > FILE`,
 * `clear` and `help`. Everything else goes to the simulated `aws` / `sam` (runCommand).
 */
export const BUILTIN_HELP = [
  "This console runs simulated aws and sam commands against the Lab's world (nothing reaches AWS).",
  '  aws lambda | deploy | cloudwatch <command> [parameters]   e.g. aws lambda help',
  '  sam deploy --stack-name NAME                               deploys template.yaml (the editor below)',
  "Files for file:// and fileb:// live in the Lab's workspace:",
  '  ls                          list the workspace files',
  '  cat FILE                    print a file',
  '  echo \'{"errorRate":0}\' > code.json   write a simulated code document',
  '  clear                       clear the output',
  'Tab completes services, commands and parameters; ↑/↓ walk the history; pasting several lines runs each in turn.',
  '',
].join('\n');

export type BuiltinOutcome = CommandResult & { clear?: boolean };

const ok = (stdout: string): BuiltinOutcome => ({ exitCode: 0, stdout, stderr: '' });
const fail = (stderr: string, exitCode = 1): BuiltinOutcome => ({ exitCode, stdout: '', stderr });

/** Strips one pair of matching outer quotes, as the shell would for a single word. */
function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

/** Runs a built-in, or returns undefined when the line is an `aws`/`sam` command (or unknown). */
export function runBuiltin(world: World, line: string): BuiltinOutcome | undefined {
  const trimmed = line.trim();
  const [word] = trimmed.split(/\s+/, 1);
  switch (word) {
    case 'clear':
      return { ...ok(''), clear: true };
    case 'help':
      return ok(BUILTIN_HELP);
    case 'ls': {
      const files = world.workspace.list();
      return ok(files.length ? `${files.join('\n')}\n` : '');
    }
    case 'cat': {
      const path = unquote(trimmed.slice(3));
      if (!path) return fail('cat: missing file operand\n');
      const text = world.workspace.readText(path);
      if (text === undefined) return fail(`cat: ${path}: No such file or directory\n`);
      return ok(text.endsWith('\n') ? text : `${text}\n`);
    }
    case 'echo': {
      const m = /^echo\s+([\s\S]*?)\s*>\s*(\S+)\s*$/.exec(trimmed);
      if (!m) return ok(`${unquote(trimmed.slice(4))}\n`);
      // Both groups of the pattern are required: a match fills them.
      world.workspace.write(unquote(m[2]!), `${unquote(m[1]!)}\n`);
      return ok('');
    }
    default:
      return undefined;
  }
}

/** Runs one line: a built-in, or the simulated CLI. Never throws. */
export async function runLine(world: World, line: string): Promise<BuiltinOutcome> {
  try {
    return runBuiltin(world, line) ?? (await runCommand(world, line));
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}\n`, 255);
  }
}

// Kept in announce.ts, which needs no simulator: the console loads before the simulator does (issue 18).
export { announcement, outputLineCount } from './announce';

export { splitCommandLines };
