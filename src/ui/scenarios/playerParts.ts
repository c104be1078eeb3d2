/**
 * The scenario player's heavy parts: the runtime and the simulator behind it (the scenario runner and
 * its CLI steps) and the Lab's views. The player imports this module dynamically, so the story (title,
 * team, goal) paints as soon as the page's own chunk arrives, while these load and the world is set up
 * behind it (issue 18, Lighthouse LCP on a scenario's page).
 */
export { LabRuntime, SPEEDS } from '../lab/labRuntime.svelte';
export { advanceUntil, checkNow, setUpScenario } from '../../scenario/runner';
export { runStep, runSteps, writeFiles } from '../../scenario/steps';
export { default as LabWorkspace } from '../lab/LabWorkspace.svelte';
export { default as Timeline } from '../lab/components/Timeline.svg.svelte';
export { default as Narration } from '../lab/components/Narration.svelte';
export { default as TrafficFlow } from '../lab/components/TrafficFlow.canvas.svelte';
