import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { showWorkspaceTab } from './workspaceTabs';

// The Lab's console takes input before the simulator has loaded (issue 18): lines typed meanwhile are
// shown as waiting for the simulator and run, in order and once each, when the world is ready. The
// simulator's chunks (the Lab page's parts and the console's engine) are held back here until the test
// lets them through, so "before" is certain rather than a race.

test.use({ serviceWorkers: 'block' });

const SIMULATOR_CHUNKS = /\/assets\/(labWorldParts|labViewParts|consoleEngine)-[^/]*\.js$/;

/** Opens /lab with the simulator's chunks held; returns the function that lets them load. */
async function openLabWithSimulatorHeld(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(SIMULATOR_CHUNKS, async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(() => localStorage.removeItem('canary-lab:console-history'));
  await page.goto('/lab');
  await expect(page.locator('main h1')).toHaveText('Lab');
  await showWorkspaceTab(page, 'Console');
  return release;
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test.describe(`on a ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('commands typed before the simulator is ready wait, then run in order, once each, with their real output', async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const release = await openLabWithSimulatorHeld(page);

      const input = page.getByTestId('console-input');
      await expect(input).toBeEditable();
      await input.fill('aws lambda get-alias --function-name orders --name live');
      await input.press('Enter');
      await input.fill('aws lambda get-function-configuration --function-name nope');
      await input.press('Enter');

      const queued = page.getByTestId('console-queued');
      await expect(queued).toHaveCount(2);
      await expect(queued.first()).toContainText('aws lambda get-alias --function-name orders --name live');
      await expect(queued.first()).toContainText('waiting for the simulator');
      await expect(page.getByTestId('console-entry')).toHaveCount(0);
      // ↑ already walks the history, and a draft typed now is the learner's own.
      await input.press('ArrowUp');
      await expect(input).toHaveValue('aws lambda get-function-configuration --function-name nope');
      await input.fill('aws lambda list-aliases');
      const axe = await new AxeBuilder({ page }).include('[data-testid="lab-workspace"]').analyze();
      expect(axe.violations).toEqual([]);

      release();
      const entries = page.getByTestId('console-entry');
      await expect(entries).toHaveCount(2, { timeout: 30_000 });
      await expect(queued).toHaveCount(0);
      await expect(entries.nth(0)).toContainText(
        '"AliasArn": "arn:aws:lambda:us-east-1:123456789012:function:orders:live"',
      );
      await expect(entries.nth(1)).toContainText('ResourceNotFoundException');
      await expect(page.getByTestId('console-announcer')).toContainText(
        'The simulator is ready: running 2 queued commands.',
      );
      // Exactly once: nothing runs again a moment later.
      await page.waitForTimeout(500);
      await expect(entries).toHaveCount(2);
      // The draft and focus stayed where the learner left them.
      await expect(input).toHaveValue('aws lambda list-aliases');
      await expect(input).toBeFocused();
      expect(errors).toEqual([]);
    });

    test('the console does not move when the simulator arrives', async ({ page }) => {
      const release = await openLabWithSimulatorHeld(page);
      const input = page.getByTestId('console-input');
      await expect(input).toBeVisible();
      const before = await input.boundingBox();
      release();
      await expect(page.getByTestId('play-toggle')).toBeEnabled({ timeout: 30_000 });
      await expect(page.getByTestId('console-announcer')).toContainText('The simulator is ready.');
      expect(await input.boundingBox()).toEqual(before);
    });
  });
}

test('when the simulator cannot be downloaded, the Lab says so and keeps what was typed', async ({ page }) => {
  await page.route(/\/assets\/labWorldParts-[^/]*\.js$/, (route) => route.abort('failed'));
  await page.addInitScript(() => localStorage.removeItem('canary-lab:console-history'));
  await page.goto('/lab');
  await showWorkspaceTab(page, 'Console');
  const input = page.getByTestId('console-input');
  await input.fill('aws lambda list-aliases --function-name orders');
  await input.press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'The simulator could not be loaded' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText('reloading usually fixes it');
  // The line waits rather than vanishing; nothing pretends to have run it.
  await expect(page.getByTestId('console-queued')).toContainText('aws lambda list-aliases --function-name orders');
  await expect(page.getByTestId('console-entry')).toHaveCount(0);
});
