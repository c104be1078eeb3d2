import { expect, test, type Page } from '@playwright/test';

// The scenario player: the list, a whole scenario (latest-wiring) from predict to goal, a run that
// pauses at the trap's key event before any reveal, a keyboard-only run, and "Try it" links from a
// note. Screenshots (phone and desktop, light and dark) in test-results/screenshots/.
const themes = ['light', 'dark'] as const;
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

test.use({ serviceWorkers: 'block' });

async function shoot(page: Page, name: string, theme: string) {
  for (const viewport of viewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.screenshot({
      path: `test-results/screenshots/scenario-${name}-${viewport.name}-${theme}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const revealHeading = (page: Page) => page.getByRole('heading', { name: 'The reveal: what happened and why' });
const callout = (page: Page) => page.getByTestId('run-callout');

/** Continues through the run's pauses until the trap's key event; the reveal must stay hidden meanwhile. */
async function continueToKeyEvent(page: Page) {
  for (let i = 0; i < 12; i++) {
    await expect(callout(page)).toBeVisible({ timeout: 60_000 });
    await expect(revealHeading(page)).toHaveCount(0);
    if ((await callout(page).getByRole('heading').textContent())?.includes('The moment that matters')) return;
    await callout(page).getByRole('button', { name: 'Continue' }).click();
  }
  throw new Error('the run never reached the moment that matters');
}

for (const theme of themes) {
  test.describe(`scenarios (${theme} theme)`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((chosen) => localStorage.setItem('canary-lab:theme', chosen), theme);
    });

    test('the list shows all 18 scenarios and filters by trap', async ({ page }) => {
      await page.goto('/scenarios');
      await expect(page.getByRole('heading', { name: 'Trap scenarios' })).toBeVisible();
      await expect(page.locator('.cards > li')).toHaveCount(18);
      await page.getByLabel('Trap').selectOption('hook-never-reports');
      await expect(page.locator('.cards > li')).toHaveCount(1);
      await shoot(page, 'list', theme);
    });

    test('plays latest-wiring: predict, run, reveal, fix, goal', async ({ page }) => {
      await page.goto('/scenarios/latest-wiring?seed=7');
      await expect(page.getByRole('heading', { level: 1, name: 'The API that skipped the canary' })).toBeVisible();
      await page.getByRole('button', { name: 'Predict what happens' }).click();
      await page.getByLabel('The new, unpublished code, straight away, for every request.').check();
      await page.getByRole('button', { name: 'Lock in my prediction' }).click();
      await expect(page.getByText(/^Right\./)).toBeVisible();
      await shoot(page, 'predict', theme);
      await page.getByRole('button', { name: 'Run it' }).click();
      await continueToKeyEvent(page);
      await page.getByRole('button', { name: 'Show what happened and why' }).click();
      await expect(revealHeading(page)).toBeVisible();
      await shoot(page, 'reveal', theme);
      await page.getByRole('button', { name: 'Fix it' }).click();
      // The fix here rewires the invoker, which the console cannot do: the reference fix is shown,
      // and checking the goal without a fix must report what was expected and what is there now.
      await page.getByRole('button', { name: /Check the goal/ }).click();
      await expect(page.getByText('Not yet: the goal did not hold.')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId('goal-result')).toContainText('Expected: no invoker calls $LATEST. Now:');
      await page.getByRole('button', { name: 'Show the reference fix' }).click();
      await expect(page.getByText(/ApiGateway → pay:live/)).toBeVisible();
      await page.getByRole('button', { name: 'Apply the reference fix and check' }).click();
      await expect(page.getByRole('heading', { name: 'Solved' })).toBeVisible({ timeout: 30_000 });
      await shoot(page, 'fix', theme);
    });

    test("a run pauses at the trap's key event with its callout before any reveal", async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto('/scenarios/all-at-once-bad-version?seed=42');
      await page.getByRole('button', { name: 'Predict what happens' }).click();
      await page
        .getByLabel('Every user for about a minute or two, until the alarm fires and CodeDeploy rolls back.')
        .check();
      await page.getByRole('button', { name: 'Lock in my prediction' }).click();
      await page.getByRole('button', { name: 'Run it' }).click();
      // The act starts at once and its first event is a pause: focus is on the callout's heading.
      await expect(callout(page).getByRole('heading')).toBeFocused();
      // "Look for" is written in words, not event codes.
      const lookFor = page.getByRole('list', { name: 'Look for:' });
      await expect(lookFor).toContainText('the rollback putting the alias back');
      await expect(lookFor).not.toContainText('deployment.rolled-back');
      // The first pause: traffic moved to version 2 at once; the reveal is not offered yet.
      await expect(callout(page)).toContainText('Alias live of orders now sends every request to version 2');
      await expect(page.getByRole('button', { name: 'Show what happened and why' })).toHaveCount(0);
      await page.getByRole('button', { name: '60×' }).click();
      await continueToKeyEvent(page);
      const key = callout(page);
      await expect(key.getByRole('heading')).toBeFocused();
      await expect(key).toContainText('rollback');
      await expect(key.getByRole('link', { name: /AWS docs/ }).first()).toHaveAttribute(
        'href',
        /^https:\/\/docs\.aws\.amazon\.com\//,
      );
      await expect(page.getByTestId('player-announcement')).toContainText('The moment that matters');
      for (const viewport of [
        { name: 'desktop', width: 1280, height: 720 },
        { name: 'phone', width: 390, height: 844 },
      ]) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await key.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/screenshots/scenario-run-${viewport.name}-${theme}.png` });
      }
      await page.setViewportSize({ width: 1280, height: 720 });
      await key.getByRole('button', { name: 'Show what happened and why' }).click();
      await expect(revealHeading(page)).toBeFocused();
    });

    test('a hostile share link is refused with a message', async ({ page }) => {
      await page.goto('/scenarios/latest-wiring?seed=%3Cscript%3E');
      await expect(page.getByRole('alert')).toContainText('The seed must be a whole number');
    });
  });
}

