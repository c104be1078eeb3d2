import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../../../src/scenario/catalog';
import VotePanel from '../../../../src/ui/workshop/presenter/VotePanel.svelte';

// The prediction of the latest-wiring scenario: b (the unpublished code runs) is the right answer.
const predict = findScenario('latest-wiring')!.predict;

function renderPanel(onreveal = vi.fn()) {
  render(VotePanel, { heading: 'Freeze and predict', question: predict.question, choices: predict.choices, onreveal });
  return onreveal;
}

describe('VotePanel: freeze and predict on the projector', () => {
  it('shows the question and every choice with no votes and no answer before the reveal', () => {
    renderPanel();
    expect(screen.getByText(predict.question)).toBeTruthy();
    for (const c of predict.choices) expect(screen.getByTestId(`votes-${c.id}`)).toHaveTextContent('0 votes');
    expect(screen.queryByText('✓ Right')).toBeNull();
    expect(screen.queryByText(predict.choices[1]!.why)).toBeNull();
  });

  it('counts +1 per click for a choice and lets a miscount be taken back', async () => {
    renderPanel();
    await fireEvent.click(screen.getByRole('button', { name: 'Add a vote for B' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Add a vote for B' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Add a vote for C' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Take back a vote for C' }));
    expect(screen.getByTestId('votes-b')).toHaveTextContent('2 votes');
    expect(screen.getByTestId('votes-c')).toHaveTextContent('0 votes');
    expect(screen.getByRole('status')).toHaveTextContent('2 votes');
  });

  it("reveals the right choice and each choice's why, with the room's score, and tells the presenter to continue the run", async () => {
    const onreveal = renderPanel();
    await fireEvent.click(screen.getByRole('button', { name: 'Add a vote for A' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Add a vote for B' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(onreveal).toHaveBeenCalledOnce();
    const right = screen.getByText(predict.choices.find((c) => c.correct)!.text).closest('li')!;
    expect(within(right).getByText('✓ Right')).toBeTruthy();
    for (const c of predict.choices) expect(screen.getByText(c.why)).toBeTruthy();
    expect(screen.getByRole('status')).toHaveTextContent('2 votes · 50% of the room predicted right');
    expect(screen.queryByRole('button', { name: 'Reveal' })).toBeNull();
  });
});
