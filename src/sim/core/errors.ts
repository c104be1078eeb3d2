/**
 * AWS-shaped errors: `name` is the AWS exception name, `message` the AWS message (exact where
 * recorded), `$metadata.httpStatusCode` the HTTP status — as the AWS SDK v3 throws.
 */
export class AwsError extends Error {
  readonly $metadata: { httpStatusCode: number };
  readonly $fault: 'client' | 'server';
  /** Extra fields some exceptions carry (e.g. TooManyRequestsException.Reason). */
  readonly details: Record<string, unknown>;

  constructor(name: string, message: string, httpStatusCode = 400, details: Record<string, unknown> = {}) {
    super(message);
    this.name = name;
    this.$metadata = { httpStatusCode };
    this.$fault = httpStatusCode >= 500 ? 'server' : 'client';
    this.details = details;
  }
}

export const isAwsError = (e: unknown): e is AwsError => e instanceof AwsError;

export const awsError = (
  name: string,
  message: string,
  httpStatusCode = 400,
  details?: Record<string, unknown>,
): AwsError => new AwsError(name, message, httpStatusCode, details);