/** Presses Tab until the focused element's accessible text matches; focus never rests on <body>. */
async function tabTo(page: Page, name: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        body: !el || el === document.body,
        text: `${el?.getAttribute('aria-label') ?? ''} ${(el as HTMLInputElement | null)?.labels?.[0]?.textContent ?? ''} ${el?.textContent ?? ''}`.trim(),
      };
    });
    expect(focused.body, 'focus fell to <body>').toBe(false);
    if (name.test(focused.text)) return;
  }
  throw new Error(`no control matching ${name} within 40 Tab presses`);
}

async function expectFocusNotOnBody(page: Page) {
  const onBody = await page.evaluate(() => !document.activeElement || document.activeElement === document.body);
  expect(onBody, 'focus fell to <body>').toBe(false);
}

test('keyboard only: a scenario from predict to fix, focus never on <body>', async ({ page }) => {
  await page.goto('/scenarios/manual-canary-update-alias?seed=42');
  await expect(page.getByRole('heading', { level: 1, name: 'A canary by hand' })).toBeFocused();
  await expect(page.locator('li[aria-current="step"]')).toContainText('Story');

  await tabTo(page, /^Predict what happens$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Predict' })).toBeFocused();
  await expect(page.locator('li[aria-current="step"]')).toContainText('Predict');

  await tabTo(page, /Every tenth request, exactly\./);
  await page.keyboard.press('ArrowDown'); // moves to, and checks, the next choice
  await expect(page.getByLabel('About 10 % of requests, each one drawn at random.')).toBeChecked();
  await tabTo(page, /^Lock in my prediction$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Run it' })).toBeFocused();
  await expect(page.getByTestId('prediction-feedback')).toContainText('Right.');

  await page.keyboard.press('Enter');
  await expectFocusNotOnBody(page);
  await expect(page.locator('li[aria-current="step"]')).toContainText('Run');
  for (let i = 0; i < 12; i++) {
    await expect(callout(page).getByRole('heading')).toBeFocused({ timeout: 60_000 });
    if (await page.getByRole('button', { name: 'Show what happened and why' }).count()) break;
    await tabTo(page, /^Continue$/);
    await page.keyboard.press('Enter');
    await expectFocusNotOnBody(page);
  }
  await expect(revealHeading(page)).toHaveCount(0);
  await tabTo(page, /^Show what happened and why$/);
  await page.keyboard.press('Enter');
  await expect(revealHeading(page)).toBeFocused();

  await tabTo(page, /^Fix it$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your fix' })).toBeFocused();
  await expect(page.locator('li[aria-current="step"]')).toContainText('Fix');

  // The fix panel sits in the workspace just below the console: the console is one Shift+Tab stop away.
  await tabTo(page, /Command line: aws or sam command/, 'Shift+Tab');
  await page.keyboard.type(
    'aws lambda update-alias --function-name orders --name live --function-version 1 --routing-config AdditionalVersionWeights={}',
  );
  await page.keyboard.press('Enter');
  await expectFocusNotOnBody(page);
  await tabTo(page, /^Check the goal/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Solved' })).toBeFocused({ timeout: 30_000 });
  await expect(page.locator('li[aria-current="step"]')).toContainText('Solved');
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`the run step keeps the traffic flow, the timeline and the console input in the window together (${size.width}×${size.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/scenarios/all-at-once-bad-version?seed=42');
    await page.getByRole('button', { name: 'Predict what happens' }).click();
    await page
      .getByLabel('Every user for about a minute or two, until the alarm fires and CodeDeploy rolls back.')
      .check();
    await page.getByRole('button', { name: 'Lock in my prediction' }).click();
    await page.getByRole('button', { name: 'Run it' }).click();
    await expect(callout(page).getByRole('heading')).toBeFocused();
    for (const [what, locator] of [
      ['traffic flow', page.getByRole('heading', { name: 'Traffic flow' })],
      ['timeline', page.getByRole('heading', { name: 'Deployment timeline' })],
      ['console input', page.getByTestId('console-input')],
      ['callout', callout(page)],
    ] as const) {
      const box = await locator.boundingBox();
      expect(box, what).not.toBeNull();
      expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(size.height);
    }
  });
}

test('"Try it" links in a note open the guided player, each named after its scenario', async ({ page }) => {
  await page.goto('/learn/why-lambda-deployment-differs');
  const tries = page.locator('.note-body a.try-it');
  await expect(tries.first()).toBeVisible();
  const names = await tries.allTextContents();
  // One link per scenario, each named after the scenario it opens.
  expect(new Set(names).size).toBe(names.length);
  expect(names).toContain('Try it: A canary by hand');
  await page.getByRole('link', { name: 'Try it: A canary by hand' }).click();
  await expect(page).toHaveURL('/scenarios/manual-canary-update-alias');
  await expect(page.getByRole('heading', { level: 1, name: 'A canary by hand' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Predict what happens' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The story' })).toBeVisible();
});
