import { expect, test, type Page } from '@playwright/test';

// Progress draws its review and streak cards before it downloads its charts (issue 18): the cards are
// what a learner opens the page for, and on a phone's connection the charts' code (d3-scale and three
// chart components) would otherwise delay them. The charts' chunk is held back here until the test lets
// it through (or fails it), so "before" is certain rather than a race.

test.use({ serviceWorkers: 'block' });

const CHARTS_CHUNK = /\/assets\/progressCharts-[^/]*\.js$/;

/** Opens /progress with the charts' chunk held; returns the function that answers its request. */
async function openProgressWithChartsHeld(page: Page, answer: 'load' | 'fail'): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(CHARTS_CHUNK, async (route) => {
    await released;
    if (answer === 'load') await route.continue();
    else await route.abort('failed');
  });
  await page.goto('/progress');
  return release;
}

test('the review and streak cards show while the charts are still downloading; the charts follow', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const release = await openProgressWithChartsHeld(page, 'load');

  await expect(page.getByRole('heading', { name: 'Review today' })).toBeVisible();
  await expect(page.getByText('Nothing is due today.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Streak' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reviews due in the next 14 days' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your data' })).toHaveCount(0);
  const cardTop = await page.getByRole('heading', { name: 'Review today' }).boundingBox();

  release();
  await expect(page.getByRole('heading', { name: 'Reviews due in the next 14 days' })).toBeVisible();
  await expect(page.getByText('Nothing is due in these 14 days.')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Activity over the last/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
  // Everything that arrived sits below the cards: the cards did not move.
  expect(await page.getByRole('heading', { name: 'Review today' }).boundingBox()).toEqual(cardTop);
  expect(errors).toEqual([]);
});

test('when the charts cannot be downloaded, the page says so and keeps the cards and the data controls', async ({
  page,
}) => {
  const release = await openProgressWithChartsHeld(page, 'fail');
  await expect(page.getByText('Nothing is due today.')).toBeVisible();
  release();
  const alert = page.getByRole('alert').filter({ hasText: 'The charts could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('reloading usually fixes it');
  await expect(page.getByRole('heading', { name: 'Review today' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export progress' })).toBeVisible();
});
