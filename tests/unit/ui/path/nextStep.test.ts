// After a solve or an answer set: reviews due now first, then the path, then the weakest trap, then an exam.
import { describe, expect, it } from 'vitest';
import { chooseNextStep } from '../../../../src/ui/path/nextStep';
import type { StepView } from '../../../../src/ui/path/pathProgress';

const titles = { scenario: (id: string) => `Scenario ${id}`, trap: (id: string) => `Trap ${id}` };
const pathNext: StepView = {
  chapterId: 'one',
  chapterTitle: 'Versions',
  number: 2,
  kind: 'scenario',
  label: 'Watch, predict and fix: Scenario latest-wiring',
  href: '/scenarios/latest-wiring',
  done: false,
};
const weak = (key: string, mastery: number, outcomes = 3) => ({
  key,
  mastery,
  outcomes,
  weight: 1,
  scenarioIds: [key],
});

describe('chooseNextStep', () => {
  it('sends the learner to the first due item, saying how many are due', () => {
    const step = chooseNextStep(
      {
        due: [
          { kind: 'question', itemId: 'hooks-001' },
          { kind: 'scenario', itemId: 'latest-wiring' },
        ],
        pathNext,
        weakestTraps: [],
      },
      titles,
    );
    expect(step.href).toBe('/practice?question=hooks-001');
    expect(step.reason).toBe('2 items due for review now; start with a question.');
  });

  it('names a due scenario by its title and uses the singular for one item', () => {
    const step = chooseNextStep(
      { due: [{ kind: 'scenario', itemId: 'pc-on-alias' }], pathNext, weakestTraps: [] },
      titles,
    );
    expect(step.label).toBe('Review: Scenario pc-on-alias');
    expect(step.reason).toMatch(/^1 item due/);
  });

  it('continues the path when nothing is due', () => {
    const step = chooseNextStep({ due: [], pathNext, weakestTraps: [weak('hook-never-reports', 0.2)] }, titles);
    expect(step.href).toBe('/scenarios/latest-wiring');
    expect(step.reason).toBe('Next on your path: Versions, step 2.');
  });

  it('drills the weakest trap once the path is done', () => {
    const step = chooseNextStep(
      { due: [], pathNext: null, weakestTraps: [weak('hook-never-reports', 0.25), weak('pc-on-alias', 0.5)] },
      titles,
    );
    expect(step).toEqual({
      label: 'Drill the trap “Trap hook-never-reports”',
      href: '/practice/drill?trap=hook-never-reports',
      reason: 'Your weakest trap: 25 % mastery.',
    });
  });

  it('suggests an exam when no trap is below 80 % mastery', () => {
    const step = chooseNextStep({ due: [], pathNext: null, weakestTraps: [weak('pc-on-alias', 0.9)] }, titles);
    expect(step.href).toBe('/practice/exam');
  });
});
