/**
 * The command table's vocabulary: a tiny subset of the AWS service model (botocore shapes) —
 * just enough to parse shorthand, JSON and scalars into the SDK v3 input shapes and to print help.
 */
export type Shape =
  | { type: 'string'; enum?: readonly string[] }
  | { type: 'integer' }
  | { type: 'double' }
  | { type: 'boolean' }
  /** Bytes; on the command line a blob is base64 text unless --cli-binary-format raw-in-base64-out. */
  | { type: 'blob' }
  | { type: 'timestamp' }
  | { type: 'list'; member: Shape }
  | { type: 'map'; value: Shape }
  | { type: 'structure'; members: Readonly<Record<string, Shape>> };

export interface ParamSpec {
  /** The API member name (PascalCase for Lambda and CloudWatch, camelCase for CodeDeploy). */
  member: string;
  /** `--kebab-case` name the AWS CLI shows; derived from `member` unless given. */
  cliName?: string;
  shape: Shape;
  required?: boolean;
  description: string;
  /**
   * Where the value goes in the API input when it is not the top-level member of the same name
   * (the CLI's `--zip-file` on create-function lands in `Code.ZipFile`).
   */
  target?: readonly string[];
  /** A positional argument rather than a `--flag` (invoke's `outfile`). Never sent to the service. */
  positional?: boolean;
}

export interface CommandSpec {
  /** The CLI verb, e.g. `update-alias`. */
  name: string;
  /** The API operation, e.g. `UpdateAlias` (the world method is its lowerCamelCase). */
  operation: string;
  description: string;
  params: readonly ParamSpec[];
  /**
   * For operations the AWS CLI paginates: the list members it merges across pages. Such commands
   * hide the API's page token and take the CLI's --max-items / --starting-token / --page-size.
   */
  paginated?: readonly string[];
  /** One example in the style of the AWS CLI reference page for this command. */
  example: string;
}

export interface ServiceSpec {
  /** The CLI service name: `lambda`, `deploy`, `cloudwatch`. */
  name: string;
  /** The world property that serves it. */
  worldKey: 'lambda' | 'codedeploy' | 'cloudwatch';
  description: string;
  commands: readonly CommandSpec[];
}
