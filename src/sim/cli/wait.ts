import { search } from '@jmespath-community/jmespath';
import type { World } from '../world';
import type { ServiceSpec } from './catalog/types';
import { serviceOperation } from './serviceOperation';
import type { Acceptor, WaiterSpec } from './catalog/waiters';
import { waitersFor } from './catalog/waiters';
import { parseArguments } from './params';
import { normalise } from './output/normalise';
import { columns, type GlobalSettings } from './globals';
import { commandHelp, waitHelp } from './help';
import { argparseError, EXIT_OK, EXIT_OTHER, isServiceError, type CommandResult } from './errors';

type JsonInput = Parameters<typeof search>[0];

/** A poll's outcome as botocore's waiter sees it: the parsed response, or the error's code and message. */
type Poll = { ok: true; response: Record<string, unknown> } | { ok: false; code: string; message: string };

/**
 * `aws <service> wait <waiter> …`: polls the waiter's operation until an acceptor says success or
 * failure, or the attempts run out — botocore's `Waiter.wait` loop
 * (https://docs.aws.amazon.com/cli/latest/reference/lambda/wait/index.html). Each delay between
 * polls is simulated time: the waiter advances the world, as a pipeline step that sleeps would
 * let time pass. Success prints nothing; a failure prints "Waiter <Name> failed: <reason>" and
 * ends with return code 255, as the CLI reference pages state.
 */
export async function runWait(
  world: World,
  service: ServiceSpec,
  words: readonly string[],
  settings: GlobalSettings,
): Promise<CommandResult> {
  const waiters = waitersFor(service.name);
  const [name, ...params] = words;
  if (name === undefined) throw argparseError('the following arguments are required: subcommand');
  if (name === 'help') return { exitCode: EXIT_OK, stdout: waitHelp(service), stderr: '' };
  const waiter = waiters.find((w) => w.name === name);
  if (!waiter)
    throw argparseError(
      `argument subcommand: Invalid choice, valid choices are:\n\n${columns(
        waiters.map((w) => w.name),
        name,
      )}`,
    );
  const command = service.commands.find((c) => c.operation === waiter.operation);
  if (!command) throw new Error(`waiter ${waiter.name} polls ${waiter.operation}, which the catalog lacks`);
  if (params[params.length - 1] === 'help')
    return { exitCode: EXIT_OK, stdout: `${waiter.description}\n\n${commandHelp(service, command)}`, stderr: '' };
  const { input } = parseArguments(command, params, { files: world.workspace, binaryFormat: settings.binaryFormat });
  const call = serviceOperation(world, service, waiter.operation);
  if (!call) throw new Error(`waiter ${waiter.name} polls ${waiter.operation}, which the simulator lacks`);
  const poll = async (): Promise<Poll> => {
    try {
      const response = await call(input);
      return { ok: true, response: normalise(response ?? {}) as Record<string, unknown> };
    } catch (e) {
      if (isServiceError(e)) return { ok: false, code: e.name, message: e.message };
      throw e;
    }
  };
  return waitFor(world, waiter, poll);
}

/** botocore's loop (botocore/waiter.py `Waiter.wait`), with the sleep replaced by simulated time. */
export async function waitFor(world: World, waiter: WaiterSpec, poll: () => Promise<Poll>): Promise<CommandResult> {
  let lastMatched: Acceptor | undefined;
  for (let attempt = 1; ; attempt++) {
    const result = await poll();
    const matched = waiter.acceptors.find((a) => matches(a, result));
    if (matched) lastMatched = matched;
    else if (!result.ok) return failed(waiter, `An error occurred (${result.code}): ${result.message}`);
    if (matched?.state === 'success') return { exitCode: EXIT_OK, stdout: '', stderr: '' };
    if (matched?.state === 'failure')
      return failed(waiter, `Waiter encountered a terminal failure state: ${explain(matched)}`);
    if (attempt >= waiter.maxAttempts)
      return failed(
        waiter,
        lastMatched
          ? `Max attempts exceeded. Previously accepted state: ${explain(lastMatched)}`
          : 'Max attempts exceeded',
      );
    world.advance(waiter.delay * 1000);
  }
}

function matches(a: Acceptor, result: Poll): boolean {
  switch (a.matcher) {
    case 'status':
      // Every successful response of these operations is HTTP 200.
      return result.ok && a.expected === 200;
    case 'error':
      return !result.ok && result.code === a.expected;
    default:
      return result.ok && search(result.response as JsonInput, a.argument ?? '@') === a.expected;
  }
}

/** botocore's AcceptorConfig.explanation wording. */
function explain(a: Acceptor): string {
  switch (a.matcher) {
    case 'status':
      return `Matched expected HTTP status code: ${a.expected}`;
    case 'error':
      return `Matched expected service error code: ${a.expected}`;
    default:
      return `For expression "${a.argument}" we matched expected path: "${a.expected}"`;
  }
}

const failed = (waiter: WaiterSpec, reason: string): CommandResult => ({
  exitCode: EXIT_OTHER,
  stdout: '',
  stderr: `\nWaiter ${waiter.waiterName} failed: ${reason}\n`,
});
