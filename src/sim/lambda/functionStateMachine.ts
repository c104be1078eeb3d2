import { setup } from 'xstate';

/**
 * The lifecycle of a function's `$LATEST`: `State` (Pending → Active) and, once Active,
 * `LastUpdateStatus` (Successful ⇄ InProgress).
 * https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html
 *
 * - After CreateFunction the function is Pending while Lambda prepares it; invocations and other
 *   operations on it fail until it is Active.
 * - UpdateFunctionCode / UpdateFunctionConfiguration put it InProgress; until the update completes,
 *   another update or PublishVersion is refused (ResourceConflictException), while invocations
 *   keep being served.
 * - The RevisionId changes again when creation or an update completes (recorded AWS responses).
 *
 * The machine decides (it alone says whether an update may start); the service supplies the
 * effects of completion with `.provide()`. Run it with `createActor(…, { clock: ctx.scheduler })`
 * so that its delays follow simulated time.
 */
export interface FunctionStateInput {
  /** How long the function stays Pending after CreateFunction. */
  creationMs: number;
  /** How long an update stays InProgress. */
  updateMs: number;
}

/**
 * AWS states no duration. Without a VPC or file system there is nothing slow to configure, and
 * pipelines see the Pending/InProgress window last a few seconds (the API reference says only that
 * a VPC-connected function's update "can take a minute":
 * https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html). Our choice:
 * 5 s to become Active, 3 s for an update — long enough that a script which publishes right after
 * updating hits the conflict, short enough that a waiter polling every second sees it end soon.
 */
export const FUNCTION_STATE_TIMING: FunctionStateInput = { creationMs: 5_000, updateMs: 3_000 };

export type FunctionStateEvent = { type: 'UPDATE' };

export const functionStateMachine = setup({
  types: {
    context: {} as FunctionStateInput,
    input: {} as FunctionStateInput,
    events: {} as FunctionStateEvent,
  },
  delays: {
    creation: ({ context }) => context.creationMs,
    update: ({ context }) => context.updateMs,
  },
  actions: {
    /** Supplied by the service: new RevisionId, event-log entry. */
    becameActive: () => {},
    /** Supplied by the service: new RevisionId, event-log entry. */
    updateCompleted: () => {},
  },
}).createMachine({
  id: 'functionState',
  context: ({ input }) => input,
  initial: 'Pending',
  states: {
    Pending: {
      after: { creation: { target: 'Active', actions: 'becameActive' } },
    },
    Active: {
      initial: 'Successful',
      states: {
        Successful: {
          on: { UPDATE: 'InProgress' },
        },
        InProgress: {
          after: { update: { target: 'Successful', actions: 'updateCompleted' } },
        },
      },
    },
  },
});

/** The two fields the API reports, read from a snapshot's value. */
export function reportedState(value: unknown): {
  State: 'Pending' | 'Active';
  LastUpdateStatus?: 'InProgress' | 'Successful';
} {
  if (value === 'Pending') return { State: 'Pending' };
  const inner = (value as { Active?: string }).Active;
  return { State: 'Active', LastUpdateStatus: inner === 'InProgress' ? 'InProgress' : 'Successful' };
}
