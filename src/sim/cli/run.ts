import { compile, search } from '@jmespath-community/jmespath';
import { stringify as toYaml } from 'yaml';
import type { World } from '../world';
import { Workspace } from '../core/workspace';
import type { CommandSpec, ServiceSpec } from './catalog/types';
import { commandCatalog, findCommand, findService } from './catalog/index';
import { tokenize } from './tokenize';
import { columns, extractGlobals, type GlobalSettings } from './globals';
import { parseArguments } from './params';
import { normalise } from './output/normalise';
import { formatJson } from './output/json';
import { markDoubles, tagDoubles, unmarkDoubles } from './output/doubles';
import { formatText } from './output/text';
import { formatTable } from './output/table';
import { commandHelp, serviceHelp, topHelp } from './help';
import { runSam } from './sam';
import { runWait } from './wait';
import { serviceOperation } from './serviceOperation';
import { waitersFor } from './catalog/waiters';
import { generateSkeleton } from './skeleton';
import { applyPagination, extractPagination } from './pagination';
import { isBytes } from './bytes';
import {
  argparseError,
  CliUsageError,
  EXIT_OK,
  EXIT_OTHER,
  formatServiceError,
  formatUsageError,
  isServiceError,
  type CommandResult,
} from './errors';

export interface RunOptions {
  /** Variables for `$NAME` in the line, and AWS_DEFAULT_OUTPUT. */
  env?: Record<string, string>;
}

const ok = (stdout: string): CommandResult => ({ exitCode: EXIT_OK, stdout, stderr: '' });

/**
 * Runs one console line against the world and answers as the AWS CLI v2 would. Never throws:
 * every line gets output and an exit code. Nothing reaches the world until the whole line has
 * been parsed and checked, so a line that fails before the service call changes nothing; the
 * services themselves validate before they mutate.
 */
export async function runCommand(world: World, line: string, options: RunOptions = {}): Promise<CommandResult> {
  try {
    return await run(world, line, options.env ?? {});
  } catch (e) {
    if (e instanceof CliUsageError) return formatUsageError(e);
    return { exitCode: EXIT_OTHER, stdout: '', stderr: `\n${e instanceof Error ? e.message : String(e)}\n` };
  }
}

async function run(world: World, line: string, env: Readonly<Record<string, string>>): Promise<CommandResult> {
  const words = tokenize(line, env);
  if (words.length === 0) return ok('');
  const [program, ...args] = words;
  if (program === 'sam') return runSam(world, args);
  if (program !== 'aws')
    return {
      exitCode: 127,
      stdout: '',
      stderr: `${program}: command not found (this console runs aws and sam commands)\n`,
    };

  const { settings, rest } = extractGlobals(args, env);
  if (settings.version) return ok('aws-cli/2 (Canary Lab simulator of lambda, deploy and cloudwatch)\n');
  const [serviceName, commandName, ...params] = rest;
  if (serviceName === undefined) throw argparseError('the following arguments are required: command');
  if (serviceName === 'help') return ok(topHelp());
  const service = findService(serviceName);
  if (!service)
    throw argparseError(
      `argument command: Invalid choice, valid choices are:\n\n${columns(
        commandCatalog.map((s) => s.name),
        serviceName,
      )}`,
    );
  if (commandName === undefined) throw argparseError('the following arguments are required: operation');
  if (commandName === 'help') return ok(serviceHelp(service));
  // `aws lambda wait …` / `aws deploy wait …`: the CLI's waiters (simulated time passes while they poll).
  if (commandName === 'wait' && waitersFor(service.name).length > 0) return runWait(world, service, params, settings);
  const command = findCommand(service, commandName);
  if (!command)
    throw argparseError(
      `argument operation: Invalid choice, valid choices are:\n\n${columns(
        [...service.commands.map((c) => c.name), ...(waitersFor(service.name).length > 0 ? ['wait'] : [])],
        commandName,
      )}`,
    );
  if (params[params.length - 1] === 'help') return ok(commandHelp(service, command));
  const skeletonAt = params.indexOf('--generate-cli-skeleton');
  if (skeletonAt >= 0) {
    const kind = params[skeletonAt + 1];
    return ok(generateSkeleton(command, kind && !kind.startsWith('--') ? kind : undefined));
  }
  return runOperation(world, service, command, params, settings);
}

