// The learning path marks steps done from recorded progress and points at the first step not done.
import { describe, expect, it } from 'vitest';
import type { LearningPath } from '../../../../src/content/learningPath';
import { pathProgress, type PathFacts } from '../../../../src/ui/path/pathProgress';

const path: LearningPath = {
  chapters: [
    {
      id: 'one',
      title: 'Versions',
      summary: 'First chapter',
      steps: [{ read: 'versions-and-latest' }, { scenario: 'latest-wiring' }, { check: ['q1', 'q2'] }],
    },
    { id: 'two', title: 'Aliases', summary: 'Second chapter', steps: [{ read: 'aliases-and-weighted-routing' }] },
  ],
  scenarios: [{ id: 'latest-wiring', difficulty: 1, assumes: ['versions-and-latest'] }],
};
const titles = { note: (id: string) => `Note ${id}`, scenario: (id: string) => `Scenario ${id}` };
const facts = (f: Partial<Record<keyof PathFacts, string[]>>): PathFacts => ({
  notesRead: new Set(f.notesRead ?? []),
  scenariosSolved: new Set(f.scenariosSolved ?? []),
  questionsAnswered: new Set(f.questionsAnswered ?? []),
});

describe('pathProgress', () => {
  it('starts a new learner at the first note', () => {
    const p = pathProgress(path, facts({}), titles);
    expect(p.fresh).toBe(true);
    expect(p.next).toMatchObject({ chapterId: 'one', number: 1, kind: 'read', href: '/learn/versions-and-latest' });
    expect(p.next?.label).toBe('Read: Note versions-and-latest');
  });

  it('after reading the note, continues with the scenario', () => {
    const p = pathProgress(path, facts({ notesRead: ['versions-and-latest'] }), titles);
    expect(p.fresh).toBe(false);
    expect(p.next).toMatchObject({ kind: 'scenario', href: '/scenarios/latest-wiring' });
  });

  it('sends a check to its first unanswered question and counts the answered ones', () => {
    const p = pathProgress(
      path,
      facts({ notesRead: ['versions-and-latest'], scenariosSolved: ['latest-wiring'], questionsAnswered: ['q1'] }),
      titles,
    );
    expect(p.next).toMatchObject({ kind: 'check', href: '/practice?question=q2', answered: 1, questions: 2 });
    expect(p.chapters[0]!.done).toBe(false);
  });

  it('marks a chapter done when all its steps are, and moves to the next chapter', () => {
    const p = pathProgress(
      path,
      facts({
        notesRead: ['versions-and-latest'],
        scenariosSolved: ['latest-wiring'],
        questionsAnswered: ['q1', 'q2'],
      }),
      titles,
    );
    expect(p.chapters.map((c) => c.done)).toEqual([true, false]);
    expect(p.next).toMatchObject({ chapterId: 'two', kind: 'read' });
    expect(p.stepsDone).toBe(3);
    expect(p.stepsTotal).toBe(4);
  });

  it('does not count a step done out of order as the place to continue', () => {
    const p = pathProgress(path, facts({ scenariosSolved: ['latest-wiring'] }), titles);
    expect(p.next).toMatchObject({ kind: 'read', chapterId: 'one' });
    expect(p.chapters[0]!.steps[1]!.done).toBe(true);
  });

  it('has no next step once everything is done', () => {
    const p = pathProgress(
      path,
      facts({
        notesRead: ['versions-and-latest', 'aliases-and-weighted-routing'],
        scenariosSolved: ['latest-wiring'],
        questionsAnswered: ['q1', 'q2'],
      }),
      titles,
    );
    expect(p.next).toBeNull();
  });
});
