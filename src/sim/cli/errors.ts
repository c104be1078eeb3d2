/**
 * How the AWS CLI v2 ends a command, and with which return code:
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-returncodes.html
 * 252 = the command line could not be parsed or a parameter value was wrong (nothing was sent),
 * 254 = the service answered with an error, 255 = anything else went wrong.
 */
export const EXIT_OK = 0;
export const EXIT_USAGE = 252;
export const EXIT_SERVICE = 254;
export const EXIT_OTHER = 255;

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The usage banner argparse prints above a command-line error in AWS CLI v2. */
export const USAGE = [
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]',
  'To see help text, you can run:',
  '',
  '  aws help',
  '  aws <command> help',
  '  aws <command> <subcommand> help',
  '',
].join('\n');

/**
 * A problem with the command line itself. `withUsage` errors are argparse's ("aws: error: …" under
 * the usage banner); the others are the CLI's parameter errors ("Error parsing parameter …",
 * "Parameter validation failed: …", "Invalid base64: …") that print on their own.
 */
export class CliUsageError extends Error {
  constructor(
    message: string,
    readonly form: 'argparse' | 'unknown-options' | 'plain' = 'plain',
  ) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** argparse errors: `aws: error: <message>` below the usage banner. */
export const argparseError = (message: string) => new CliUsageError(message, 'argparse');

/** The CLI's "Unknown options: --foo, bar" below the usage banner. */
export const unknownOptionsError = (tokens: readonly string[]) =>
  new CliUsageError(`Unknown options: ${tokens.join(', ')}`, 'unknown-options');

/** botocore's client-side validation: "Parameter validation failed:" and one line per problem. */
export const validationError = (problems: readonly string[]) =>
  new CliUsageError(`Parameter validation failed:\n${problems.join('\n')}`);

/** A value the CLI could not turn into the parameter's type. */
export const paramError = (cliName: string, message: string) =>
  new CliUsageError(`Error parsing parameter '${cliName}': ${message}`);

export function formatUsageError(e: CliUsageError): CommandResult {
  switch (e.form) {
    case 'argparse':
      return { exitCode: EXIT_USAGE, stdout: '', stderr: `\n${USAGE}\naws: error: ${e.message}\n` };
    case 'unknown-options':
      // clidriver writes this one itself, without argparse's leading blank line.
      return { exitCode: EXIT_USAGE, stdout: '', stderr: `${USAGE}\n${e.message}\n` };
    default:
      return { exitCode: EXIT_USAGE, stdout: '', stderr: `\n${e.message}\n` };
  }
}

/** What the SDK throws for a service error: AWS exception name, message, HTTP status. */
export interface ServiceErrorLike {
  name: string;
  message: string;
  $metadata?: { httpStatusCode?: number };
}

export function isServiceError(e: unknown): e is ServiceErrorLike {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as Record<string, unknown>;
  return (
    typeof o.name === 'string' &&
    typeof o.message === 'string' &&
    typeof o.$metadata === 'object' &&
    o.$metadata !== null
  );
}

/** "An error occurred (Code) when calling the Operation operation: message", as botocore words it. */
export function formatServiceError(e: ServiceErrorLike, operation: string): CommandResult {
  return {
    exitCode: EXIT_SERVICE,
    stdout: '',
    stderr: `\nAn error occurred (${e.name}) when calling the ${operation} operation: ${e.message}\n`,
  };
}
