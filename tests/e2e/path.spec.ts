import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// A new learner follows "Start here" on Home through the first chapter (note → scenario → questions);
// Home then offers "Continue" at the next chapter's first step, and still does after a reload.
// Screenshots of Home and the path in test-results-*/screenshots/ (phone and desktop).
test.use({ serviceWorkers: 'block' });
test.setTimeout(300_000);

async function shoot(page: Page, name: string) {
  for (const [label, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({
      path: join(test.info().project.outputDir, 'screenshots', `path-${name}-${label}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Answers the one question on /practice?question=… with the first option(s) and waits until it is stored. */
async function answerQuestion(page: Page) {
  const legend = (await page.locator('main fieldset legend').first().textContent()) ?? '';
  const count = /THREE/.test(legend) ? 3 : /TWO/.test(legend) ? 2 : 1;
  const options = page.locator('main fieldset input');
  for (let k = 0; k < count; k++) await options.nth(k).check();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: /Correct|Not quite/ })).toBeVisible();
  await expect(page.getByText('Saved to your progress.')).toBeVisible();
}

const next = (page: Page) => page.getByTestId('path-next');

test('a new learner follows Start here through the first chapter, then Continue picks up the next step', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Start here' })).toBeVisible();
  await expect(next(page)).toHaveText('Read: Versions and $LATEST');
  await shoot(page, 'home-new');

  // Read: the note, marked as read.
  await next(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Versions and $LATEST' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByText('You marked this note as read.')).toBeVisible();

  // Watch, predict and fix: the scenario, solved with the reference fix.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Continue' })).toBeVisible();
  await expect(next(page)).toHaveText('Watch, predict and fix: The API that skipped the canary');
  await next(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The API that skipped the canary' })).toBeVisible();
  await page.getByRole('button', { name: 'Predict what happens' }).click();
  await page.getByLabel('The new, unpublished code, straight away, for every request.').check();
  await page.getByRole('button', { name: 'Lock in my prediction' }).click();
  await page.getByRole('button', { name: 'Run it' }).click();
  // The run pauses at each event worth watching; the reveal comes after the moment that matters.
  const callout = page.getByTestId('run-callout');
  for (let i = 0; i < 12; i++) {
    await expect(callout).toBeVisible({ timeout: 60_000 });
    if ((await callout.getByRole('heading').textContent())?.includes('The moment that matters')) break;
    await callout.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('button', { name: 'Show what happened and why' }).click();
  await expect(page.getByRole('heading', { name: 'The reveal: what happened and why' })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Fix it' }).click();
  await page.getByRole('button', { name: 'Show the reference fix' }).click();
  await page.getByRole('button', { name: 'Apply the reference fix and check' }).click();
  await expect(page.getByRole('heading', { name: 'Solved' })).toBeVisible({ timeout: 60_000 });

  // Check yourself: two questions, one at a time from Home.
  for (const answered of [0, 1]) {
    await page.goto('/');
    await expect(next(page)).toHaveText('Check yourself: 2 questions');
    await expect(page.locator('.steps li.current')).toContainText(`(${answered} of 2 answered)`);
    await next(page).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review one question' })).toBeVisible();
    await answerQuestion(page);
  }

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Continue' })).toBeVisible();
  await expect(page.getByText('Chapter 2: Shifting traffic with a weighted alias · step 1')).toBeVisible();
  await expect(next(page)).toHaveText('Read: Aliases and weighted routing');
  const firstChapter = page.locator('.chapter').first();
  await firstChapter.locator('summary').click();
  await expect(firstChapter.getByText('✓ Done')).toBeVisible();
  await expect(firstChapter.locator('.steps li.done')).toHaveCount(3);
  await shoot(page, 'home-continue');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Continue' })).toBeVisible();
  await expect(next(page)).toHaveText('Read: Aliases and weighted routing');
  expect(errors).toEqual([]);
});

test('the scenario list shows path order, difficulty, assumed notes and filters by title', async ({ page }) => {
  await page.goto('/scenarios');
  const first = page.locator('.cards > li').first();
  await expect(first.getByRole('link', { name: /^1\. The API that skipped the canary/ })).toBeVisible();
  await expect(first).toContainText('Starter');
  await expect(first.getByRole('link', { name: 'Versions and $LATEST' })).toHaveAttribute(
    'href',
    '/learn/versions-and-latest',
  );
  await expect(
    page.getByLabel('Trap').locator('option', { hasText: 'The alarm that watched an empty room' }),
  ).toHaveCount(1);
  await expect(page.getByLabel('Topic').locator('option', { hasText: 'CodeDeploy configurations' })).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText('seed 42');
});

test('search for a scenario’s title words opens that scenario', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const box = page.getByRole('combobox', { name: 'Search notes, scenarios, glossary and questions' });
  await box.fill('smoke test that never phoned');
  const scenarios = page.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name: 'Scenarios' });
  await expect(scenarios.getByRole('option').first()).toContainText('The smoke test that never phoned home');
  await scenarios.getByRole('option').first().click();
  await expect(page).toHaveURL(/\/scenarios\/hook-never-reports$/);
  await expect(page.getByRole('heading', { level: 1, name: 'The smoke test that never phoned home' })).toBeVisible();

  await page.getByRole('button', { name: 'Search' }).click();
  await box.fill('stuck halfway');
  await expect(scenarios.getByRole('option').first()).toContainText('Stopped halfway, stuck halfway');
});
