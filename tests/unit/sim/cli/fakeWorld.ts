import type { World } from '../../../../src/sim/world';
import { Workspace } from '../../../../src/sim/core/workspace';
import { AwsError } from '../../../../src/sim/core/errors';

/**
 * A stand-in World for parsing and formatting tests: it records every call and answers from
 * canned handlers, and its snapshot is the list of calls that succeeded plus the workspace.
 */
export interface FakeWorld {
  world: World;
  calls: Array<{ service: string; method: string; input: unknown }>;
}

type Handler = (input: Record<string, unknown>) => unknown;

export function createFakeWorld(handlers: Record<string, Record<string, Handler>> = {}): FakeWorld {
  const calls: FakeWorld['calls'] = [];
  const workspace = new Workspace();
  const service = (name: string) =>
    new Proxy(
      {},
      {
        get(_t, method: string) {
          const handler = handlers[name]?.[method];
          if (!handler) return undefined;
          return (input: Record<string, unknown>) => {
            const result = handler(input);
            calls.push({ service: name, method, input });
            return result;
          };
        },
      },
    );
  const world = {
    seed: 1,
    region: 'us-east-1',
    accountId: '123456789012',
    lambda: service('lambda'),
    codedeploy: service('codedeploy'),
    cloudwatch: service('cloudwatch'),
    workspace,
    clock: { now: () => 0 },
    snapshot: () => ({ calls: calls.map((c) => ({ ...c })), workspace: workspace.snapshot() }),
  } as unknown as World;
  return { world, calls };
}

export const notFound = (message: string) => () => {
  throw new AwsError('ResourceNotFoundException', message, 404);
};
