import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Question } from '../../../../src/content/questions';
import QuestionBody from '../../../../src/ui/practice/QuestionBody.svelte';

const option = (id: string, correct: boolean) => ({
  id,
  text: `Option text ${id}`,
  correct,
  why: `Reason for option ${id}.`,
});
const base = {
  id: 'hooks-001',
  topic: 'hooks',
  stem: 'Which hook runs first in a Lambda deployment lifecycle?',
  explanation: 'x'.repeat(40),
  refs: [],
  note: 'lifecycle-hooks',
  tags: ['hooks'],
};
const single = {
  ...base,
  type: 'single',
  choose: 1,
  options: [option('a', false), option('b', true), option('c', false), option('d', false)],
} as unknown as Question;
const chooseTwo = {
  ...base,
  type: 'multiple',
  choose: 2,
  options: [option('a', true), option('b', false), option('c', true), option('d', false), option('e', false)],
} as unknown as Question;

describe('a question on screen', () => {
  it('a single-answer question is a radio group named by its rule and described by its stem', () => {
    render(QuestionBody, { question: single, chosen: ['b'], ontoggle: () => {} });
    const group = screen.getByRole('group', { name: /Choose one/ });
    expect(group).toHaveAccessibleDescription(single.stem);
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByRole('radio', { name: /B\.\s?Option text b/ })).toBeChecked();
  });

  it('a "Choose TWO" question is a checkbox group that says so', () => {
    render(QuestionBody, { question: chooseTwo, chosen: [], ontoggle: () => {} });
    expect(screen.getByRole('group', { name: /Choose TWO/ })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
  });

  it('choosing an option reports its id', async () => {
    const ontoggle = vi.fn();
    render(QuestionBody, { question: single, chosen: [], ontoggle });
    await fireEvent.click(screen.getByRole('radio', { name: /C\.\s?Option text c/ }));
    expect(ontoggle).toHaveBeenCalledWith('c');
  });

  it('once revealed, every option says whether it is right and why, linked to the option for screen readers', () => {
    render(QuestionBody, { question: single, chosen: ['a'], ontoggle: () => {}, revealed: true });
    expect(screen.getByRole('radio', { name: /A\.\s?Option text a/ })).toHaveAccessibleDescription(
      'Wrong: you chose it. Reason for option a.',
    );
    expect(screen.getByRole('radio', { name: /B\.\s?Option text b/ })).toHaveAccessibleDescription(
      'Correct answer: you did not choose it. Reason for option b.',
    );
    expect(screen.getByRole('radio', { name: /C\.\s?Option text c/ })).toHaveAccessibleDescription(
      'Not correct. Reason for option c.',
    );
  });
});
