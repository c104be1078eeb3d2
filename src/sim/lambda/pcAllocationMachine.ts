import { setup } from 'xstate';

/**
 * Allocation of one provisioned-concurrency configuration: IN_PROGRESS → READY | FAILED
 * (Status values of https://docs.aws.amazon.com/lambda/latest/api/API_GetProvisionedConcurrencyConfig.html).
 * Run it with `createActor(pcAllocationMachine, { clock: ctx.scheduler, input })` so the delay
 * follows simulated time.
 */
export interface PcAllocationInput {
  /** Preparation plus allocation time, drawn from the world's seeded RNG by the caller. */
  allocationMs: number;
  /** The version's init cannot finish within the PC init limit, so allocation fails. */
  initFails: boolean;
}

export const pcAllocationMachine = setup({
  types: {
    context: {} as PcAllocationInput,
    input: {} as PcAllocationInput,
  },
  delays: {
    allocationTime: ({ context }) => context.allocationMs,
  },
  guards: {
    initFails: ({ context }) => context.initFails,
  },
}).createMachine({
  id: 'pcAllocation',
  context: ({ input }) => input,
  initial: 'IN_PROGRESS',
  states: {
    IN_PROGRESS: {
      after: {
        allocationTime: [{ guard: 'initFails', target: 'FAILED' }, { target: 'READY' }],
      },
    },
    READY: { type: 'final' },
    FAILED: { type: 'final' },
  },
});
