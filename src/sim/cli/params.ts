import { parse as parseYaml } from 'yaml';
import type { CommandSpec, ParamSpec, Shape } from './catalog/types';
import { cliName } from './catalog/index';
import { argparseError, paramError, unknownOptionsError, validationError } from './errors';
import { parseShorthand, parseShorthandList, ShorthandError, type RawValue } from './shorthand';
import { coerce, isPlainObject, type CoerceContext } from './coerce';
import { textToBlob, type BinaryFormat } from './blob';
import type { FileContent } from '../core/workspace';
import { isBytes } from './bytes';

/** What the parameters read from: the world's workspace (for file:// and fileb://). */
export interface FileSource {
  read(path: string): FileContent | undefined;
}

export interface ParsedArguments {
  /** The API input, AWS-shaped. */
  input: Record<string, unknown>;
  /** Positional arguments (invoke's outfile), by member name. */
  positionals: Record<string, string>;
}

export interface ParseOptions {
  files: FileSource;
  binaryFormat: BinaryFormat;
}

/** The CLI's own parameters that every generated command has. */
const CLI_INPUT_JSON = '--cli-input-json';
const CLI_INPUT_YAML = '--cli-input-yaml';

/**
 * Reads a command's words into the API input: flags by their CLI names, `--no-` for booleans,
 * shorthand or JSON for structures, lists of words, `file://` and `fileb://`, `--cli-input-json`
 * or `--cli-input-yaml` merged under explicit flags — and then checks required parameters, as the AWS CLI does.
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters.html
 */
export function parseArguments(command: CommandSpec, words: readonly string[], options: ParseOptions): ParsedArguments {
  const byFlag = new Map<string, ParamSpec>();
  for (const p of command.params) if (!p.positional) byFlag.set(cliName(p), p);
  const positionalSpecs = command.params.filter((p) => p.positional);

  const given = new Map<ParamSpec, string[] | boolean>();
  const positionals: Record<string, string> = {};
  const unknown: string[] = [];
  let cliInput: { flag: string; text: string } | undefined;

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!; // i < words.length
    if (word.startsWith('--')) {
      const [flag, inline] = splitInline(word);
      if (flag === CLI_INPUT_JSON || flag === CLI_INPUT_YAML) {
        const values = inline !== undefined ? [inline] : takeValues(words, i, 'one');
        if (values.length === 0) throw argparseError(`argument ${flag}: expected one argument`);
        i += inline !== undefined ? 0 : values.length;
        cliInput = { flag, text: values[0]! }; // not empty: checked just above
        continue;
      }
      const negated = flag.startsWith('--no-') ? byFlag.get(`--${flag.slice(5)}`) : undefined;
      if (negated && negated.shape.type === 'boolean') {
        given.set(negated, false);
        continue;
      }
      const spec = byFlag.get(flag);
      if (!spec) {
        unknown.push(word);
        // The unknown flag's values are unknown too, as argparse reports them.
        while (i + 1 < words.length && !words[i + 1]!.startsWith('--')) unknown.push(words[++i]!);
        continue;
      }
      if (spec.shape.type === 'boolean') {
        given.set(spec, true);
        continue;
      }
      const many = spec.shape.type === 'list';
      const values = inline !== undefined ? [inline] : takeValues(words, i, many ? 'many' : 'one');
      if (values.length === 0)
        throw argparseError(`argument ${flag}: expected ${many ? 'at least one argument' : 'one argument'}`);
      if (inline === undefined) i += values.length;
      given.set(spec, values);
      continue;
    }
    const slot = positionalSpecs.find((p) => !(p.member in positionals));
    if (slot) positionals[slot.member] = word;
    else unknown.push(word);
  }

  const missing = command.params.filter(
    (p) => p.required && (p.positional ? !(p.member in positionals) : !given.has(p)),
  );
  const missingFlags = cliInput === undefined ? missing : missing.filter((p) => p.positional);
  if (missingFlags.length > 0)
    throw argparseError(`the following arguments are required: ${missingFlags.map(cliName).join(', ')}`);
  if (unknown.length > 0) throw unknownOptionsError(unknown);

  const problems: string[] = [];
  const ctx: CoerceContext = { textToBlob: (t) => textToBlob(t, options.binaryFormat), problems };
  const input: Record<string, unknown> =
    cliInput === undefined ? {} : readCliInput(command, cliInput.flag, cliInput.text, options, ctx);

  for (const [spec, values] of given) {
    const value = typeof values === 'boolean' ? values : toValue(spec, values, options, ctx);
    setPath(input, spec.target ?? [spec.member], value);
  }
  if (cliInput !== undefined) {
    for (const p of missing)
      if (!p.positional && getPath(input, p.target ?? [p.member]) === undefined)
        problems.push(`Missing required parameter in input: "${p.member}"`);
  }
  if (problems.length > 0) throw validationError(problems);
  return { input: stripUndefined(input) as Record<string, unknown>, positionals };
}

function splitInline(word: string): [string, string | undefined] {
  const eq = word.indexOf('=');
  return eq > 2 ? [word.slice(0, eq), word.slice(eq + 1)] : [word, undefined];
}

