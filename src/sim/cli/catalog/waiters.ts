/**
 * The waiters `aws <service> wait <name>` offers, as data: the API operation polled, the delay
 * between polls and the number of polls, and the acceptors that decide success, failure or
 * another poll. Values are the AWS service models' waiter definitions (botocore's
 * `waiters-2.json`), as the CLI reference pages state them, e.g.
 * https://docs.aws.amazon.com/cli/latest/reference/lambda/wait/function-updated-v2.html
 * ("poll every 1 seconds … exit with a return code of 255 after 300 failed checks") and
 * https://docs.aws.amazon.com/cli/latest/reference/deploy/wait/deployment-successful.html
 * (every 15 seconds, 120 checks).
 */
export interface Acceptor {
  state: 'success' | 'failure' | 'retry';
  /** `path`: a JMESPath expression equals `expected`; `status`: the HTTP status; `error`: the error code. */
  matcher: 'path' | 'status' | 'error';
  argument?: string;
  expected: string | number;
}

export interface WaiterSpec {
  /** The CLI name, e.g. `function-updated-v2`. */
  name: string;
  /** The model's name, used in the failure message ("Waiter FunctionUpdatedV2 failed: …"). */
  waiterName: string;
  /** The API operation polled (its CLI command supplies the parameters). */
  operation: string;
  /** Seconds between polls. */
  delay: number;
  maxAttempts: number;
  acceptors: readonly Acceptor[];
  description: string;
}

const path = (state: Acceptor['state'], argument: string, expected: string): Acceptor => ({
  state,
  matcher: 'path',
  argument,
  expected,
});

/** "Poll until `argument` is `success`; stop on `failure`; poll again on `retry`", the shape of most waiters. */
const until = (argument: string, success: string, failure: string, retry: string): Acceptor[] => [
  path('success', argument, success),
  path('failure', argument, failure),
  path('retry', argument, retry),
];

/** The model's name is the CLI name in PascalCase (function-updated-v2 → FunctionUpdatedV2). */
const modelName = (cliName: string) =>
  cliName
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/** One waiter: poll `operation` every `delay` s, at most `maxAttempts` times, until an acceptor decides. */
const waiter = (
  name: string,
  operation: string,
  delay: number,
  maxAttempts: number,
  acceptors: readonly Acceptor[],
  description: string,
): WaiterSpec => ({ name, waiterName: modelName(name), operation, delay, maxAttempts, acceptors, description });

/** https://docs.aws.amazon.com/cli/latest/reference/lambda/wait/index.html */
const lambdaWaiters: readonly WaiterSpec[] = [
  waiter(
    'function-active',
    'GetFunctionConfiguration',
    5,
    60,
    until('State', 'Active', 'Failed', 'Pending'),
    "Waits for the function's State to be Active (polls get-function-configuration every 5 s).",
  ),
  waiter(
    'function-active-v2',
    'GetFunction',
    1,
    300,
    until('Configuration.State', 'Active', 'Failed', 'Pending'),
    "Waits for the function's State to be Active after it is created (polls get-function every 1 s).",
  ),
  waiter(
    'function-exists',
    'GetFunction',
    1,
    20,
    [
      { state: 'success', matcher: 'status', expected: 200 },
      { state: 'retry', matcher: 'error', expected: 'ResourceNotFoundException' },
    ],
    'Waits until get-function finds the function (polls every 1 s).',
  ),
  waiter(
    'function-updated',
    'GetFunctionConfiguration',
    5,
    60,
    until('LastUpdateStatus', 'Successful', 'Failed', 'InProgress'),
    "Waits for the function's LastUpdateStatus to be Successful (polls get-function-configuration every 5 s).",
  ),
  waiter(
    'function-updated-v2',
    'GetFunction',
    1,
    300,
    until('Configuration.LastUpdateStatus', 'Successful', 'Failed', 'InProgress'),
    "Waits for the function's LastUpdateStatus to be Successful after a code or configuration update (polls get-function every 1 s).",
  ),
  waiter(
    'published-version-active',
    'GetFunctionConfiguration',
    5,
    312,
    until('State', 'Active', 'Failed', 'Pending'),
    "Waits for a published version's State to be Active (polls get-function-configuration every 5 s).",
  ),
];

/** https://docs.aws.amazon.com/cli/latest/reference/deploy/wait/index.html */
const codedeployWaiters: readonly WaiterSpec[] = [
  waiter(
    'deployment-successful',
    'GetDeployment',
    15,
    120,
    [
      path('success', 'deploymentInfo.status', 'Succeeded'),
      path('failure', 'deploymentInfo.status', 'Failed'),
      path('failure', 'deploymentInfo.status', 'Stopped'),
    ],
    "Waits until get-deployment reports the deployment's status as Succeeded (polls every 15 s).",
  ),
];

export const waitersFor = (service: string): readonly WaiterSpec[] =>
  service === 'lambda' ? lambdaWaiters : service === 'deploy' ? codedeployWaiters : [];
