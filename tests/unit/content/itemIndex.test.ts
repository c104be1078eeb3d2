// The progress catalogue is built from the build's small content index instead of the full content, and
// names questions by their stems, loaded on demand. Together they must say the same about every item as
// the full content does: topics, trap tags and labels.
import { describe, expect, it } from 'vitest';
import { contentIndex } from '../../../src/content/itemIndex';
import { questionStems } from '../../../src/content/questionStems';
import { loadScenarios } from '../../../src/scenario/catalog';
import { notes } from '../../../src/content/notes';
import { SCENARIO_IDS } from '../../../src/content/notesIds';
import { practiceBank } from '../../../src/ui/practice/practiceBank';
import { buildItemCatalog } from '../../../src/ui/progress/itemCatalog';

const index = contentIndex();
const bank = practiceBank();
const stems = questionStems();
const fromIndex = buildItemCatalog({ ...index, scenarioIds: SCENARIO_IDS });
const labelledFromIndex = buildItemCatalog({ ...index, scenarioIds: SCENARIO_IDS, stemOf: stems.stemOf });
const fromContent = buildItemCatalog({
  questions: bank.questions,
  questionById: (id) => bank.byId(id),
  scenarios: loadScenarios(),
  notes,
  scenarioIds: SCENARIO_IDS,
});

describe('content index (what the Progress page loads to name items)', () => {
  it('lists the same questions (bank and offered variants), scenarios and notes as the content', () => {
    expect(fromIndex.allItems).toEqual(fromContent.allItems);
  });

  it('gives every item the same topic and trap tags as the content', () => {
    for (const item of fromContent.allItems)
      expect(fromIndex.describeItem(item.itemId), item.itemId).toEqual(fromContent.describeItem(item.itemId));
  });

  it('carries no question text: ids, topics and tags only', () => {
    for (const q of index.questions) expect(Object.keys(q).sort(), q.id).toEqual(['id', 'tags', 'topic']);
  });

  it('labels scenarios and notes exactly as the content does, without the stems', () => {
    for (const item of fromContent.allItems.filter((i) => i.kind !== 'question'))
      expect(fromIndex.labelOf(item.kind, item.itemId), item.itemId).toBe(fromContent.labelOf(item.kind, item.itemId));
  });

  it('labels hand-written questions exactly as the content does once the stems are loaded', () => {
    const handWritten = fromContent.allItems.filter((i) => i.kind === 'question' && !/-t\d{2}x\d+$/.test(i.itemId));
    expect(handWritten.length).toBeGreaterThan(100);
    for (const item of handWritten) {
      expect(labelledFromIndex.labelOf(item.kind, item.itemId), item.itemId).toBe(
        fromContent.labelOf(item.kind, item.itemId),
      );
      expect(labelledFromIndex.labelOf(item.kind, item.itemId), item.itemId).not.toBe(item.itemId);
    }
  });

  it("labels every variant by its template's stem with the blanks shown as …", () => {
    const variants = index.questions.filter((q) => /-t\d{2}x\d+$/.test(q.id));
    expect(variants.length).toBeGreaterThan(0);
    for (const v of variants) {
      const stem = stems.stemOf(v.id)!;
      expect(stem, v.id).toBeDefined();
      expect(stem, v.id).not.toMatch(/[{}]/);
    }
    expect(stems.stemOf(index.questions.find((q) => /-t01x1$/.test(q.id))!.id)).toContain('…');
  });

  it('finds a variant of a seed Practice no longer offers (answered once, still due) with its template topic', () => {
    const template = index.questions.find((q) => /-t01x1$/.test(q.id))!;
    const old = template.id.replace(/x1$/, 'x99');
    expect(index.questionById(old)).toMatchObject({ id: old, topic: template.topic, tags: template.tags });
    expect(fromIndex.describeItem(old)).toEqual(fromContent.describeItem(old));
    expect(index.questionById('hooks-t99x1')).toBeUndefined();
    expect(stems.stemOf(old)).toBe(stems.stemOf(template.id));
    expect(stems.stemOf('hooks-t99x1')).toBeUndefined();
    expect(stems.stemOf('no-such-question')).toBeUndefined();
  });
});
