import type * as LabWorldParts from './labWorldParts';

/**
 * The next task of the page (a timer of 0 ms): scenario/pace.ts's yieldToPage, written again because
 * importing that module here put one more file on /lab's first paint (the build keeps it a chunk of its
 * own), and this module is in the Lab page's first chunk.
 */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Loads the code that builds the Lab's world (labWorldParts.ts) in three imports, one after another with
 * a task of the page between them: the YAML library, then the simulator, then the runtime and the
 * setups. An import compiles and runs only the modules that no earlier one did, so each step is its own
 * short task; loaded in one import, the whole graph (about 330 KB) was compiled and run in one task of
 * 38–48 ms at full CPU speed, a long task four times over at a phone's speed (issue 18, Total Blocking
 * Time). The order follows the imports: the simulator uses the YAML library, the runtime the simulator.
 */
export async function loadWorldCode(yieldNow: () => Promise<void> = nextTask): Promise<typeof LabWorldParts> {
  await import('yaml');
  await yieldNow();
  await import('../../sim');
  await yieldNow();
  return import('./labWorldParts');
}
