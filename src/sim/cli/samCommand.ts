import type { World } from '../world';
import type { CommandResult } from './errors';

/**
 * `sam deploy` options as the SAM CLI reads them
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-cli-command-reference-sam-deploy.html).
 * The deploy itself belongs to src/sim/sam (`deploySam`); this module only reads the command line.
 */
export interface SamDeployOptions {
  templateFile: string;
  /** From --stack-name, else from samconfig.toml's stack_name. */
  stackName: string;
  /** --no-fail-on-empty-changeset: "No changes to deploy" ends with exit code 0 instead of 1. */
  failOnEmptyChangeset: boolean;
  capabilities: string[];
  /** --no-confirm-changeset (the default when not --guided): deploy without asking. */
  confirmChangeset: boolean;
  parameterOverrides: Record<string, string>;
}

export interface SamChange {
  action?: string;
  logicalId?: string;
  /** `type` is what src/sim/sam returns; `resourceType` is accepted too. */
  type?: string;
  resourceType?: string;
  replacement?: string;
}

/** What src/sim/sam's `deploySam` returns; only these members are read here. */
export interface SamDeployResult {
  changes?: readonly SamChange[];
  changeSet?: readonly SamChange[];
  deploymentId?: string;
  outputs?: Readonly<Record<string, string>>;
  notes?: readonly string[];
}

/** The call-out to src/sim/sam: register it with `setSamDeployer` (see sam.ts). */
export type SamDeployer = (
  world: World,
  templateText: string,
  options: SamDeployOptions,
) => SamDeployResult | Promise<SamDeployResult>;

/** A `sam` command-line mistake; the SAM CLI (click) prints usage and exits with 2. */
export class SamUsageError extends Error {
  constructor(
    message: string,
    readonly usage = 'Usage: sam deploy [OPTIONS]',
  ) {
    super(message);
    this.name = 'SamUsageError';
  }
}

const VALUE_OPTIONS: Record<string, keyof SamDeployOptions | 'ignored'> = {
  '--template-file': 'templateFile',
  '--template': 'templateFile',
  '-t': 'templateFile',
  '--stack-name': 'stackName',
  '--capabilities': 'capabilities',
  '--parameter-overrides': 'parameterOverrides',
  '--region': 'ignored',
  '--profile': 'ignored',
  '--s3-bucket': 'ignored',
  '--s3-prefix': 'ignored',
  '--config-file': 'ignored',
  '--config-env': 'ignored',
};
const FLAGS: Record<string, Partial<SamDeployOptions>> = {
  '--no-fail-on-empty-changeset': { failOnEmptyChangeset: false },
  '--fail-on-empty-changeset': { failOnEmptyChangeset: true },
  '--no-confirm-changeset': { confirmChangeset: false },
  '--confirm-changeset': { confirmChangeset: true },
  '--resolve-s3': {},
  '--no-execute-changeset': {},
};
const MULTI = new Set(['--capabilities', '--parameter-overrides']);

/**
 * Reads the words after `sam deploy`. `files` gives samconfig.toml (for stack_name) and tells
 * which default template exists.
 */
export function parseSamDeploy(
  words: readonly string[],
  files: { readText(path: string): string | undefined; exists(path: string): boolean },
): SamDeployOptions {
  const options: Partial<SamDeployOptions> = {
    failOnEmptyChangeset: true,
    confirmChangeset: false,
    capabilities: [],
    parameterOverrides: {},
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!; // i < words.length
    if (word === '--guided' || word === '-g')
      throw new SamUsageError(
        '--guided asks questions interactively, which this console cannot do: pass --stack-name instead.',
      );
    if (word in FLAGS) {
      Object.assign(options, FLAGS[word]);
      continue;
    }
    const key = VALUE_OPTIONS[word];
    if (!key) throw new SamUsageError(`No such option: ${word}`);
    const values: string[] = [];
    while (i + 1 < words.length && !words[i + 1]!.startsWith('-')) {
      values.push(words[++i]!);
      if (!MULTI.has(word)) break;
    }
    if (values.length === 0) throw new SamUsageError(`Option '${word}' requires an argument.`);
    if (key === 'templateFile' || key === 'stackName')
      options[key] = values[0]!; // not empty: checked above
    else if (key === 'capabilities') options.capabilities = values.flatMap((v) => v.split(/[\s,]+/).filter(Boolean));
    else if (key === 'parameterOverrides') options.parameterOverrides = parseParameterOverrides(values);
  }
  options.templateFile ??=
    ['template.yaml', 'template.yml', 'template.json'].find((f) => files.exists(f)) ?? 'template.yaml';
  options.stackName ??= stackNameFromSamconfig(files.readText('samconfig.toml'));
  if (!options.stackName) throw new SamUsageError("Missing option '--stack-name'.");
  return options as SamDeployOptions;
}

