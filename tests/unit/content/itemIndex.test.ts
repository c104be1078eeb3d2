// The progress catalogue is built from the build's small content index instead of the full content.
// It must say the same about every item as the full content does: topics, trap tags and labels.
import { describe, expect, it } from 'vitest';
import { contentIndex } from '../../../src/content/itemIndex';
import { loadScenarios } from '../../../src/scenario/catalog';
import { notes } from '../../../src/content/notes';
import { SCENARIO_IDS } from '../../../src/content/notesIds';
import { practiceBank } from '../../../src/ui/practice/practiceBank';
import { buildItemCatalog } from '../../../src/ui/progress/itemCatalog';

const index = contentIndex();
const bank = practiceBank();
const fromIndex = buildItemCatalog({ ...index, scenarioIds: SCENARIO_IDS });
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

  it('labels hand-written questions, scenarios and notes exactly as the content does', () => {
    for (const item of fromContent.allItems.filter((i) => !/-t\d{2}x\d+$/.test(i.itemId))) {
      expect(fromIndex.labelOf(item.kind, item.itemId), item.itemId).toBe(fromContent.labelOf(item.kind, item.itemId));
    }
  });

  it("labels a variant by its template's stem with the blanks shown as …", () => {
    const variant = index.questions.find((q) => /-t01x1$/.test(q.id))!;
    expect(variant.stem).toContain('…');
    expect(variant.stem).not.toMatch(/[{}]/);
  });

  it('finds a variant of a seed Practice no longer offers (answered once, still due) with its template topic', () => {
    const template = index.questions.find((q) => /-t01x1$/.test(q.id))!;
    const old = template.id.replace(/x1$/, 'x99');
    expect(index.questionById(old)).toMatchObject({ id: old, topic: template.topic, tags: template.tags });
    expect(fromIndex.describeItem(old)).toEqual(fromContent.describeItem(old));
    expect(index.questionById('hooks-t99x1')).toBeUndefined();
  });
});
