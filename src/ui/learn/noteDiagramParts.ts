// The components that turn a note's diagram placeholders into diagrams, with their D3 maths and the
// diagram content; loaded through noteDiagrams.ts only for a note that has a diagram.
export { default as ScheduleDiagram } from './ScheduleDiagram.svg.svelte';
export { default as DiagramFigure } from './DiagramFigure.svelte';
