import type { World } from '../../../sim';

/**
 * The Lab's invoker follows what the template deploys (issue 14 item 7). In AWS, a SAM function's
 * event sources (an `Events: Api` entry) are wired to the alias AutoPublishAlias creates, so callers
 * get whatever version the alias points at and a canary on it is seen by real requests
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html,
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-autopublishalias).
 * The Lab does not model API Gateway resources, so after a `sam deploy` it plays that caller itself:
 * every alias that no traffic source calls yet, on a function nothing calls, gets API Gateway requests
 * at the Lab's rate. Returns the sentence the console prints for each, so nothing happens unsaid.
 */
export function routeTrafficToNewAliases(world: World, ratePerSecond: number): string[] {
  const sources = world.traffic.list();
  const called = new Set(sources.map((s) => s.target.split(':')[0]));
  const said: string[] = [];
  for (const fn of world.lambda.snapshot().functions) {
    if (called.has(fn.FunctionName)) continue;
    const alias = fn.aliases[0];
    if (!alias) continue;
    const target = `${fn.FunctionName}:${alias.Name}`;
    world.traffic.start({ source: 'ApiGateway', target, ratePerSecond });
    said.push(
      `Lab: API Gateway now sends ${ratePerSecond} requests a second to ${target}, as the function's API event would: a canary on ${alias.Name} is seen by real requests.`,
    );
  }
  return said;
}
