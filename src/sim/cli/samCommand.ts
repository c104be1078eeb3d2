import type { World } from '../world';

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
  resourceType?: string;
}

/** What the SAM engineer's `deploySam` returns; only these members are read here. */
export interface SamDeployResult {
  changes?: readonly SamChange[];
  changeSet?: readonly SamChange[];
  deploymentId?: string;
}

/** The call-out to src/sim/sam: register it with `setSamDeployer` (see sam.ts). */
export type SamDeployer = (world: World, templateText: string, options: SamDeployOptions) => SamDeployResult | Promise<SamDeployResult>;

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
export function parseSamDeploy(words: readonly string[], files: { readText(path: string): string | undefined; exists(path: string): boolean }): SamDeployOptions {
  const options: Partial<SamDeployOptions> = { failOnEmptyChangeset: true, confirmChangeset: false, capabilities: [], parameterOverrides: {} };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === '--guided' || word === '-g') throw new SamUsageError('--guided asks questions interactively, which this console cannot do: pass --stack-name instead.');
    if (word in FLAGS) {
      Object.assign(options, FLAGS[word]);
      continue;
    }
    const key = VALUE_OPTIONS[word];
    if (!key) throw new SamUsageError(`No such option: ${word}`);
    const values: string[] = [];
    while (i + 1 < words.length && !words[i + 1].startsWith('-')) {
      values.push(words[++i]);
      if (!MULTI.has(word)) break;
    }
    if (values.length === 0) throw new SamUsageError(`Option '${word}' requires an argument.`);
    if (key === 'templateFile' || key === 'stackName') options[key] = values[0];
    else if (key === 'capabilities') options.capabilities = values.flatMap((v) => v.split(/[\s,]+/).filter(Boolean));
    else if (key === 'parameterOverrides') options.parameterOverrides = parseParameterOverrides(values);
  }
  options.templateFile ??= ['template.yaml', 'template.yml', 'template.json'].find((f) => files.exists(f)) ?? 'template.yaml';
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
      out[cfn[1]] = cfn[2];
      continue;
    }
    const eq = v.indexOf('=');
    if (eq <= 0) throw new SamUsageError(`Invalid value for '--parameter-overrides': ${v} is not in valid format. It must look like 'Key1=Value1 Key2=Value2'`);
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
