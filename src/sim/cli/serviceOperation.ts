import type { World } from '../world';
import type { ServiceSpec } from './catalog/types';
import { methodName } from './catalog/index';

/**
 * The world's method for one AWS operation of a service (Lambda's GetFunction → world.lambda.getFunction), called
 * on its service; undefined when the simulator does not model that operation.
 */
export function serviceOperation(
  world: World,
  service: ServiceSpec,
  operation: string,
): ((input: unknown) => unknown) | undefined {
  const api: object = world[service.worldKey];
  const method: unknown = Reflect.get(api, methodName(operation));
  return typeof method === 'function' ? (input) => method.call(api, input) as unknown : undefined;
}
