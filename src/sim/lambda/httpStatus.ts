/**
 * The HTTP status of a successful Lambda response, as the AWS SDK v3 reports it in
 * `$metadata.httpStatusCode`: 201 for CreateFunction, PublishVersion and CreateAlias, 202 for
 * PutProvisionedConcurrencyConfig and asynchronous Invoke, 204 for a DryRun Invoke
 * (each operation's "Response Syntax" in https://docs.aws.amazon.com/lambda/latest/api/API_Operations.html).
 *
 * Our choice: `$metadata` is not enumerable, so it stays out of JSON, the console's output (which
 * the CLI also prints without it) and structural comparisons of configurations, while
 * `response.$metadata.httpStatusCode` reads as it does with the SDK.
 */
export function withStatus<T extends object>(response: T, httpStatusCode = 200): T {
  Object.defineProperty(response, '$metadata', { value: { httpStatusCode }, enumerable: false });
  return response;
}
