/**
 * A note's diagrams (noteDiagramParts.ts: the schedule and figure components, D3 and the diagram
 * content) load only for a note whose HTML has a diagram placeholder (src/content/markdown.ts renders
 * ```schedule and ```diagram blocks as figure.schedule-block / figure.diagram-block): most notes have
 * none, and their page need not wait for that code (issue 18). The Learn page loads the parts before it
 * shows such a note, so NoteBody mounts the diagrams at once and nothing shifts.
 */
import type * as Parts from './noteDiagramParts';
import { lazyOnce } from '../lazyOnce';

export type DiagramParts = typeof Parts;

const parts = lazyOnce(() => import('./noteDiagramParts'));

export const hasDiagrams = (html: string): boolean => /<figure class="(?:schedule|diagram)-block"/.test(html);

export const loadDiagramParts = (): Promise<DiagramParts> => parts.load();

/** The parts if they have already loaded, so the diagrams mount in the same frame as the note. */
export const loadedDiagramParts = (): DiagramParts | undefined => parts.loaded();
