/**
 * What the progress store needs to know about every item, built from the content: the topic and
 * trap tags of each question and scenario (describeItem) and the list of all items (for the exam plan).
 * Trap tags are scenario ids (SCENARIO_IDS in src/content/notesIds.ts), so a scenario id whose file is not written yet
 * still names its own trap.
 */
import type { DescribeItem, ItemInfo, ItemRef } from '../../store';

export interface CatalogQuestion {
  id: string;
  topic: string;
  tags: readonly string[];
  /** Its label; the item index has none (stemOf gives it, once loaded: src/content/questionStems.ts). */
  stem?: string;
}

export interface CatalogScenario {
  id: string;
  title: string;
  topic: string;
  traps: readonly string[];
}

export interface CatalogNote {
  id: string;
  title: string;
}

export interface CatalogSources {
  questions: readonly CatalogQuestion[];
  /** Looks up questions outside `questions` too (generated variants answered once). */
  questionById?: (id: string) => CatalogQuestion | undefined;
  scenarios: readonly CatalogScenario[];
  notes: readonly CatalogNote[];
  /** Every scenario id of ids.md: the trap tags. */
  scenarioIds: readonly string[];
  /** The stem of a question whose entry has none. */
  stemOf?: (id: string) => string | undefined;
}

export interface ItemCatalog {
  describeItem: DescribeItem;
  allItems: ItemRef[];
  /** A short human label for a due item or a trap. */
  labelOf(kind: ItemRef['kind'], itemId: string): string;
  /** Whether a scenario file exists for this id (otherwise a link can only go to its trap drill). */
  hasScenario(id: string): boolean;
}

const maxLabel = 90;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > maxLabel ? `${oneLine.slice(0, maxLabel - 1)}…` : oneLine;
}

/** "hook-never-reports" → "Hook never reports" (the label used when no scenario file exists yet). */
export function trapLabel(trap: string): string {
  const words = trap.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function buildItemCatalog(sources: CatalogSources): ItemCatalog {
  const trapIds = new Set(sources.scenarioIds);
  const questions = new Map(sources.questions.map((q) => [q.id, q]));
  const scenarios = new Map(sources.scenarios.map((s) => [s.id, s]));
  const notes = new Map(sources.notes.map((n) => [n.id, n]));
  const question = (id: string) => questions.get(id) ?? sources.questionById?.(id);

  const describeItem: DescribeItem = (id) => {
    const scenario = scenarios.get(id);
    if (scenario) return { topic: scenario.topic, traps: [...new Set([scenario.id, ...scenario.traps])] };
    const q = question(id);
    if (q) return { topic: q.topic, traps: q.tags.filter((t) => trapIds.has(t)) } satisfies ItemInfo;
    if (trapIds.has(id)) return { traps: [id] };
    return undefined;
  };

  const allItems: ItemRef[] = [
    ...sources.questions.map((q) => ({ kind: 'question' as const, itemId: q.id })),
    ...sources.scenarios.map((s) => ({ kind: 'scenario' as const, itemId: s.id })),
    ...sources.notes.map((n) => ({ kind: 'note' as const, itemId: n.id })),
  ];

  const labelOf = (kind: ItemRef['kind'], itemId: string): string => {
    if (kind === 'scenario') return scenarios.get(itemId)?.title ?? trapLabel(itemId);
    if (kind === 'note') return notes.get(itemId)?.title ?? itemId;
    const stem = question(itemId)?.stem ?? sources.stemOf?.(itemId);
    return stem === undefined ? itemId : shorten(stem);
  };

  return { describeItem, allItems, labelOf, hasScenario: (id) => scenarios.has(id) };
}
