// Bounded, cancellable runs (issue 21 item 4): a shared scenario near the top of its budget (about 900,000
// simulated requests over five hours of simulated time) is accepted by the link, and running it (the builder's
// Validate, the player's setup) goes in slices: progress and a Cancel show, the page answers typing and clicks
// meanwhile, Cancel stops the run and says so once, and nothing the learner typed is lost.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const toBase64Url = (text: string) =>
  Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * latest-wiring with a second source of 30 requests/s and a five-hour wait in its setup: 50 requests/s for
 * five hours is 900,000 requests, under the budget's 1,000,000 (src/scenario/budget.ts), and the whole run
 * stays under its six hours of simulated time.
 */
function heavyShared() {
  const scenario = parse(readFileSync('content/scenarios/latest-wiring.yaml', 'utf8'));
  scenario.id = 'custom-heavy-latest-wiring';
  scenario.title = 'Latest wiring, five busy hours';
  // A single wait may be at most 2 h: five hours in three waits.
  scenario.setup.steps.push(
    { traffic: { source: 'Client', target: 'pay', ratePerSecond: 30 } },
    { wait: '2h' },
    { wait: '2h' },
    { wait: '1h' },
  );
  return { format: 'canary-lab-scenario', version: 1, scenario };
}

/**
 * A learner's slower device: with the simulator as fast as it is on a quiet desktop, the near-budget setup can
 * end before its bar is due (the player shows one only for work lasting over 400 ms), and there would be
 * nothing to cancel. Chromium's CPU throttling (as Lighthouse's mobile profile uses) makes the run last (8× slower).
 */
async function onASlowDevice(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
}

async function openInBuilder(page: Page) {
  await page.goto('/workshop');
  await page.getByLabel('Open a scenario file', { exact: true }).setInputFiles({
    name: 'heavy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(heavyShared())),
  });
  await expect(page.getByRole('form', { name: 'Scenario' })).toBeVisible();
}

test.describe('long scenario runs are sliced and cancellable', () => {
  test('the share link of a scenario near the budget opens; its setup shows progress and Cancel stops it', async ({
    page,
  }) => {
    await onASlowDevice(page);
    await page.goto(`/workshop#scenario=j${toBase64Url(JSON.stringify(heavyShared()))}`);
    const shared = page.getByTestId('shared-scenario');
    await expect(shared.getByRole('heading', { name: /Latest wiring, five busy hours/ })).toBeVisible();
    await shared.getByRole('button', { name: /^Play this scenario/ }).click();

    const progress = shared.getByTestId('run-progress');
    await expect(progress).toContainText('Setting up');
    await expect(shared.getByRole('button', { name: 'Predict what happens' })).toBeDisabled();
    await shared.getByRole('button', { name: 'Cancel' }).click();

    await expect(progress).toBeHidden();
    await expect(shared.getByText('Setting up was cancelled. Retry to set the scenario up again.')).toBeVisible();
    await expect(shared.getByTestId('player-announcement')).toHaveText(
      'Setting up cancelled. Retry to set the scenario up again.',
    );
    await expect(shared.getByRole('button', { name: 'Predict what happens' })).toBeDisabled();
  });

  test('Validate shows progress and Cancel; the page answers meanwhile; Cancel stops it and keeps the form', async ({
    page,
  }) => {
    await onASlowDevice(page);
    await openInBuilder(page);
    const title = page.getByLabel('Title', { exact: true });
    await page.getByRole('button', { name: /^Validate/ }).click();

    const progress = page.getByTestId('run-progress');
    await expect(progress).toContainText('Validating');
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeFocused();
    // Simulated time moves on while the page stays usable: a click and typing are answered during the run.
    await expect(progress).not.toContainText('Validating: 0 s');
    await title.click();
    await title.fill('Latest wiring, typed while it validates');
    await expect(title).toHaveValue('Latest wiring, typed while it validates');
    await expect(cancel).toBeVisible();

    await cancel.click();
    await expect(progress).toBeHidden();
    await expect(page.getByTestId('validation-news')).toHaveText(
      'Validation cancelled. The form is as you left it: validate again when you are ready.',
    );
    await expect(page.getByRole('button', { name: /^Validate/ })).toBeFocused();
    await expect(page.getByRole('button', { name: /^Validate/ })).toBeEnabled();
    await expect(page.getByTestId('validation-report')).toHaveCount(0);
    await expect(title).toHaveValue('Latest wiring, typed while it validates');
    const builder = page.locator('section', { has: page.getByRole('heading', { name: 'Scenario builder' }) });
    await expect(builder.getByRole('button', { name: 'Make share link' })).toBeDisabled();
  });
});
