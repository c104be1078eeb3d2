/**
 * The AWS CLI's shorthand syntax, parsed into plain strings, lists and maps; the parameter's shape
 * then gives the values their types (see coerce.ts). Grammar, as the AWS CLI user guide describes it
 * (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html):
 *   key=value,key2=value2          a structure or map
 *   key=a,b,c                      a list (an implicit list runs until the next `key=`)
 *   key=[a,b] / key={k=v,k2=v2}    explicit lists and nested structures
 *   key='a,b' / key="a=b"          quoted values keep commas, equals signs and brackets
 *   key@=file://path               the value is read from a file (AWS CLI v2)
 */
export type RawValue = string | RawValue[] | RawMap;
export interface RawMap {
  [key: string]: RawValue;
}

export class ShorthandError extends Error {
  constructor(
    readonly expected: string,
    readonly received: string,
    readonly input: string,
    readonly position: number,
  ) {
    // Worded like awscli's ShorthandParseSyntaxError, with a caret under the failing character.
    super(`Expected: '${expected}', received: '${received}' for input:\n${input}\n${' '.repeat(position)}^`);
    this.name = 'ShorthandError';
  }
}

const KEY_CHAR = /[A-Za-z0-9_.#/:-]/;
const LOOKS_LIKE_KEY = /^[A-Za-z0-9_.#/:-]+@?=/;

export interface ShorthandOptions {
  /** Reads `key@=file://…` values; without it `@=` is a syntax error. */
  readFile?: (uri: string) => string;
}

export function parseShorthand(input: string, options: ShorthandOptions = {}): RawMap {
  return new Parser(input, options).parseTopLevel();
}

/** A comma-separated list of scalars (`a,b,'c,d'`), for list parameters given as one word. */
export function parseShorthandList(input: string): string[] {
  return new Parser(input, {}).parseCsvList();
}

class Parser {
  private i = 0;
  constructor(
    private readonly input: string,
    private readonly options: ShorthandOptions,
  ) {}

  parseTopLevel(): RawMap {
    const result = this.parseKeyValues(undefined);
    if (this.i < this.input.length) this.fail(',', this.input.charAt(this.i));
    return result;
  }

  parseCsvList(): string[] {
    const values = [this.parseScalar(',')];
    while (this.peek() === ',') {
      this.i++;
      values.push(this.parseScalar(','));
    }
    if (this.i < this.input.length) this.fail(',', this.input.charAt(this.i));
    return values;
  }

  private parseKeyValues(closing: '}' | undefined): RawMap {
    const result: RawMap = {};
    for (;;) {
      this.skipSpaces();
      const keyStart = this.i;
      while (this.i < this.input.length && KEY_CHAR.test(this.input.charAt(this.i))) this.i++;
      const key = this.input.slice(keyStart, this.i);
      if (!key) this.fail('key', this.describeHere());
      let fromFile = false;
      if (this.peek() === '@') {
        fromFile = true;
        this.i++;
      }
      if (this.peek() !== '=') this.fail('=', this.describeHere());
      this.i++;
      let value = this.parseValues(closing);
      if (fromFile) value = this.loadFile(value);
      result[key] = value;
      if (this.peek() === ',') {
        this.i++;
        continue;
      }
      return result;
    }
  }

  private parseValues(closing: '}' | ']' | undefined): RawValue {
    this.skipSpaces();
    const c = this.peek();
    if (c === '[') return this.parseExplicitList();
    if (c === '{') return this.parseHash();
    const stops = ',' + (closing ?? '');
    const first = this.parseScalar(stops);
    const values: string[] = [first];
    // An implicit list: `events=DEPLOYMENT_FAILURE,DEPLOYMENT_STOP_ON_ALARM` runs on until a
    // word that looks like the next `key=`.
    while (this.peek() === ',' && !LOOKS_LIKE_KEY.test(this.input.slice(this.i + 1).trimStart())) {
      this.i++;
      values.push(this.parseScalar(stops));
    }
    return values.length === 1 ? first : values;
  }

  private parseExplicitList(): RawValue[] {
    this.i++; // [
    const items: RawValue[] = [];
    this.skipSpaces();
    if (this.peek() === ']') {
      this.i++;
      return items;
    }
    for (;;) {
      this.skipSpaces();
      const c = this.peek();
      if (c === '{') items.push(this.parseHash());
      else if (c === '[') items.push(this.parseExplicitList());
      else items.push(this.parseScalar(',]'));
      this.skipSpaces();
      const next = this.peek();
      if (next === ',') {
        this.i++;
        continue;
      }
      if (next === ']') {
        this.i++;
        return items;
      }
      this.fail(']', this.describeHere());
    }
  }

  private parseHash(): RawMap {
    this.i++; // {
    this.skipSpaces();
    if (this.peek() === '}') {
      this.i++;
      return {};
    }
    const result = this.parseKeyValues('}');
    this.skipSpaces();
    if (this.peek() !== '}') this.fail('}', this.describeHere());
    this.i++;
    return result;
  }

  /** A quoted or bare value; bare values end at one of `stops` (or at a bracket that closes). */
  private parseScalar(stops: string): string {
    this.skipSpaces();
    const c = this.peek();
    if (c === "'" || c === '"') return this.parseQuoted(c);
    const start = this.i;
    while (this.i < this.input.length && !stops.includes(this.input.charAt(this.i))) this.i++;
    return this.input.slice(start, this.i).trim();
  }

  private parseQuoted(quote: string): string {
    const start = this.i;
    this.i++;
    let out = '';
    while (this.i < this.input.length && this.input.charAt(this.i) !== quote) {
      if (this.input.charAt(this.i) === '\\' && this.input[this.i + 1] === quote) this.i++;
      out += this.input.charAt(this.i);
      this.i++;
    }
    if (this.i >= this.input.length) {
      this.i = start;
      this.fail(quote, 'EOF');
    }
    this.i++;
    this.skipSpaces();
    return out;
  }

  private loadFile(value: RawValue): string {
    if (typeof value !== 'string' || !/^fileb?:\/\//.test(value))
      this.fail('file:// or fileb://', typeof value === 'string' ? value : 'a list or structure');
    if (!this.options.readFile) this.fail('=', '@');
    return this.options.readFile(value);
  }

  private peek(): string | undefined {
    return this.input.charAt(this.i);
  }

  private skipSpaces(): void {
    while (this.i < this.input.length && /\s/.test(this.input.charAt(this.i))) this.i++;
  }

  private describeHere(): string {
    return this.i >= this.input.length ? 'EOF' : this.input.charAt(this.i);
  }

  private fail(expected: string, received: string): never {
    throw new ShorthandError(expected, received, this.input, this.i);
  }
}
