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

/** https://docs.aws.amazon.com/cli/latest/reference/lambda/wait/index.html */
export const lambdaWaiters: readonly WaiterSpec[] = [
  {
    name: 'function-active',
    waiterName: 'FunctionActive',
    operation: 'GetFunctionConfiguration',
    delay: 5,
    maxAttempts: 60,
    acceptors: [
      path('success', 'State', 'Active'),
      path('failure', 'State', 'Failed'),
      path('retry', 'State', 'Pending'),
    ],
    description: "Waits for the function's State to be Active (polls get-function-configuration every 5 s).",
  },
  {
    name: 'function-active-v2',
    waiterName: 'FunctionActiveV2',
    operation: 'GetFunction',
    delay: 1,
    maxAttempts: 300,
    acceptors: [
      path('success', 'Configuration.State', 'Active'),
      path('failure', 'Configuration.State', 'Failed'),
      path('retry', 'Configuration.State', 'Pending'),
    ],
    description: "Waits for the function's State to be Active after it is created (polls get-function every 1 s).",
  },
  {
    name: 'function-exists',
    waiterName: 'FunctionExists',
    operation: 'GetFunction',
    delay: 1,
    maxAttempts: 20,
    acceptors: [
      { state: 'success', matcher: 'status', expected: 200 },
      { state: 'retry', matcher: 'error', expected: 'ResourceNotFoundException' },
    ],
    description: 'Waits until get-function finds the function (polls every 1 s).',
  },
  {
    name: 'function-updated',
    waiterName: 'FunctionUpdated',
    operation: 'GetFunctionConfiguration',
    delay: 5,
    maxAttempts: 60,
    acceptors: [
      path('success', 'LastUpdateStatus', 'Successful'),
      path('failure', 'LastUpdateStatus', 'Failed'),
      path('retry', 'LastUpdateStatus', 'InProgress'),
    ],
    description:
      "Waits for the function's LastUpdateStatus to be Successful (polls get-function-configuration every 5 s).",
  },
  {
    name: 'function-updated-v2',
    waiterName: 'FunctionUpdatedV2',
    operation: 'GetFunction',
    delay: 1,
    maxAttempts: 300,
    acceptors: [
      path('success', 'Configuration.LastUpdateStatus', 'Successful'),
      path('failure', 'Configuration.LastUpdateStatus', 'Failed'),
      path('retry', 'Configuration.LastUpdateStatus', 'InProgress'),
    ],
    description:
      "Waits for the function's LastUpdateStatus to be Successful after a code or configuration update (polls get-function every 1 s).",
  },
  {
    name: 'published-version-active',
    waiterName: 'PublishedVersionActive',
    operation: 'GetFunctionConfiguration',
    delay: 5,
    maxAttempts: 312,
    acceptors: [
      path('success', 'State', 'Active'),
      path('failure', 'State', 'Failed'),
      path('retry', 'State', 'Pending'),
    ],
    description: "Waits for a published version's State to be Active (polls get-function-configuration every 5 s).",
  },
];

/** https://docs.aws.amazon.com/cli/latest/reference/deploy/wait/index.html */
export const codedeployWaiters: readonly WaiterSpec[] = [
  {
    name: 'deployment-successful',
    waiterName: 'DeploymentSuccessful',
    operation: 'GetDeployment',
    delay: 15,
    maxAttempts: 120,
    acceptors: [
      path('success', 'deploymentInfo.status', 'Succeeded'),
      path('failure', 'deploymentInfo.status', 'Failed'),
      path('failure', 'deploymentInfo.status', 'Stopped'),
    ],
    description: "Waits until get-deployment reports the deployment's status as Succeeded (polls every 15 s).",
  },
];

export const waitersFor = (service: string): readonly WaiterSpec[] =>
  service === 'lambda' ? lambdaWaiters : service === 'deploy' ? codedeployWaiters : [];
