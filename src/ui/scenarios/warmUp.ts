import { createActor, setup } from 'xstate';
import { sha256Base64 } from '../../sim/core/hash';

/**
 * The simulator's first uses of xstate's interpreter and of SHA-256, each on its own and in a task of
 * its own, before the set-up's first command. That command (create-function) starts the world's first
 * actor and hashes its first code: on a phone 4x slower than a desktop, compiling that code on first
 * use made it one task of over 100 ms (issue 18, Lighthouse TBT). Nothing here touches a world.
 */
export const warmUps: ReadonlyArray<() => void> = [
  () => {
    const machine = setup({}).createMachine({
      initial: 'idle',
      states: { idle: { on: { GO: 'done' } }, done: { type: 'final' } },
    });
    const actor = createActor(machine).start();
    actor.send({ type: 'GO' });
    actor.stop();
  },
  () => void sha256Base64('{}'),
];
