/**
 * What the Lab page needs once its heading, workspace layout and console are on screen: the runtime, the
 * simulator (through the default world's setup), the workspace's views and callout, and its Deploy tab.
 * The page imports this module dynamically, so the heading, intro and console paint as soon as the page's
 * own small chunk arrives instead of after the simulator and every view have loaded (issue 18).
 */
export { LabRuntime } from './labRuntime.svelte';
export { defaultSetupSliced } from './defaultSetup';
export { default as LabView } from './LabView.svelte';
export { default as MomentCallout } from './components/MomentCallout.svelte';
export { default as DeployPanel } from './components/DeployPanel.svelte';
export { scenarioWorldSetup } from '../../scenario/labLoader';
export { yieldToPage } from '../../scenario/pace';
