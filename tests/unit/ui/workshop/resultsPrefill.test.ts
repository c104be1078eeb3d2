import { describe, expect, it } from 'vitest';
import type { AttemptRecord, ScenarioRunRecord } from '../../../../src/store';
import {
  prefillResults,
  resultItems,
  startOfLocalDay,
  type GradableItem,
} from '../../../../src/ui/workshop/presenter/resultsPrefill';

const attempt = (itemId: string, correct: boolean, at: number): AttemptRecord => ({
  id: `${itemId}-${at}`,
  itemId,
  chosenOptionIds: ['a'],
  correct,
  durationMs: 10_000,
  mode: 'drill',
  at,
});

const run = (
  scenarioId: string,
  at: number,
  predictionCorrect: boolean | null,
  goalReached = true,
): ScenarioRunRecord => ({
  id: `${scenarioId}-${at}`,
  scenarioId,
  seed: 42,
  predictedChoice: predictionCorrect === null ? null : 'a',
  predictionCorrect,
  goalReached,
  durationMs: 60_000,
  at,
  hintsUsed: 0,
});

const items: GradableItem[] = [
  { kind: 'question', id: 'hooks-001' },
  { kind: 'question', id: 'aliases-002' },
  { kind: 'scenario', id: 'latest-wiring' },
];

describe('learner results prefilled from the progress store', () => {
  it('counts the newest answer to each question since the session started', () => {
    const p = prefillResults(
      items,
      [attempt('hooks-001', false, 1_000), attempt('hooks-001', true, 3_000), attempt('hooks-001', false, 2_000)],
      [],
      0,
    );
    expect(p['question:hooks-001']).toEqual({ outcome: 'right', at: 3_000 });
  });

  it('ignores answers from before the session started', () => {
    const p = prefillResults(
      items,
      [attempt('aliases-002', true, 500), attempt('aliases-002', false, 1_500)],
      [],
      1_000,
    );
    expect(p['question:aliases-002']).toEqual({ outcome: 'wrong', at: 1_500 });
    const none = prefillResults(items, [attempt('aliases-002', true, 500)], [], 1_000);
    expect(none['question:aliases-002']).toEqual({ outcome: 'unattempted' });
  });

  it('marks a scenario right only when the goal was reached and the prediction was right (store rule)', () => {
    expect(prefillResults(items, [], [run('latest-wiring', 10, true)], 0)['scenario:latest-wiring']!.outcome).toBe(
      'right',
    );
    expect(prefillResults(items, [], [run('latest-wiring', 10, false)], 0)['scenario:latest-wiring']!.outcome).toBe(
      'wrong',
    );
    expect(prefillResults(items, [], [run('latest-wiring', 10, null)], 0)['scenario:latest-wiring']!.outcome).toBe(
      'right',
    );
  });

  it('takes the newest scenario run, not the best one', () => {
    const p = prefillResults(items, [], [run('latest-wiring', 10, true), run('latest-wiring', 20, false)], 0);
    expect(p['scenario:latest-wiring']).toEqual({ outcome: 'wrong', at: 20 });
  });

  it('does not mix a question and a scenario result', () => {
    const p = prefillResults(items, [attempt('latest-wiring', true, 5)], [], 0);
    expect(p['scenario:latest-wiring']!.outcome).toBe('unattempted');
  });

  it('leaves items out of the results file when they were not attempted, so the class view counts them as not attempted', () => {
    expect(
      resultItems(items, {
        'question:hooks-001': 'right',
        'question:aliases-002': 'unattempted',
        'scenario:latest-wiring': 'wrong',
      }),
    ).toEqual([
      { kind: 'question', id: 'hooks-001', correct: true },
      { kind: 'scenario', id: 'latest-wiring', correct: false },
    ]);
  });

  it('"today" starts at local midnight', () => {
    const now = new Date(2026, 10, 26, 14, 30, 5);
    expect(startOfLocalDay(now)).toBe(new Date(2026, 10, 26, 0, 0, 0).getTime());
  });
});
