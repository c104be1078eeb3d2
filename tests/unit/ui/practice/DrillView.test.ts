import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../src/content/questions';
import DrillView from '../../../../src/ui/practice/DrillView.svelte';

const question = (n: number) =>
  ({
    id: `hooks-90${n}`,
    topic: 'hooks',
    type: 'single',
    choose: 1,
    stem: `Stem of question ${n}?`,
    explanation: 'x'.repeat(40),
    refs: [],
    note: 'lifecycle-hooks',
    tags: ['hooks'],
    options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id} of ${n}`, correct: id === 'a', why: 'Why.' })),
  }) as unknown as Question;

// The page paints a drill's first question before the bank has loaded, telling DrillView the drill's
// size; the learner sees the whole drill's count and, once the rest arrives, the next question.
describe('a drill shown before the rest of its questions have loaded', () => {
  it('counts the whole drill and waits for the next question instead of finishing', async () => {
    let arrived!: () => void;
    const more = new Promise<void>((resolve) => (arrived = resolve));
    const view = render(DrillView, { questions: [question(1)], total: 2, more, title: 'Drill', optionSeed: 1 });
    expect(screen.getByRole('heading', { level: 2, name: /Question 1 of 2/ })).toBeInTheDocument();

    await fireEvent.click(screen.getByRole('radio', { name: /Option a of 1/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Next question' }));
    // Still on the first question, not "Drill finished", while the rest is on its way.
    expect(screen.queryByRole('heading', { name: 'Drill finished' })).not.toBeInTheDocument();
    expect(screen.getByText('Stem of question 1?')).toBeInTheDocument();

    await view.rerender({ questions: [question(1), question(2)] });
    arrived();
    expect(await screen.findByRole('heading', { level: 2, name: /Question 2 of 2/ })).toBeInTheDocument();
    expect(screen.getByText('Stem of question 2?')).toBeInTheDocument();
  });
});
