/**
 * The console's parts that need the simulator's code. Console.svelte loads this module on its own, so the
 * console is drawn and takes input before the simulator has loaded (issue 18); lines typed meanwhile wait
 * in its CommandQueue (commandQueue.ts).
 */
export { complete } from '../../../sim/cli';
export { runLine } from './session';
export { followSamDeploy } from './samWait';
export { routeTrafficToNewAliases } from './templateTraffic';
