// Progress (issue 9): progress survives a reload and works offline, two tabs stay consistent through
// Dexie's liveQuery, and a hostile import is rejected with its reason while nothing changes.
// Screenshots (phone/desktop × light/dark) go to test-results/screenshots/progress-*.png.
// PROGRESS_BASE_URL points the spec at another preview (the default 4173 may be someone else's).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

if (process.env.PROGRESS_BASE_URL) test.use({ baseURL: process.env.PROGRESS_BASE_URL });

const day = 86_400_000;

/** A small valid export: three answers to hooks-001 (two right) and its review card, due yesterday. */
function progressFile(now = Date.now()) {
  const attempts = [0, 1, 2].map((i) => ({
    id: `e2e-${i}`,
    itemId: 'hooks-001',
    chosenOptionIds: ['a'],
    correct: i !== 1,
    durationMs: 20_000,
    mode: 'drill',
    at: now - (3 - i) * day,
  }));
  const card = {
    id: 'question:hooks-001',
    kind: 'question',
    itemId: 'hooks-001',
    due: now - day,
    stability: 2,
    difficulty: 5,
    elapsedDays: 1,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 3,
    lapses: 1,
    state: 2,
    lastReview: now - 2 * day,
    updatedAt: now - 2 * day,
  };
  return {
    format: 'canary-lab-progress',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    schemaVersion: 2,
    data: { attempts, reviewCards: [card], scenarioRuns: [], notesRead: [], examSessions: [], settings: [], meta: [] },
  };
}

async function importText(page: Page, name: string, text: string) {
  await page
    .getByLabel('Progress file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function openProgress(page: Page) {
  await page.goto('/progress');
  await expect(page.getByRole('heading', { name: 'Review today' })).toBeVisible();
}

async function seed(page: Page) {
  await openProgress(page);
  await importText(page, 'progress.json', JSON.stringify(progressFile()));
  await expect(page.getByRole('heading', { name: 'What importing this file changes' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Answers 3 0 0 0/ })).toBeVisible();
  await page.getByRole('button', { name: 'Import these changes' }).click();
  await expect(page.getByText(/Imported\. Answers: 3 added/)).toBeVisible();
}

test.describe('progress', () => {
  test('an imported history shows in the dashboard and survives a reload', async ({ page }) => {
    await seed(page);
    await expect(page.getByRole('heading', { name: 'Mastery by topic' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Mastery by topic: Lifecycle hooks \d+%/ })).toBeVisible();
    await expect(page.locator('.queue li')).toHaveCount(1);
    // Each chart's table alternative lists the same data once opened (three answers on three days).
    await page.getByText(/Active days as a table \(3\)/).click();
    await expect(page.locator('details.as-table[open] tbody tr')).toHaveCount(3);
    await page.reload();
    await expect(page.getByRole('img', { name: /Mastery by topic: Lifecycle hooks \d+%/ })).toBeVisible();
    await expect(page.locator('.queue li a')).toHaveAttribute('href', '/practice?question=hooks-001');
    // The due question is named by its text (its stem, loaded when something is due), not by its id.
    await expect(page.locator('.queue li a')).toHaveText(
      /^A retail team adds a BeforeAllowTraffic validation function/,
    );
  });

  test('two tabs stay consistent: an import in one shows in the other without reloading', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await openProgress(second);
    await expect(second.getByText('No answers yet.')).toBeVisible();
    // A new profile has nothing scheduled: a sentence says so instead of empty columns on a 0–1 axis.
    await expect(second.getByText('Nothing is due in these 14 days.', { exact: false })).toBeVisible();
    await seed(first);
    await expect(second.getByRole('img', { name: /Mastery by topic: Lifecycle hooks/ })).toBeVisible();
    // The imported card is overdue, so it is due today; the other days are labelled with weekday and date.
    await expect(
      second.getByRole('img', { name: /^Reviews due per day over the next 14 days: today 1; \w{3} \d+ 0/ }),
    ).toBeVisible();
    await expect(second.locator('.queue li')).toHaveCount(1);
  });

  test('a hostile import is rejected with its reason and changes nothing', async ({ page }) => {
    await seed(page);
    // The review card names its question by id until the question's text has loaded (it loads only when
    // a review is due): compare the page as it settles, not that first moment.
    await expect(page.locator('.queue li a')).toHaveText(/^A retail team adds a BeforeAllowTraffic/);
    const before = await page.locator('.queue').innerText();
    const hostile = JSON.stringify(progressFile()).replace(
      '"attempts":[',
      '"attempts":[{"__proto__":{"polluted":true}},',
    );
    await importText(page, 'hostile.json', hostile);
    await expect(page.getByRole('alert')).toContainText('The key "__proto__"');
    await expect(page.getByRole('button', { name: 'Import these changes' })).toHaveCount(0);
    await importText(page, 'future.json', JSON.stringify({ ...progressFile(), version: 99 }));
    await expect(page.getByRole('alert')).toContainText('version 99');
    await page.reload();
    await expect(page.locator('.queue')).toHaveText(before);
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  });

  test('reset asks the learner to type RESET, then deletes everything', async ({ page }) => {
    await seed(page);
    await page.getByRole('button', { name: 'Reset everything…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete all progress?' });
    await expect(dialog.getByRole('button', { name: 'Delete everything' })).toBeDisabled();
    await dialog.getByLabel('Type RESET to confirm').fill('RESET');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.getByText('No answers yet.')).toBeVisible();
  });

  test('works offline once the service worker controls the page', async ({ page, context }) => {
    await seed(page);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('img', { name: /Mastery by topic: Lifecycle hooks/ })).toBeVisible();
    await context.setOffline(false);
  });

  for (const viewport of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1280, height: 900 },
  ]) {
    for (const theme of ['light', 'dark'] as const) {
      test(`screenshot and axe scan: ${viewport.name}, ${theme}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await seed(page);
        await page.getByLabel('Planned exam day').fill(new Date(Date.now() + 30 * day).toISOString().slice(0, 10));
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await expect(page.getByTestId('plan-status')).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
        await page.screenshot({
          path: `test-results/screenshots/progress-${viewport.name}-${theme}.png`,
          fullPage: true,
        });
      });
    }
  }
});
