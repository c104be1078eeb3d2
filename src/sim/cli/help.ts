import type { CommandSpec, ParamSpec, ServiceSpec, Shape } from './catalog/types';
import { cliName, commandCatalog } from './catalog/index';
import { waitersFor } from './catalog/waiters';

/**
 * Short help in the layout of the AWS CLI's man pages (NAME, DESCRIPTION, SYNOPSIS, OPTIONS,
 * EXAMPLES), with required parameters unbracketed in the synopsis, as the CLI shows them.
 */
export function topHelp(): string {
  return [
    'NAME',
    '       aws - the simulated AWS command line of Canary Lab',
    '',
    'DESCRIPTION',
    '       Runs the aws lambda, aws deploy and aws cloudwatch commands against the simulated world.',
    '       Service errors exit with 254, command-line errors with 252.',
    '',
    'SYNOPSIS',
    '          aws [options] <command> <subcommand> [parameters]',
    '',
    'OPTIONS',
    '       --output (string) json, text, table, yaml or yaml-stream',
    '       --query (string) a JMESPath query applied to the response',
    '       --cli-binary-format (string) base64 (default) or raw-in-base64-out',
    '',
    'AVAILABLE SERVICES',
    ...commandCatalog.map((s) => `       o ${s.name.padEnd(12)}${s.description}`),
    '',
  ].join('\n');
}

export function serviceHelp(service: ServiceSpec): string {
  return [
    'NAME',
    `       ${service.name} -`,
    '',
    'DESCRIPTION',
    `       ${service.description}`,
    '',
    'AVAILABLE COMMANDS',
    ...service.commands.map((c) => `       o ${c.name}`),
    ...(waitersFor(service.name).length > 0 ? ['       o wait'] : []),
    '',
  ].join('\n');
}

/** `aws lambda wait help`: the waiters, each with what it polls and how often. */
export function waitHelp(service: ServiceSpec): string {
  return [
    'NAME',
    '       wait -',
    '',
    'DESCRIPTION',
    '       Wait until a particular condition is satisfied. Each subcommand polls an API until the listed requirement is met.',
    '',
    'AVAILABLE COMMANDS',
    ...waitersFor(service.name).map((w) => `       o ${w.name.padEnd(26)}${w.description}`),
    '',
  ].join('\n');
}

export function commandHelp(service: ServiceSpec, command: CommandSpec): string {
  const paging = command.paginated
    ? ['[--starting-token <value>]', '[--page-size <value>]', '[--max-items <value>]']
    : [];
  const synopsis = [
    ...command.params.map(synopsisLine),
    '[--cli-input-json | --cli-input-yaml]',
    ...paging,
    '[--generate-cli-skeleton <value>]',
  ];
  return [
    'NAME',
    `       ${command.name} -`,
    '',
    'DESCRIPTION',
    `       ${command.description}`,
    '',
    'SYNOPSIS',
    `            aws ${service.name} ${command.name}`,
    ...synopsis.map((l) => `          ${l}`),
    '',
    'OPTIONS',
    ...command.params.flatMap((p) => [`       ${cliName(p)} (${typeName(p.shape)})`, `          ${p.description}`, '']),
    'EXAMPLES',
    `          ${command.example}`,
    '',
  ].join('\n');
}

function synopsisLine(p: ParamSpec): string {
  if (p.positional) return `<${p.member}>`;
  const name = cliName(p);
  const text = p.shape.type === 'boolean' ? `${name} | --no-${name.slice(2)}` : `${name} <value>`;
  return p.required ? text : `[${text}]`;
}

function typeName(shape: Shape): string {
  return shape.type === 'list' ? 'list' : shape.type;
}
