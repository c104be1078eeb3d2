/**
 * What the Lab page needs once its heading is on screen: the runtime, the simulator (through the default
 * world's setup), the workspace and its Deploy tab. The page imports this module dynamically, so the
 * heading and intro paint as soon as the page's own small chunk arrives instead of after the simulator
 * and every view have loaded (issue 18, Lighthouse LCP).
 */
export { LabRuntime } from './labRuntime.svelte';
export { defaultSetupSliced } from './defaultSetup';
export { default as LabWorkspace } from './LabWorkspace.svelte';
export { default as DeployPanel } from './components/DeployPanel.svelte';
export { scenarioWorldSetup } from '../../scenario/labLoader';
export { yieldToPage } from '../../scenario/pace';
