/**
 * The Lab's views the scenario player shows from the run on. The player imports this module when the
 * learner goes on to predict, not while the page loads: asking for their files and evaluating them was
 * one more task of a hundred milliseconds on a slow phone while the page started (issue 18, Lighthouse
 * TBT), for views no one sees before the run.
 */
export { default as LabWorkspace } from '../lab/LabWorkspace.svelte';
export { default as Timeline } from '../lab/components/Timeline.svg.svelte';
export { default as Narration } from '../lab/components/Narration.svelte';
export { default as TrafficFlow } from '../lab/components/TrafficFlow.canvas.svelte';
