import type { World } from '../world';

/**
 * What a pipeline step does between "create or update the function" and the next change: poll
 * GetFunction until `State` is Active and `LastUpdateStatus` is Successful, letting simulated time
 * pass between polls — the SDK waiters FunctionActiveV2 and FunctionUpdatedV2 (one poll a second,
 * at most 300: https://docs.aws.amazon.com/cli/latest/reference/lambda/wait/function-updated-v2.html).
 * CloudFormation's Lambda handler waits the same way before it reports a function resource done.
 * For code that drives the world directly (SAM's resource handlers, the Lab's prepared worlds,
 * question checks); console users run `aws lambda wait …` instead.
 */
export function waitUntilFunctionReady(world: Pick<World, 'lambda' | 'advance'>, functionName: string): void {
  for (let attempt = 1; attempt <= 300; attempt++) {
    const c = world.lambda.getFunction({ FunctionName: functionName }).Configuration as {
      State?: string;
      LastUpdateStatus?: string;
    };
    if (c.State === 'Active' && c.LastUpdateStatus === 'Successful') return;
    world.advance(1000);
  }
  throw new Error(`Function ${functionName} did not become Active with a Successful last update within 300 s`);
}
