import { describe, expect, it } from 'vitest';
import { buildItemCatalog, trapLabel } from '../../../../src/ui/progress/itemCatalog';

const catalog = buildItemCatalog({
  questions: [
    {
      id: 'hooks-001',
      topic: 'hooks',
      tags: ['hook-never-reports', 'exam-favourite'],
      stem: 'A PreTraffic hook   never reports. What happens?',
    },
  ],
  questionById: (id) => (id === 'hooks-t01x1' ? { id, topic: 'hooks', tags: [], stem: 'Variant' } : undefined),
  scenarios: [
    {
      id: 'latest-wiring',
      title: 'API Gateway on $LATEST',
      topic: 'versions-aliases',
      traps: ['latest-wiring', 'weighted-alias-validation'],
    },
  ],
  notes: [{ id: 'aliases', title: 'Aliases' }],
  scenarioIds: ['latest-wiring', 'hook-never-reports', 'weighted-alias-validation', 'pc-on-alias'],
});

describe('item catalogue for the progress store', () => {
  it('gives a question its topic and only the tags that are trap ids (ids.md)', () => {
    expect(catalog.describeItem('hooks-001')).toEqual({ topic: 'hooks', traps: ['hook-never-reports'] });
    expect(catalog.describeItem('hooks-t01x1')).toEqual({ topic: 'hooks', traps: [] });
  });

  it('files a scenario under its topic and its own trap plus the traps it lists', () => {
    expect(catalog.describeItem('latest-wiring')).toEqual({
      topic: 'versions-aliases',
      traps: ['latest-wiring', 'weighted-alias-validation'],
    });
  });

  it('still names the trap of a scenario id whose file is not written yet, and ignores unknown ids', () => {
    expect(catalog.describeItem('pc-on-alias')).toEqual({ traps: ['pc-on-alias'] });
    expect(catalog.describeItem('gone-001')).toBeUndefined();
  });

  it('lists every question, scenario and note for the exam plan', () => {
    expect(catalog.allItems).toEqual([
      { kind: 'question', itemId: 'hooks-001' },
      { kind: 'scenario', itemId: 'latest-wiring' },
      { kind: 'note', itemId: 'aliases' },
    ]);
  });

  it('labels items by stem (one line), scenario title or trap name', () => {
    expect(catalog.labelOf('question', 'hooks-001')).toBe('A PreTraffic hook never reports. What happens?');
    expect(catalog.labelOf('scenario', 'latest-wiring')).toBe('API Gateway on $LATEST');
    expect(catalog.labelOf('scenario', 'pc-on-alias')).toBe('Pc on alias');
    expect(trapLabel('hook-never-reports')).toBe('Hook never reports');
  });

  it('labels a question the index lists without its stem by stemOf, and by its id until then', () => {
    const sources = {
      questions: [{ id: 'hooks-002', topic: 'hooks', tags: [] }],
      scenarios: [],
      notes: [],
      scenarioIds: [],
    };
    expect(buildItemCatalog(sources).labelOf('question', 'hooks-002')).toBe('hooks-002');
    const stemOf = (id: string) => (id === 'hooks-002' ? 'Which hook runs   first?' : undefined);
    const labelled = buildItemCatalog({ ...sources, stemOf });
    expect(labelled.labelOf('question', 'hooks-002')).toBe('Which hook runs first?');
    expect(labelled.labelOf('question', 'hooks-999')).toBe('hooks-999');
  });
});
