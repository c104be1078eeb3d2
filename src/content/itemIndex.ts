/**
 * What each question, scenario and note is, without its text: ids, topics, trap tags, and the titles of
 * scenarios and notes, extracted at build time (`?index`, scripts/viteContentData.ts). The progress
 * catalogue uses this instead of the full content, which the Progress page would otherwise load and
 * parse just to name items (bench/dashboard-render.mjs). Questions' stems, which name them in the review
 * queue, are most of the text: they load only when one is due (questionStems.ts).
 */
import { TEMPLATE_FILE } from './questionBank';
import { parseVariantId, VARIANT_SEEDS, variantId } from './variantIds';
import { byCodeUnits } from './codeUnitOrder';

export interface IndexedQuestion {
  id: string;
  topic: string;
  tags: readonly string[];
}

export interface IndexedScenario {
  id: string;
  title: string;
  topic: string;
  traps: readonly string[];
}

export interface IndexedNote {
  id: string;
  title: string;
}

// Inside functions so that plain Node tools can import this module; Vite rewrites them.
const questionFiles = () =>
  import.meta.glob<IndexedQuestion[]>('/questions/*.yaml', { query: '?index', import: 'default', eager: true });
const scenarioFiles = () =>
  import.meta.glob<IndexedScenario>('/content/scenarios/*.yaml', { query: '?index', import: 'default', eager: true });
const noteFiles = () =>
  import.meta.glob<IndexedNote>(['/content/**/*.md', '!/content/scenarios/**'], {
    query: '?index',
    import: 'default',
    eager: true,
  });

const sortedEntries = <T>(files: Record<string, T>) => Object.entries(files).sort(([a], [b]) => byCodeUnits(a, b));

/** A generated variant as the catalogue sees it: its template's topic and tags. */
function variantEntry(template: IndexedQuestion, seed: number): IndexedQuestion {
  return { id: variantId(template.topic, template.id, seed), topic: template.topic, tags: template.tags };
}

export interface ContentIndex {
  /** The hand-written bank and the variants Practice offers (VARIANT_SEEDS of each template). */
  questions: IndexedQuestion[];
  /** Also finds variants of other seeds, answered once and still due for review. */
  questionById(id: string): IndexedQuestion | undefined;
  scenarios: IndexedScenario[];
  notes: IndexedNote[];
}

export function contentIndex(): ContentIndex {
  const files = sortedEntries(questionFiles());
  const bank = files.filter(([path]) => !TEMPLATE_FILE.test(path)).flatMap(([, qs]) => qs);
  const templates = files.filter(([path]) => TEMPLATE_FILE.test(path)).flatMap(([, ts]) => ts);
  const questions = [...bank, ...templates.flatMap((t) => VARIANT_SEEDS.map((seed) => variantEntry(t, seed)))];
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    questions,
    questionById(id) {
      const known = byId.get(id);
      if (known) return known;
      const v = parseVariantId(id);
      const template = v && templates.find((t) => t.id === v.templateId && t.topic === v.topic);
      return template && v ? variantEntry(template, v.seed) : undefined;
    },
    scenarios: sortedEntries(scenarioFiles()).map(([, s]) => s),
    notes: sortedEntries(noteFiles()).map(([, n]) => n),
  };
}
