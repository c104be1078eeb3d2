/**
 * What a facilitator can put on an agenda: every note, scenario and question, with a readable label.
 * Built from the build's indexes (note and scenario summaries, each question file's `?index`), not from
 * the content itself: the agenda opens without loading and checking every note's Markdown, every
 * scenario and the whole question bank in one long task (Lighthouse: total blocking time, issue 18).
 * tests/unit/ui/workshop/catalog.test.ts proves the indexes give the same catalogue as the full content.
 */
import { noteSummaries } from '../../content/noteSummaries';
import { byCodeUnits } from '../../content/codeUnitOrder';
import { TEMPLATE_FILE } from '../../content/questionBank';
import type { IndexedQuestion } from '../../content/itemIndex';
import { scenarioSummaries } from '../../scenario/summaries';
import type { AgendaStep } from '../../workshop/schemas';

export interface CatalogEntry {
  kind: 'note' | 'scenario' | 'question';
  id: string;
  label: string;
  traps: string[];
}

/** What the catalogue reads of each item; the full Note, ScenarioDef and Question fit it too. */
export interface CatalogSources {
  /** In reading order. */
  notes: readonly { id: string; title: string }[];
  scenarios: readonly { id: string; title: string; traps: readonly string[] }[];
  /** The hand-written bank (generated variants are not offered on an agenda). */
  questions: readonly { id: string; stem: string; tags: readonly string[] }[];
}

const MAX_LABEL = 90;

export function catalogEntries({ notes, scenarios, questions }: CatalogSources): CatalogEntry[] {
  const scenarioIds = new Set(scenarios.map((s) => s.id));
  return [
    ...notes.map((n) => ({ kind: 'note' as const, id: n.id, label: n.title, traps: [] })),
    ...scenarios.map((s) => ({ kind: 'scenario' as const, id: s.id, label: s.title, traps: [s.id, ...s.traps] })),
    ...questions.map((q) => ({
      kind: 'question' as const,
      id: q.id,
      label: q.stem.length > MAX_LABEL ? `${q.stem.slice(0, MAX_LABEL)}…` : q.stem,
      // A question's tags that name a scenario are the traps it tests.
      traps: q.tags.filter((t) => scenarioIds.has(t)),
    })),
  ];
}

// Inside functions so that plain Node tools can import this module; Vite rewrites them. A question's tags
// come from its file's `?index`, its stem from the file's `?stems` (kept apart so Progress's index
// carries no question text).
const questionIndexFiles = (): Record<string, IndexedQuestion[]> =>
  import.meta.glob<IndexedQuestion[]>('/questions/*.yaml', { query: '?index', import: 'default', eager: true });
const questionStemFiles = (): Record<string, { id: string; stem: string }[]> =>
  import.meta.glob<{ id: string; stem: string }[]>('/questions/*.yaml', {
    query: '?stems',
    import: 'default',
    eager: true,
  });

/** The hand-written questions of every file but the templates, sorted by file name as the bank is. */
function indexedBank(): CatalogSources['questions'] {
  const stemFiles = questionStemFiles();
  return Object.entries(questionIndexFiles())
    .filter(([path]) => !TEMPLATE_FILE.test(path))
    .sort(([a], [b]) => byCodeUnits(a, b))
    .flatMap(([path, questions]) => {
      const stems = new Map((stemFiles[path] ?? []).map((q) => [q.id, q.stem]));
      return questions.map((q) => ({ id: q.id, tags: q.tags, stem: stems.get(q.id) ?? q.id }));
    });
}

let cached: CatalogEntry[] | undefined;

export function workshopCatalog(): CatalogEntry[] {
  cached ??= catalogEntries({ notes: noteSummaries, scenarios: scenarioSummaries(), questions: indexedBank() });
  return cached;
}

export function findEntry(kind: string, id: string): CatalogEntry | undefined {
  return workshopCatalog().find((e) => e.kind === kind && e.id === id);
}

export function stepLabel(step: AgendaStep): string {
  if (step.kind === 'break') return step.title;
  return findEntry(step.kind, step.id)?.label ?? step.id;
}