/** `Key=Value Key2=Value2`, or CloudFormation's `ParameterKey=K,ParameterValue=V` form. */
export function parseParameterOverrides(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const cfn = /^ParameterKey=([^,]+),ParameterValue=(.*)$/.exec(v);
    if (cfn) {
      out[cfn[1]!] = cfn[2]!; // both groups are required
      continue;
    }
    const eq = v.indexOf('=');
    if (eq <= 0)
      throw new SamUsageError(
        `Invalid value for '--parameter-overrides': ${v} is not in valid format. It must look like 'Key1=Value1 Key2=Value2'`,
      );
    out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

/** stack_name in samconfig.toml's [default.deploy.parameters] table. */
export function stackNameFromSamconfig(toml: string | undefined): string | undefined {
  if (!toml) return undefined;
  let inDeploy = false;
  for (const raw of toml.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) inDeploy = line === '[default.deploy.parameters]';
    const m = inDeploy ? /^stack_name\s*=\s*["']([^"']+)["']/.exec(line) : null;
    if (m) return m[1];
  }
  return undefined;
}

// ───────────────────────── output ─────────────────────────
// Exit codes: the SAM CLI is a click application. Its own errors (UserException, which includes
// ChangeEmptyError "No changes to deploy", a failed change set and a failed stack) end with exit
// code 1; click's usage errors with 2 (samcli/cli/main.py, samcli/commands/exceptions.py).

/** SAM CLI's change-set table labels: CloudFormation's Remove action is shown as "- Delete". */
const OPERATION_LABEL: Record<string, string> = { Add: '+ Add', Modify: '* Modify', Remove: '- Delete' };

function table(title: string, header: string[], rows: string[][]): string[] {
  // Every row has one cell per header column.
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)) + 2);
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('')
      .trimEnd();
  return [title, rule, line(header), rule, ...rows.map(line), rule];
}

/**
 * A `sam deploy` whose stack update waits for a CodeDeploy traffic shift. CloudFormation updates
 * the alias through CodeDeploy and the stack update only ends when the deployment does; if the
 * deployment fails or is stopped (an alarm), the alias update fails and the stack rolls back
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html#cfn-attributes-updatepolicy-codedeploylambdaaliasupdate,
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html).
 * `sam deploy` waits for the stack, so its last lines (success, or the failed waiter) come only then:
 * the caller watches `deploymentId` and prints `renderSamDeployEnd` when the deployment ends.
 */
export interface SamDeployWaiting {
  deploymentId: string;
  stackName: string;
  region: string;
  /** The alias resource CloudFormation is updating (its logical id), when the change set names one. */
  aliasLogicalId?: string;
  outputs: readonly [string, string][];
}

/** What `renderSamDeploy` returns: the output so far and, while a traffic shift runs, what it waits for. */
export type SamDeployCommandResult = CommandResult & { waiting?: SamDeployWaiting };

/** How the CodeDeploy deployment the stack waited for ended, in CodeDeploy's terms. */
export interface SamDeploymentEnd {
  status: 'Succeeded' | 'Failed' | 'Stopped';
  /** CodeDeploy's errorInformation.message (the alarm or hook that ended it). */
  message?: string;
  /** The automatic rollback deployment, when one ran. */
  rollbackDeploymentId?: string;
}

/** The SAM CLI prints this once the change set runs (with a timestamp, left out here). */
const WAITING_LINE = 'Waiting for stack create/update to complete';

/**
 * The change set, then the wait: outputs and the success line only when no traffic shift is
 * running (a first deploy, a configuration-only change); otherwise the output stops at the wait,
 * naming the CodeDeploy deployment, and `renderSamDeployEnd` finishes it. Never "Successfully
 * created/updated stack" before the traffic shift has ended, as the real CLI's waiter.
 */
