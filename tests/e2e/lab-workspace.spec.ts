import { expect, test, type Locator, type Page } from '@playwright/test';

// The workspace as a learner meets it, at the three desktop sizes and a phone, light and dark: the Lab
// paused on the default bad canary's alarm, and a scenario's run paused at its first event. Each check
// says what must be on screen; the screenshots (test-results/screenshots/workspace-*.png) are for people.
test.use({ serviceWorkers: 'block' });

const desktops = [
  { name: '1280', width: 1280, height: 720 },
  { name: '1440', width: 1440, height: 900 },
  { name: '1920', width: 1920, height: 1080 },
];
const phone = { name: 'phone', width: 390, height: 844 };

/** Wholly inside the window, not cut at an edge. */
async function onScreen(what: string, locator: Locator, size: { width: number; height: number }) {
  const box = await locator.boundingBox();
  expect(box, `${what} is laid out`).not.toBeNull();
  expect(box!.y, `${what}: top inside the window`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what}: bottom inside the window`).toBeLessThanOrEqual(size.height);
  expect(box!.x + box!.width, `${what}: right edge inside the window`).toBeLessThanOrEqual(size.width);
}

/** Inside the callout's visible part (the callout scrolls inside itself when it is long). */
async function readableIn(what: string, container: Locator, locator: Locator) {
  const outer = await container.boundingBox();
  const box = await locator.boundingBox();
  expect(outer && box, `${what} is laid out`).toBeTruthy();
  expect(box!.y, `${what}: top visible in the callout`).toBeGreaterThanOrEqual(outer!.y);
  expect(box!.y + box!.height, `${what}: bottom visible in the callout`).toBeLessThanOrEqual(
    outer!.y + outer!.height + 1,
  );
}

async function pauseAtAlarm(page: Page) {
  await page.goto('/lab');
  await expect(page.getByRole('button', { name: 'Start deployment' })).toBeEnabled();
  await page.getByRole('button', { name: 'Start deployment' }).click();
  const callout = page.getByTestId('moment-callout');
  await expect(callout).toBeVisible();
  await page.getByRole('button', { name: '600×' }).click();
  await page.getByTestId('moment-continue').click();
  await expect
    .poll(
      async () => {
        const text = await callout.innerText().catch(() => '');
        if (text.includes('is in ALARM')) return true;
        if (await page.getByTestId('moment-continue').isVisible()) await page.getByTestId('moment-continue').click();
        return false;
      },
      { timeout: 60_000, message: 'the run pauses when the alarm fires' },
    )
    .toBe(true);
  return callout;
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`workspace (${theme})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((chosen) => localStorage.setItem('canary-lab:theme', chosen), theme);
    });

    test('paused at the alarm, the callout is readable beside the flow, the timeline and the console input', async ({
      page,
    }) => {
      for (const size of desktops) {
        await page.setViewportSize(size);
        const callout = await pauseAtAlarm(page);
        const at = `${size.width}×${size.height}`;
        await onScreen(`traffic flow at ${at}`, page.getByRole('heading', { name: 'Traffic flow' }), size);
        await onScreen(`timeline at ${at}`, page.getByRole('heading', { name: 'Deployment timeline' }), size);
        await onScreen(`console input at ${at}`, page.getByTestId('console-input'), size);
        // What happened, the rule behind it and Continue: the callout is not squeezed to its title.
        await onScreen(`callout heading at ${at}`, callout.getByRole('heading'), size);
        await onScreen(`Continue at ${at}`, page.getByTestId('moment-continue'), size);
        // At 600× one pause can gather several moments (alarm, stop, rollback): the newest leads, with its AWS page.
        const newest = callout.getByRole('listitem').first();
        await readableIn(`the newest moment's sentence at ${at}`, callout, newest.locator('.what'));
        await readableIn(`its AWS link at ${at}`, callout, newest.getByRole('link', { name: /AWS documentation/ }));
        await expect(callout).toContainText('ALARM');
        await expect(callout).toContainText('Rule:');
        expect(await page.evaluate(() => window.scrollY), `no page scroll at ${at}`).toBe(0);
        await page.screenshot({ path: `test-results/screenshots/workspace-lab-${size.name}-${theme}.png` });
      }
    });

    test('at phone size every view is one tap away and shows its panel', async ({ page }) => {
      await page.setViewportSize(phone);
      const callout = await pauseAtAlarm(page);
      await expect(callout.getByRole('heading')).toBeInViewport();
      await page.screenshot({ path: `test-results/screenshots/workspace-lab-phone-${theme}.png` });
      const tabs = page.getByRole('tablist', { name: 'Lab views' }).getByRole('tab');
      const names = await tabs.allInnerTexts();
      expect(names.length).toBeGreaterThanOrEqual(8);
      for (const name of names) {
        await page.getByRole('tab', { name, exact: true }).click();
        const panel = page.getByRole('tabpanel', { name, exact: true });
        await expect(panel, `${name} panel`).toBeVisible();
        await expect(panel, `${name} panel is brought into view`).toBeInViewport();
      }
    });

    test("a scenario's run step: the callout, the flow, the timeline and the console input share the window", async ({
      page,
    }) => {
      for (const size of [...desktops, phone]) {
        await page.setViewportSize(size);
        await page.goto('/scenarios/all-at-once-bad-version?seed=42');
        await page.getByRole('button', { name: 'Predict what happens' }).click();
        await page.getByRole('radio').first().check();
        await page.getByRole('button', { name: 'Lock in my prediction' }).click();
        await page.getByRole('button', { name: 'Run it' }).click();
        const callout = page.getByTestId('run-callout');
        await expect(callout.getByRole('heading')).toBeFocused();
        const at = `${size.width}×${size.height}`;
        await onScreen(`run callout heading at ${at}`, callout.getByRole('heading'), size);
        await readableIn(`the event's sentence at ${at}`, callout, callout.locator('.what'));
        await onScreen(`the callout's button at ${at}`, callout.getByRole('button').first(), size);
        if (size !== phone) {
          await onScreen(`traffic flow at ${at}`, page.getByRole('heading', { name: 'Traffic flow' }), size);
          await onScreen(`timeline at ${at}`, page.getByRole('heading', { name: 'Deployment timeline' }), size);
          await onScreen(`console input at ${at}`, page.getByTestId('console-input'), size);
        }
        await page.screenshot({ path: `test-results/screenshots/workspace-scenario-run-${size.name}-${theme}.png` });
      }
    });
  });
}
