/**
 * The scenario player's simulator: the runtime and the world behind it, the scenario runner and its CLI
 * steps. The player imports this module dynamically once the story has painted, so the story (title,
 * team, goal) is the page's first and largest paint, and the world is set up behind it (issue 18,
 * Lighthouse LCP on a scenario's page). The Lab's views come later still (playerViews.ts).
 */
export { LabRuntime } from '../lab/labRuntime.svelte';
export { advanceUntil, checkNow, setUpScenario } from '../../scenario/runner';
export { runStep, runSteps, writeFiles } from '../../scenario/steps';
