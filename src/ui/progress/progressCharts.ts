/**
 * What the Progress page draws below its first two cards: the three charts and the figures they share
 * with the weakest-traps list. The page imports this module only once the review and streak cards are
 * on screen, so d3-scale and the chart components are not downloaded or run before the page's largest
 * paint (Lighthouse LCP on a phone profile, issue 18).
 */
export { default as ActivityCalendar } from './ActivityCalendar.svg.svelte';
export { default as DueColumns } from './DueColumns.svg.svelte';
export { default as MasteryBars } from './MasteryBars.svg.svelte';
export { percent } from './masteryBars';
