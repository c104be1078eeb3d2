// Issue 22, keyboard only: a drill in Practice, and a workshop agenda built, edited and presented, are
// operated with Tab, Enter, Space and arrow keys alone, and after every action focus is on the new
// heading or the control that continues the task, never on <body> (WCAG 2.4.3, 2.1.1). The Lab
// deployment, the scenario player and the exam have their own keyboard specs.
import { expect, test } from '@playwright/test';
import { expectFocusKept, tabTo } from './a11y-helpers';

test.use({ serviceWorkers: 'block' });
test.setTimeout(240_000);

function toBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

test('a drill, from the Practice page through two answered questions, with the keyboard alone', async ({ page }) => {
  await page.goto('/practice');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Drill all topics' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/practice\/drill/);
  await expect(page.getByRole('heading', { level: 1, name: /^Drill/ })).toBeVisible();
  await expectFocusKept(page, 'opening the drill');

  for (let question = 1; question <= 2; question++) {
    const legend = (await page.locator('main fieldset legend').first().textContent()) ?? '';
    const count = /THREE/.test(legend) ? 3 : /TWO/.test(legend) ? 2 : 1;
    const inputs = page.locator('main fieldset input');
    // Tab into the options and tick as many as the question asks for with Space.
    for (let k = 0; k < count; k++) {
      await tabTo(page, inputs.nth(k));
      await page.keyboard.press('Space');
      await expect(inputs.nth(k)).toBeChecked();
    }
    await tabTo(page, page.getByRole('button', { name: 'Check answer' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 3, name: /Correct|Not quite/ })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: /Next question|Finish drill/ }));
    await page.keyboard.press('Enter');
    await expectFocusKept(page, `moving on from question ${question}`);
    await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
  }
});

const plan = {
  format: 'canary-lab-plan',
  version: 1,
  title: 'Keyboard-only session',
  steps: [
    { kind: 'note', id: 'versions-and-latest', minutes: 5 },
    { kind: 'scenario', id: 'latest-wiring', minutes: 10, freezeAndPredict: true },
    { kind: 'question', id: 'alarms-rollback-002', minutes: 3 },
  ],
};

test('a workshop agenda is edited and presented to the end with the keyboard alone', async ({ page }) => {
  await page.goto(`/workshop#plan=j${toBase64Url(JSON.stringify(plan))}`);
  const steps = page.getByRole('list', { name: 'Session steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(3);
  const news = page.getByTestId('agenda-news');

  // Add a break: choose the kind with the arrow keys of the focused select, then Add step.
  const kind = page.getByRole('combobox', { name: 'Kind' });
  await tabTo(page, kind);
  await page.keyboard.press('End'); // the last kind, Break
  await expect(kind).toHaveValue('break');
  await tabTo(page, page.getByRole('button', { name: 'Add step' }));
  await page.keyboard.press('Enter');
  await expect(steps).toHaveCount(4);
  await expect(news).toHaveText('Added step 4: Break.');
  await expect(page.getByRole('button', { name: 'Add step' })).toBeFocused();

  // Each minutes field says which step it belongs to.
  await expect(page.getByRole('spinbutton', { name: 'Minutes for step 4, Break' })).toBeVisible();

  // Move the break up, then remove it: focus stays on a control of the list, and each change is said.
  await tabTo(page, page.getByRole('button', { name: 'Move step 4 up' }));
  await page.keyboard.press('Enter');
  await expect(news).toHaveText('Moved Break to step 3 of 4.');
  await expect(page.getByRole('button', { name: 'Move step 3 up' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Remove step 3' }));
  await page.keyboard.press('Enter');
  await expect(steps).toHaveCount(3);
  await expect(news).toHaveText('Removed step 3: Break. 3 steps left.');
  await expect(page.getByRole('button', { name: 'Remove step 3' })).toBeFocused();

  // Present: the dialog takes focus, and every step change or reveal leaves focus inside it.
  await tabTo(page, page.getByRole('button', { name: 'Present' }), { backwards: true });
  await page.keyboard.press('Enter');
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  await expectFocusKept(page, 'opening the presenter');
  await expect(presenter.getByText('Step 1 of 3 · note')).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByText('Step 2 of 3 · scenario')).toBeVisible();
  await expectFocusKept(page, 'moving to the scenario step');

  const vote = presenter.getByTestId('vote-panel');
  await tabTo(page, vote.getByRole('button', { name: 'Add a vote for B' }));
  await page.keyboard.press('Enter');
  await expect(vote.getByTestId('votes-b')).toHaveText('1 vote');
  await tabTo(page, vote.getByRole('button', { name: 'Reveal' }));
  await page.keyboard.press('Enter');
  await expect(vote.getByText('✓ Right')).toBeVisible();
  await expectFocusKept(page, 'Reveal');
  await expect(presenter.locator(':focus')).toHaveCount(1);

  await tabTo(page, presenter.getByRole('button', { name: 'Next →' }));
  await page.keyboard.press('Enter');
  await expect(presenter.getByText('Step 3 of 3 · question')).toBeVisible();
  await expectFocusKept(page, 'moving to the question step');

  // Back to the first step with "← Previous": the button becomes disabled there, and focus must not fall.
  const previous = presenter.getByRole('button', { name: '← Previous' });
  await tabTo(page, previous);
  await page.keyboard.press('Enter');
  await expect(presenter.getByText('Step 2 of 3 · scenario')).toBeVisible();
  await expectFocusKept(page, '← Previous to step 2');
  await tabTo(page, previous);
  await page.keyboard.press('Enter');
  await expect(presenter.getByText('Step 1 of 3 · note')).toBeVisible();
  await expect(previous).toBeDisabled();
  await expectFocusKept(page, '← Previous to the first step');
  await expect(presenter.locator(':focus')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});
