// Issue 22: the Lab's live regions are designed, not incidental (WCAG 4.1.3). During 10 s of play at 60×
// a screen reader hears at most a few dozen updates (it heard about 600 when the clock was live), and
// the rollback of a failed canary is spoken rather than dropped. A MutationObserver counts every change
// inside a live region: aria-live (not "off"), role status/log/alert, and <output> (an implicit status).
import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'block' });
test.setTimeout(180_000);

/** Starts counting live-region updates: one per region changed in one batch of DOM mutations. */
async function startCounting(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { liveUpdates: number; liveTexts: string[] };
    w.liveUpdates = 0;
    w.liveTexts = [];
    const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="log"], [role="alert"], output';
    new MutationObserver((records) => {
      const regions = new Set<Element>();
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement;
        const region = node?.closest(live);
        if (region) regions.add(region);
      }
      w.liveUpdates += regions.size;
      for (const region of regions) w.liveTexts.push((region.textContent ?? '').trim());
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const liveUpdates = (page: Page) => page.evaluate(() => (window as unknown as { liveUpdates: number }).liveUpdates);
const liveTexts = (page: Page) => page.evaluate(() => (window as unknown as { liveTexts: string[] }).liveTexts);

test('10 s of a failing canary at 60× makes a few dozen live updates at most, and the rollback is announced', async ({
  page,
}) => {
  await page.goto('/lab');
  await expect(page.getByRole('button', { name: 'Start deployment' })).toBeEnabled();
  // The Lab's default world: version 2 is faulty, the alias has an error-rate alarm, rollback is automatic.
  await page.getByTestId('target-version').selectOption('2');
  await page.getByTestId('deployment-config').selectOption('CodeDeployDefault.LambdaCanary10Percent5Minutes');
  await page.getByTestId('auto-pause').uncheck();
  await page.getByRole('group', { name: 'Speed' }).getByRole('button', { name: '60×' }).click();
  await page.getByRole('button', { name: 'Start deployment' }).click();
  await expect(page.getByTestId('deploy-result')).toContainText('In progress');

  await startCounting(page);
  if ((await page.getByTestId('play-toggle').textContent())?.trim() === 'Play')
    await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toHaveText('Pause');
  await page.waitForTimeout(10_000);
  const updates = await liveUpdates(page);
  // Each outcome (deployment started, shifted, alarm, stopped, rollback…) on its own, and nothing per tick.
  expect(updates, `live updates: ${JSON.stringify(await liveTexts(page))}`).toBeLessThanOrEqual(36);

  // The rollback is spoken: the outcome region says it, whether it came in those 10 s or a little later.
  await expect
    .poll(async () => (await liveTexts(page)).some((t) => /rollback complete/i.test(t)), {
      message: 'rollback announced',
      timeout: 60_000,
    })
    .toBe(true);
  expect(await liveTexts(page)).toContainEqual(expect.stringMatching(/alarm/i));
});
