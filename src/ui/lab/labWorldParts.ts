/**
 * The first of the two parts the Lab page loads once its heading, workspace layout and console are on
 * screen: what builds the world (the runtime, the simulator, the default world's and the scenarios'
 * setups). The views come in a second part (labViewParts.ts), loaded after this one has run: each
 * part's modules are evaluated in tasks of their own (this one's in three steps: loadWorldCode.ts),
 * where one import of both was a single task of 38–48 ms at full CPU speed, too long at a phone's speed
 * (issue 18, Total Blocking Time).
 */
export { LabRuntime } from './labRuntime.svelte';
export { defaultSetupSliced } from './defaultSetup';
export { scenarioWorldSetup } from '../../scenario/labLoader';
export { yieldToPage } from '../../scenario/pace';