export function renderSamDeploy(
  result: SamDeployResult,
  options: Pick<SamDeployOptions, 'stackName' | 'failOnEmptyChangeset'>,
  region: string,
): SamDeployCommandResult {
  const changes = result.changes ?? result.changeSet ?? [];
  if (changes.length === 0) {
    // SAM CLI's ChangeEmptyError; --no-fail-on-empty-changeset turns it into success.
    const message = `No changes to deploy. Stack ${options.stackName} is up to date`;
    return options.failOnEmptyChangeset
      ? { exitCode: 1, stdout: '', stderr: `Error: ${message}\n` }
      : { exitCode: 0, stdout: `${message}\n`, stderr: '' };
  }
  const rows = changes.map((c) => {
    const action = c.action ?? '';
    return [
      OPERATION_LABEL[action] ?? action,
      c.logicalId ?? '',
      c.resourceType ?? c.type ?? '',
      action === 'Modify' ? (c.replacement ?? 'False') : 'N/A',
    ];
  });
  const lines = [
    ...table('CloudFormation stack changeset', ['Operation', 'LogicalResourceId', 'ResourceType', 'Replacement'], rows),
    '',
  ];
  for (const note of result.notes ?? []) lines.push(note);
  if ((result.notes ?? []).length > 0) lines.push('');
  lines.push(WAITING_LINE, '');
  const outputs = Object.entries(result.outputs ?? {});
  if (result.deploymentId) {
    const alias = changes.find((c) => (c.resourceType ?? c.type) === 'AWS::Lambda::Alias');
    lines.push(
      `CodeDeploy deployment started: ${result.deploymentId} (CloudFormation waits for it to finish traffic shifting)`,
    );
    return {
      exitCode: 0,
      stdout: `${lines.join('\n')}\n`,
      stderr: '',
      waiting: {
        deploymentId: result.deploymentId,
        stackName: options.stackName,
        region,
        ...(alias?.logicalId ? { aliasLogicalId: alias.logicalId } : {}),
        outputs,
      },
    };
  }
  lines.push(...successLines(options.stackName, region, outputs));
  return { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
}

function successLines(stackName: string, region: string, outputs: readonly [string, string][]): string[] {
  const lines: string[] = [];
  if (outputs.length > 0)
    lines.push(...table('CloudFormation outputs from deployed stack', ['Key', 'Value'], [...outputs]), '');
  lines.push(`Successfully created/updated stack - ${stackName} in ${region}`);
  return lines;
}

/** One line of the traffic shift's progress while the stack waits (the Lab prints it between the wait and the end). */
export function renderSamDeployProgress(deploymentId: string, percentOnTarget: number, targetVersion: string): string {
  return `CodeDeploy ${deploymentId}: ${percentOnTarget} % of traffic on version ${targetVersion}\n`;
}

/**
 * The end of a waiting `sam deploy`: the alias update and the stack's own status, then the success
 * line, or the SAM CLI's failed waiter (exit code 1) when the deployment failed or was stopped and
 * the stack update rolled back.
 */
export function renderSamDeployEnd(waiting: SamDeployWaiting, end: SamDeploymentEnd): CommandResult {
  const alias = waiting.aliasLogicalId ?? 'the alias';
  if (end.status === 'Succeeded') {
    const lines = [
      `CodeDeploy ${waiting.deploymentId}: Succeeded`,
      `UPDATE_COMPLETE  AWS::Lambda::Alias  ${alias}`,
      `UPDATE_COMPLETE  AWS::CloudFormation::Stack  ${waiting.stackName}`,
      '',
      ...successLines(waiting.stackName, waiting.region, waiting.outputs),
    ];
    return { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
  }
  const why = end.message ? `: ${end.message}` : '';
  const lines = [
    `CodeDeploy ${waiting.deploymentId}: ${end.status}${why}`,
    ...(end.rollbackDeploymentId
      ? [`CodeDeploy ${end.rollbackDeploymentId}: rollback, the alias is back on its previous version`]
      : []),
    `UPDATE_FAILED  AWS::Lambda::Alias  ${alias}  CodeDeploy deployment ${waiting.deploymentId} did not succeed`,
    `UPDATE_ROLLBACK_IN_PROGRESS  AWS::CloudFormation::Stack  ${waiting.stackName}`,
    `UPDATE_ROLLBACK_COMPLETE  AWS::CloudFormation::Stack  ${waiting.stackName}`,
    '',
  ];
  return {
    exitCode: 1,
    stdout: `${lines.join('\n')}\n`,
    stderr: `Error: Failed to create/update the stack: ${waiting.stackName}, Waiter StackUpdateComplete failed: Waiter encountered a terminal failure state: For expression "Stacks[].StackStatus" we matched expected path: "UPDATE_ROLLBACK_COMPLETE" at least once\n`,
  };
}

/**
 * A deploy that failed, in the SAM CLI's words: template and transform problems fail the change
 * set; a resource that CloudFormation could not create or update fails the stack.
 */
export function renderSamDeployError(error: unknown, stackName: string): CommandResult {
  const message = error instanceof Error ? error.message : String(error);
  const kind = (error as { kind?: string } | null)?.kind;
  let text: string;
  if (kind === 'transform')
    text = `Failed to create changeset for the stack: ${stackName}, ex: Waiter ChangeSetCreateComplete failed: Waiter encountered a terminal failure state: For expression "Status" we matched expected path: "FAILED" Status: FAILED. Reason: Transform AWS::Serverless-2016-10-31 failed with: Invalid Serverless Application Specification document. Number of errors found: 1. ${message}`;
  else if (kind === 'template' || kind === 'stack')
    text = `Failed to create changeset for the stack: ${stackName}, An error occurred (ValidationError) when calling the CreateChangeSet operation: ${message}`;
  else if (kind === 'resource') text = `Failed to create/update the stack: ${stackName}. ${message}`;
  else text = message;
  return { exitCode: 1, stdout: '', stderr: `Error: ${text}\n` };
}
