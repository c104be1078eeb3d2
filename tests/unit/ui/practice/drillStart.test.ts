import { describe, expect, it } from 'vitest';
import { QUESTION_TOPICS } from '../../../../src/content/notesIds';
import { questionSources, questionSummaries } from '../../../../src/content/questionSummaries';
import { drillStart, loadSourceQuestion } from '../../../../src/ui/practice/drillStart';
import { practiceBank } from '../../../../src/ui/practice/practiceBank';
import { drillQuestions, trapTagsInBank, type DrillFilter } from '../../../../src/ui/practice/questionSelection';

// A drill paints its first question from that question's own file; the learner must see the same
// question first, and the same count, as the drill built from the whole bank shows.
describe('a drill started without the bank', () => {
  const bank = practiceBank().questions;
  const filters: DrillFilter[] = [
    { kind: 'all' },
    { kind: 'api' },
    ...QUESTION_TOPICS.map((topic): DrillFilter => ({ kind: 'topic', topic })),
    ...trapTagsInBank(bank).map((trap): DrillFilter => ({ kind: 'trap', trap })),
  ];
  const seeds = [1, 20261202, 987654321];

  it('knows where every question of the bank comes from', async () => {
    const sources = questionSources();
    expect(sources).toHaveLength(bank.length);
    expect(questionSummaries()).toHaveLength(bank.length);
    for (const [i, source] of sources.entries()) expect((await loadSourceQuestion(source)).id).toBe(bank[i]?.id);
  });

  it.each(filters.flatMap((filter) => seeds.map((seed) => [filter, seed] as const)))(
    'shows the same first question and count as the whole bank (%o, seed %i)',
    async (filter, seed) => {
      const full = drillQuestions(bank, filter, seed);
      const start = drillStart(filter, seed);
      expect(start.total).toBe(full.length);
      // A trap that only API-drill items carry makes an empty exam-practice drill.
      const first = start.first && (await loadSourceQuestion(start.first));
      expect(first).toEqual(full[0]);
    },
  );

  it('has nothing to load for a drill no question matches', () => {
    expect(drillStart({ kind: 'trap', trap: 'no-such-trap' }, 1)).toEqual({ total: 0, first: undefined });
  });

  it('names the file it cannot find', async () => {
    await expect(loadSourceQuestion({ kind: 'question', file: '/questions/nope.yaml', position: 0 })).rejects.toThrow(
      '/questions/nope.yaml',
    );
  });
});
