// The diagrams the notes draw (content/diagrams/*.yaml), parsed and checked by the build
// (scripts/viteContentData.ts → parseDiagramFile), so the browser receives checked JSON.
import type { Diagram } from './diagramSchema';

const files = import.meta.glob<Diagram>('/content/diagrams/*.yaml', { query: '?data', import: 'default', eager: true });

const byId = new Map(Object.values(files).map((d) => [d.id, d]));

export function getDiagram(id: string): Diagram | undefined {
  return byId.get(id);
}

export function diagramIds(): string[] {
  return [...byId.keys()];
}
