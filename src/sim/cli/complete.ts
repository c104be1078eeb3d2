import { cliName, commandCatalog, findCommand, findService } from './catalog/index';
import { GLOBAL_OPTIONS } from './globalOptions';
import { waitersFor } from './catalog/waiters';

export interface Completion {
  /** Index in the line where the word being completed starts (the text to replace runs to the cursor). */
  from: number;
  options: string[];
}

/**
 * Suggestions for the console: the program, then services, commands, the command's parameters
 * (booleans in both `--x` and `--no-x` forms) and, after a parameter with a fixed set of values,
 * those values. Words already given are not offered again.
 */
export function complete(line: string, cursor: number): Completion {
  const before = line.slice(0, Math.max(0, Math.min(cursor, line.length)));
  const start = before.search(/\S*$/);
  const prefix = before.slice(start);
  const words = before.slice(0, start).trim().split(/\s+/).filter(Boolean);
  const pick = (candidates: readonly string[]) => ({
    from: start,
    options: candidates.filter((c) => c.startsWith(prefix)),
  });

  if (words.length === 0) return pick(['aws', 'sam']);
  if (words[0] === 'sam')
    return pick(words.length === 1 ? ['deploy'] : SAM_DEPLOY_OPTIONS.filter((o) => !words.includes(o)));
  if (words[0] !== 'aws') return { from: start, options: [] };

  const previous = words[words.length - 1];
  const globalValues = GLOBAL_OPTIONS.find((g) => g.name === previous)?.values;
  if (globalValues) return pick(globalValues);

  const positional = words.slice(1).filter((w, i, all) => !w.startsWith('--') && !isGlobalValue(all, i));
  if (positional.length === 0) return pick([...commandCatalog.map((s) => s.name), 'help']);
  const service = findService(positional[0]!); // not empty: checked just above
  if (!service) return { from: start, options: [] };
  const waiters = waitersFor(service.name);
  if (positional.length === 1 && !prefix.startsWith('-'))
    return pick([...service.commands.map((c) => c.name), ...(waiters.length > 0 ? ['wait'] : []), 'help']);
  // `aws lambda wait <waiter>`: the waiter names, then the parameters of the operation it polls.
  const waiter = positional[1] === 'wait' ? waiters.find((w) => w.name === positional[2]) : undefined;
  if (positional[1] === 'wait' && !waiter)
    return positional.length === 2 && !prefix.startsWith('-')
      ? pick(waiters.map((w) => w.name))
      : { from: start, options: [] };
  const command = waiter
    ? service.commands.find((c) => c.operation === waiter.operation)
    : findCommand(service, positional[1] ?? '');
  if (!command) return { from: start, options: [] };

  const param = command.params.find((p) => cliName(p) === previous);
  if (param && param.shape.type === 'string' && param.shape.enum) return pick(param.shape.enum);
  if (param && param.shape.type === 'list' && param.shape.member.type === 'string' && param.shape.member.enum)
    return pick(param.shape.member.enum);

  const flags = command.params
    .filter((p) => !p.positional)
    .flatMap((p) => (p.shape.type === 'boolean' ? [cliName(p), `--no-${cliName(p).slice(2)}`] : [cliName(p)]));
  const unused = flags.filter((f) => !words.includes(f));
  const paging = command.paginated
    ? ['--max-items', '--starting-token', '--page-size'].filter((f) => !words.includes(f))
    : [];
  return pick([
    ...unused,
    '--cli-input-json',
    '--cli-input-yaml',
    '--generate-cli-skeleton',
    ...paging,
    ...GLOBAL_OPTIONS.map((g) => g.name).filter((g) => !words.includes(g)),
  ]);
}

function isGlobalValue(words: readonly string[], index: number): boolean {
  const prev = words[index - 1];
  return prev !== undefined && GLOBAL_OPTIONS.some((g) => g.name === prev && g.takesValue);
}

const SAM_DEPLOY_OPTIONS = [
  '--template-file',
  '--stack-name',
  '--capabilities',
  '--parameter-overrides',
  '--no-fail-on-empty-changeset',
  '--no-confirm-changeset',
];
