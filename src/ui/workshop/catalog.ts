/** What a facilitator can put on an agenda: every note, scenario and question, with a readable label. */
import { notes } from '../../content/notes';
import { loadScenarios } from '../../scenario/catalog';
import { loadQuestionBank } from '../../content/questions';
import type { AgendaStep } from '../../workshop/schemas';

export interface CatalogEntry {
  kind: 'note' | 'scenario' | 'question';
  id: string;
  label: string;
  traps: string[];
}

let cached: CatalogEntry[] | undefined;

export function workshopCatalog(): CatalogEntry[] {
  cached ??= [
    ...notes.map((n) => ({ kind: 'note' as const, id: n.id, label: n.title, traps: [] })),
    ...loadScenarios().map((s) => ({ kind: 'scenario' as const, id: s.id, label: s.title, traps: [s.id, ...s.traps] })),
    ...loadQuestionBank().map((q) => ({
      kind: 'question' as const,
      id: q.id,
      label: q.stem.length > 90 ? `${q.stem.slice(0, 90)}…` : q.stem,
      traps: q.tags.filter((t) => loadScenarios().some((s) => s.id === t)),
    })),
  ];
  return cached;
}

export function findEntry(kind: string, id: string): CatalogEntry | undefined {
  return workshopCatalog().find((e) => e.kind === kind && e.id === id);
}

export function stepLabel(step: AgendaStep): string {
  if (step.kind === 'break') return step.title;
  return findEntry(step.kind, step.id)?.label ?? step.id;
}