async function runOperation(
  world: World,
  service: ServiceSpec,
  command: CommandSpec,
  params: string[],
  settings: GlobalSettings,
): Promise<CommandResult> {
  const paging = command.paginated ? extractPagination(params) : { options: {}, rest: params };
  const { input, positionals } = parseArguments(command, paging.rest, {
    files: world.workspace,
    binaryFormat: settings.binaryFormat,
  });
  if (settings.query !== undefined) {
    try {
      compile(settings.query);
    } catch (e) {
      throw new CliUsageError(`Bad value for --query ${settings.query}: ${(e as Error).message}`);
    }
  }
  const outfile = positionals.outfile;
  if (outfile !== undefined && !Workspace.normalise(outfile))
    throw new CliUsageError(`[Errno 21] Is a directory: '${outfile}'`);

  const call = serviceOperation(world, service, command.operation);
  if (!call) {
    return {
      exitCode: EXIT_OTHER,
      stdout: '',
      stderr: `\nThe simulator does not model the ${command.operation} operation yet.\n`,
    };
  }
  let response: unknown;
  try {
    response = await call(input);
  } catch (e) {
    if (isServiceError(e)) return formatServiceError(e, command.operation);
    throw e;
  }

  let result = normalise(response ?? {}) as Record<string, unknown>;
  delete result.ResponseMetadata;
  if (command.operation === 'Invoke') result = finishInvoke(world, response, result, outfile ?? '');
  if (command.paginated) result = applyPagination(result, command.paginated, paging.options);
  return ok(render(result, command, settings));
}

/**
 * invoke writes the response payload to outfile and prints only the response's other members
 * (StatusCode, FunctionError, LogResult, ExecutedVersion, in the API's order).
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-sync.html
 */
function finishInvoke(
  world: World,
  response: unknown,
  result: Record<string, unknown>,
  outfile: string,
): Record<string, unknown> {
  const payload = (response as { Payload?: unknown } | undefined)?.Payload;
  const text =
    payload === undefined || payload === null
      ? ''
      : isBytes(payload)
        ? new TextDecoder().decode(payload)
        : typeof payload === 'string'
          ? payload
          : JSON.stringify(payload);
  world.workspace.write(outfile, text);
  const ordered: Record<string, unknown> = {};
  for (const key of ['StatusCode', 'FunctionError', 'LogResult', 'ExecutedVersion'])
    if (result[key] !== undefined) ordered[key] = result[key];
  for (const [k, v] of Object.entries(result)) if (k !== 'Payload' && !(k in ordered)) ordered[k] = v;
  return ordered;
}

function render(result: Record<string, unknown>, command: CommandSpec, settings: GlobalSettings): string {
  // An operation with no output members prints nothing at all, as the CLI does (delete-alias…).
  if (settings.query === undefined && Object.keys(result).length === 0) return '';
  const value =
    settings.query === undefined
      ? markDoubles(result, tagDoubles(result))
      : queryKeepingDoubles(result, settings.query);
  switch (settings.output) {
    case 'text':
      return formatText(value);
    case 'table':
      return formatTable(value, command.operation);
    case 'yaml':
    case 'yaml-stream':
      return toYaml(unmarkDoubles(value));
    default:
      return formatJson(value);
  }
}

type JsonInput = Parameters<typeof search>[0];

function queryKeepingDoubles(result: Record<string, unknown>, query: string): unknown {
  const value = search(result as JsonInput, query);
  let tagged: unknown;
  try {
    tagged = search(tagDoubles(result) as JsonInput, query);
  } catch {
    return value;
  }
  return markDoubles(value, tagged);
}