/** argparse: one value for a scalar or structure, every following non-flag word for a list. */
function takeValues(words: readonly string[], flagIndex: number, arity: 'one' | 'many'): string[] {
  const values: string[] = [];
  for (let j = flagIndex + 1; j < words.length && !words[j]!.startsWith('--'); j++) {
    values.push(words[j]!);
    if (arity === 'one') break;
  }
  return values;
}

function readCliInput(
  command: CommandSpec,
  flag: string,
  raw: string,
  options: ParseOptions,
  ctx: CoerceContext,
): Record<string, unknown> {
  const text = resolveFileText(flag, raw, options.files);
  const format = flag === CLI_INPUT_YAML ? 'YAML' : 'JSON';
  let parsed: unknown;
  try {
    parsed = format === 'YAML' ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw paramError(flag, `Invalid ${format} received.\n${(e as Error).message}`);
  }
  if (!isPlainObject(parsed))
    throw paramError(flag, `Invalid ${format} received: the input must be a mapping of parameter names to values.`);
  const members = command.params.filter((p) => !p.positional && !p.target);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    const spec = members.find((p) => p.member === key);
    if (!spec) {
      ctx.problems.push(
        `Unknown parameter in input: "${key}", must be one of: ${members.map((p) => p.member).join(', ')}`,
      );
      continue;
    }
    out[key] = coerce(value, spec.shape, key, ctx);
  }
  return out;
}

/** file:// is read as text, fileb:// as bytes; anything else is the value itself. */
function resolveFile(flag: string, word: string, files: FileSource): string | Uint8Array {
  const m = /^(fileb?):\/\/(.*)$/s.exec(word);
  if (!m) return word;
  const content = files.read(m[2]!); // the path group is required
  if (content === undefined)
    throw paramError(flag, `Unable to load paramfile ${word}: [Errno 2] No such file or directory: '${m[2]}'`);
  if (m[1] === 'fileb') return typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

function resolveFileText(flag: string, word: string, files: FileSource): string {
  const v = resolveFile(flag, word, files);
  return typeof v === 'string' ? v : new TextDecoder().decode(v);
}

function toValue(spec: ParamSpec, words: readonly string[], options: ParseOptions, ctx: CoerceContext): unknown {
  const flag = cliName(spec);
  const resolved = words.map((w) => resolveFile(flag, w, options.files));
  const path = spec.target ? spec.target.join('.') : spec.member;
  const shape = spec.shape;
  try {
    if (shape.type === 'list') return coerce(readList(shape, resolved, options), shape, path, ctx);
    const only = resolved[0]!; // a flag is given only with at least one value (checked when parsing)
    if (isBytes(only))
      return shape.type === 'blob' ? new Uint8Array(only) : coerce(new TextDecoder().decode(only), shape, path, ctx);
    if (shape.type === 'structure' || shape.type === 'map')
      return coerce(readStructured(only, options), shape, path, ctx);
    if (shape.type === 'integer' || shape.type === 'double') return readNumber(flag, shape, only);
    return coerce(only, shape, path, ctx);
  } catch (e) {
    if (e instanceof ShorthandError) throw paramError(flag, e.message);
    if (e instanceof SyntaxError)
      throw paramError(flag, `Invalid JSON:\n${e.message}\nJSON received: ${words.join(' ')}`);
    throw e;
  }
}

/** Scalars on the command line are converted as Python's int()/float() would, with their message. */
function readNumber(flag: string, shape: Shape, text: string): number {
  const t = text.trim();
  if (shape.type === 'integer') {
    if (!/^[-+]?\d+$/.test(t)) throw paramError(flag, `invalid literal for int() with base 10: '${text}'`);
    return Number.parseInt(t, 10);
  }
  const n = Number(t);
  if (t === '' || !Number.isFinite(n)) throw paramError(flag, `could not convert string to float: '${text}'`);
  return n;
}

const looksLikeJson = (text: string) => /^\s*[[{]/.test(text);

function readStructured(text: string, options: ParseOptions): unknown {
  if (looksLikeJson(text)) return JSON.parse(text);
  return parseShorthand(text, { readFile: (uri) => resolveFileText('shorthand', uri, options.files) });
}

function readList(
  shape: Extract<Shape, { type: 'list' }>,
  words: readonly (string | Uint8Array)[],
  options: ParseOptions,
): RawValue[] | unknown {
  const texts = words.map((w) => (typeof w === 'string' ? w : new TextDecoder().decode(w)));
  const single = texts.length === 1 ? texts[0]! : undefined;
  if (single !== undefined && /^\s*\[/.test(single)) {
    // `[a,b]` is JSON when it parses as JSON, otherwise a shorthand list of scalars.
    try {
      return JSON.parse(single);
    } catch (e) {
      if (shape.member.type === 'structure') throw e;
      return parseShorthandList(single.trim().replace(/^\[|\]$/g, ''));
    }
  }
  const member = shape.member;
  if (member.type === 'structure' || member.type === 'map') return texts.map((t) => readStructured(t, options));
  return texts.flatMap((t) => parseShorthandList(t));
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!isPlainObject(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value; // paths have at least one key
}

function getPath(source: Record<string, unknown>, path: readonly string[]): unknown {
  let node: unknown = source;
  for (const key of path) node = isPlainObject(node) ? node[key] : undefined;
  return node;
}

function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = stripUndefined(v);
  return out;
}
