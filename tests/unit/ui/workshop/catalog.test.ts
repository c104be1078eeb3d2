import { describe, expect, it } from 'vitest';
import { notes } from '../../../../src/content/notes';
import { loadQuestionBank } from '../../../../src/content/questions';
import { loadScenarios } from '../../../../src/scenario/catalog';
import { catalogEntries, findEntry, stepLabel, workshopCatalog } from '../../../../src/ui/workshop/catalog';

describe("the agenda's catalogue, built from the content indexes", () => {
  const full = { notes, scenarios: loadScenarios(), questions: loadQuestionBank() };

  it('is the catalogue the full notes, scenarios and question bank give, entry for entry and in order', () => {
    expect(full.notes.length).toBeGreaterThan(0);
    expect(full.scenarios.length).toBeGreaterThan(0);
    expect(full.questions.length).toBeGreaterThan(0);
    expect(workshopCatalog()).toEqual(catalogEntries(full));
  });

  it('offers every note, scenario and hand-written question once, and no generated variant', () => {
    const ids = (kind: string) =>
      workshopCatalog()
        .filter((e) => e.kind === kind)
        .map((e) => e.id);
    expect(ids('note')).toEqual(full.notes.map((n) => n.id));
    expect(ids('scenario')).toEqual(full.scenarios.map((s) => s.id));
    expect(ids('question')).toEqual(full.questions.map((q) => q.id));
    expect(ids('question').some((id) => /x\d+$/.test(id))).toBe(false);
  });

  it('labels a scenario by its title and lists it among its own traps', () => {
    const scenario = full.scenarios.find((s) => s.id === 'latest-wiring')!;
    expect(findEntry('scenario', 'latest-wiring')).toEqual({
      kind: 'scenario',
      id: 'latest-wiring',
      label: scenario.title,
      traps: ['latest-wiring', ...scenario.traps],
    });
  });

  it('labels a question by its stem, cut at 90 characters, and takes as traps only the tags naming a scenario', () => {
    for (const q of full.questions) {
      const entry = findEntry('question', q.id)!;
      expect(entry.label).toBe(q.stem.length > 90 ? `${q.stem.slice(0, 90)}…` : q.stem);
      expect(entry.traps).toEqual(q.tags.filter((t) => full.scenarios.some((s) => s.id === t)));
    }
    expect(workshopCatalog().some((e) => e.kind === 'question' && e.traps.length > 0)).toBe(true);
  });

  it('names agenda steps by their labels, a break by its title, and an unknown item by its id', () => {
    const note = full.notes[0]!;
    expect(stepLabel({ kind: 'note', id: note.id as never, minutes: 5 })).toBe(note.title);
    expect(stepLabel({ kind: 'break', title: 'Coffee', minutes: 10 })).toBe('Coffee');
    expect(stepLabel({ kind: 'question', id: 'hooks-999', minutes: 2 })).toBe('hooks-999');
  });
});
