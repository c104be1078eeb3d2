/**
 * The second part the Lab page loads: the workspace's views, its callout and its Deploy tab. Loaded
 * after the world's part (labWorldParts.ts) has run, while the world is being set up, so the two
 * parts' modules are evaluated in separate tasks (issue 18, Total Blocking Time).
 */
export { default as LabView } from './LabView.svelte';
export { default as MomentCallout } from './components/MomentCallout.svelte';
export { default as DeployPanel } from './components/DeployPanel.svelte';
