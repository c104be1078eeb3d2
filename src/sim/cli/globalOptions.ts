/**
 * The AWS CLI's global options this console understands. --region and --profile are accepted and
 * ignored: the Lab has one account and one Region.
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-options.html
 */
export interface GlobalOption {
  name: string;
  takesValue: boolean;
  values?: readonly string[];
}

export const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const GLOBAL_OPTIONS: readonly GlobalOption[] = [
  { name: '--output', takesValue: true, values: OUTPUT_FORMATS },
  { name: '--query', takesValue: true },
  { name: '--cli-binary-format', takesValue: true, values: ['base64', 'raw-in-base64-out'] },
  { name: '--region', takesValue: true },
  { name: '--profile', takesValue: true },
  { name: '--endpoint-url', takesValue: true },
  { name: '--color', takesValue: true, values: ['on', 'off', 'auto'] },
  { name: '--cli-read-timeout', takesValue: true },
  { name: '--cli-connect-timeout', takesValue: true },
  { name: '--debug', takesValue: false },
  { name: '--no-paginate', takesValue: false },
  { name: '--no-cli-pager', takesValue: false },
  { name: '--no-verify-ssl', takesValue: false },
  { name: '--no-sign-request', takesValue: false },
];
