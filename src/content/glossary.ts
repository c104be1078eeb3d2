/**
 * The glossary (content/glossary.yaml, parsed and checked by the build, scripts/viteContentData.ts), in
 * a module of its own so that the Learn list and a note's page get it without every note's text
 * (notes.ts, issue 18).
 */
import glossaryData from '/content/glossary.yaml?data';
import type { GlossaryTerm } from './notesSchema';

export const glossary = glossaryData as GlossaryTerm[];

const termsById = new Map(glossary.map((t) => [t.id, t]));

export function getGlossaryTerm(id: string): GlossaryTerm | undefined {
  return termsById.get(id);
}
