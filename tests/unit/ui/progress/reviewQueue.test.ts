import { describe, expect, it } from 'vitest';
import { dueText, reviewQueue } from '../../../../src/ui/progress/reviewQueue';

const now = new Date('2026-11-26T12:00:00Z');

describe('review-today queue', () => {
  it('links a due question to Practice and a due scenario to the Lab, in the order the store gave', () => {
    const queue = reviewQueue(
      [
        { kind: 'scenario', itemId: 'latest-wiring', due: new Date('2026-11-23T12:00:00Z'), state: 2 },
        { kind: 'question', itemId: 'hooks-001', due: new Date('2026-11-26T11:00:00Z'), state: 1 },
      ],
      { labelOf: (kind, id) => `${kind} ${id}` },
      now,
    );
    expect(queue).toEqual([
      {
        key: 'scenario:latest-wiring',
        kind: 'scenario',
        kindLabel: 'Scenario',
        label: 'scenario latest-wiring',
        href: '/scenarios/latest-wiring',
        dueText: 'overdue by 3 days',
      },
      {
        key: 'question:hooks-001',
        kind: 'question',
        kindLabel: 'Question',
        label: 'question hooks-001',
        href: '/practice?question=hooks-001',
        dueText: 'due today',
      },
    ]);
  });

  it('says how long a review has been waiting', () => {
    expect(dueText(new Date('2026-11-25T11:00:00Z'), now)).toBe('overdue by 1 day');
    expect(dueText(new Date('2026-11-26T12:00:00Z'), now)).toBe('due today');
  });
});
