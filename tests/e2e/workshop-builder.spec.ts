// Workshop scenario builder (issue 10): start from a copy of a built-in scenario, validate it headless,
// see an edit lock saving and sharing again, export it as a share link, open that link in a NEW browser
// context and play it to the prediction; a broken setup command is named with the CLI's AWS error; hostile
// #scenario= links (markup in the title, an oversized payload, a newer version) show their own message and
// run nothing. Screenshots go to test-results/screenshots/workshop-builder-{phone,desktop}-{light,dark}.png.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './a11y-helpers';

const toBase64Url = (text: string) =>
  Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
/** A plain-JSON share fragment ("j" mark), as an uncompressed link carries it. */
const scenarioFragment = (value: unknown) => `#scenario=j${toBase64Url(JSON.stringify(value))}`;

async function copyBuiltIn(page: Page, id: string) {
  await page.goto('/workshop');
  await page.getByLabel('Start from').selectOption(`builtin:${id}`);
  await page.getByRole('button', { name: 'Copy into the form' }).click();
  await expect(page.getByRole('form', { name: 'Scenario' })).toBeVisible();
}

const builder = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Scenario builder' }) });

async function validate(page: Page) {
  await page.getByRole('button', { name: /^Validate/ }).click();
  await expect(page.getByTestId('validation-report')).toBeVisible({ timeout: 30_000 });
}

/** The scenario as an exported file, built in the page so the test does not copy the YAML. */
async function exportedScenario(page: Page): Promise<Record<string, unknown>> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as a file' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  return JSON.parse(Buffer.concat(text).toString('utf8'));
}

test.describe('workshop scenario builder', () => {
  test('build from a copy, validate, share as a link, open it in a new browser and play it from the prediction to the goal', async ({
    page,
    browser,
  }) => {
    await copyBuiltIn(page, 'latest-wiring');
    const b = builder(page);
    await expect(b.getByRole('button', { name: 'Make share link' })).toBeDisabled();
    await b.getByLabel('Title', { exact: true }).fill('Our API skipped the canary');
    await b.getByRole('button', { name: 'Id from title' }).click();
    await expect(b.getByLabel(/^Id \(custom/)).toHaveValue('custom-our-api-skipped-the-canary');

    await validate(page);
    const report = page.getByTestId('validation-report');
    await expect(report).toContainText('Valid: it runs headless as intended (seed 42).');
    await expect(report).toContainText('✓ Trap check without the fix: holds after');
    await expect(report).toContainText('✓ Goal after the reference fix: holds after');
    await expect(b.getByRole('button', { name: 'Make share link' })).toBeEnabled();

    // Any edit invalidates: saving and sharing wait for a new validation.
    await b.getByLabel('Question', { exact: true }).fill('Version 2 is only uploaded. What do API Gateway users get?');
    await expect(b.getByText('The form changed since it was validated')).toBeVisible();
    await expect(b.getByRole('button', { name: 'Make share link' })).toBeDisabled();
    await expect(b.getByRole('button', { name: 'Save in this browser' })).toBeDisabled();
    await validate(page);
    await expect(report).toContainText('Valid: it runs headless as intended');

    // Saved locally: it survives a reload as a starting point.
    await b.getByRole('button', { name: 'Save in this browser' }).click();
    await expect(
      b.getByText('Saved “Our API skipped the canary” in this browser as custom-our-api-skipped-the-canary.'),
    ).toBeVisible();
    const file = await exportedScenario(page);
    expect(file).toMatchObject({
      format: 'canary-lab-scenario',
      version: 1,
      scenario: { id: 'custom-our-api-skipped-the-canary' },
    });

    await b.getByRole('button', { name: 'Make share link' }).click();
    const link = await page.getByTestId('scenario-link').inputValue();
    expect(link).toMatch(/\/workshop#scenario=[zj][A-Za-z0-9_-]+$/);

    await page.reload();
    await expect(
      page.getByLabel('Start from').locator('option[value="saved:custom-our-api-skipped-the-canary"]'),
    ).toHaveCount(1);

    // A learner opens the link in a fresh browser (no saved state) and plays it.
    const context = await browser.newContext();
    const learner = await context.newPage();
    await learner.goto(link);
    await expect(learner.getByText('Opened the shared scenario “Our API skipped the canary”.')).toBeVisible();
    const shared = learner.getByTestId('shared-scenario');
    await expect(shared.getByRole('heading', { name: 'Shared scenario: Our API skipped the canary' })).toBeVisible();
    await shared.getByRole('button', { name: 'Play this scenario (seed 42)' }).click();
    await expect(shared.getByRole('heading', { name: 'Our API skipped the canary', level: 1 })).toBeVisible();
    await expect(shared.getByRole('link', { name: 'Share link' })).toHaveCount(0); // no /scenarios page for a custom id
    await shared.getByRole('button', { name: 'Predict what happens' }).click();
    await expect(
      shared.getByRole('group', { name: 'Version 2 is only uploaded. What do API Gateway users get?' }),
    ).toBeVisible();
    await shared.getByLabel('The new, unpublished code, straight away, for every request.').check();
    await shared.getByRole('button', { name: 'Lock in my prediction' }).click();
    await expect(shared.getByTestId('prediction-feedback')).toContainText(
      'Right. An unqualified function name runs $LATEST',
    );
    await shared.getByRole('button', { name: 'Run it' }).click();
    // The run pauses at the trap's key event; the reveal comes after it.
    await shared.getByRole('button', { name: 'Show what happened and why' }).click({ timeout: 60_000 });
    await expect(shared.getByRole('heading', { name: 'The reveal: what happened and why' })).toBeVisible();
    // Played on to the end, a custom scenario is not written to progress (it has no /scenarios page to review).
    await shared.getByRole('button', { name: 'Fix it' }).click();
    await shared.getByRole('button', { name: 'Show the reference fix' }).click();
    await shared.getByRole('button', { name: 'Apply the reference fix and check' }).click();
    await expect(shared.getByRole('heading', { name: 'Solved' })).toBeVisible({ timeout: 60_000 });
    await expect(shared.getByText('Workshop scenarios are not recorded in your progress.')).toBeVisible();
    await context.close();
  });

  test('a setup command that fails is named with its place and the AWS error, and nothing can be shared', async ({
    page,
  }) => {
    await copyBuiltIn(page, 'latest-wiring');
    const setup = page.getByLabel('Setup steps (run before the learner predicts)');
    const lines = await setup.inputValue();
    await setup.fill(lines.replace('create-alias --function-name pay', 'create-alias --function-name payments'));
    await validate(page);
    const alert = page.getByTestId('validation-report').getByRole('alert');
    // latest-wiring's setup: create-function, wait for it to be Active, publish-version, then create-alias.
    await expect(alert).toContainText('A step failed at setup.steps[3] (seed 42):');
    await expect(alert).toContainText('aws lambda create-alias --function-name payments');
    await expect(alert).toContainText('An error occurred (ResourceNotFoundException)');
    await expect(page.getByRole('button', { name: 'Export as a file' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Play it' })).toBeDisabled();
  });

  test('an exported scenario file opens in the builder and in the player of another browser', async ({
    page,
    browser,
  }) => {
    await copyBuiltIn(page, 'rollback-is-new-deployment');
    await validate(page);
    const file = await exportedScenario(page);
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto('/workshop');
    await other.getByLabel('Open a scenario file').setInputFiles({
      name: 'rollback.scenario.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const shared = other.getByTestId('shared-scenario');
    await expect(shared).toContainText('From the file rollback.scenario.json');
    await expect(other.getByLabel(/^Id \(custom/)).toHaveValue('custom-rollback-is-new-deployment');
    await shared.getByRole('button', { name: 'Play this scenario (seed 42)' }).click();
    await expect(shared.getByRole('button', { name: 'Predict what happens' })).toBeEnabled({ timeout: 30_000 });
    await context.close();
  });

  test('a scenario too big for a 16 KB link says so and offers the file instead', async ({ page }) => {
    await copyBuiltIn(page, 'latest-wiring');
    let seed = 7;
    const noise = () =>
      Array.from({ length: 15_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join(
        '',
      );
    const files = page.getByRole('group', { name: 'Files', exact: true });
    for (const n of [3, 4]) {
      await files.getByRole('button', { name: 'Add a file' }).click();
      await files.getByLabel(`Path of file ${n}`).fill(`notes/extra-${n}.txt`);
      await files.getByLabel(`Content of file ${n}`).fill(noise());
    }
    await validate(page);
    await expect(page.getByTestId('validation-report')).toContainText('Valid: it runs headless as intended');
    await builder(page).getByRole('button', { name: 'Make share link' }).click();
    const problem = page.getByTestId('link-problem');
    await expect(problem).toContainText(
      /This scenario needs \d+ KB in a link; links are limited to 16 KB\. Share it as a file instead\./,
    );
    await expect(page.getByTestId('scenario-link')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await problem.getByRole('button', { name: 'Export as a file instead' }).click();
    expect((await download).suggestedFilename()).toBe('the-api-that-skipped-the-canary.scenario.json');
  });

  test('a damaged saved scenario is reported and skipped, the good one still offered', async ({ page }) => {
    await copyBuiltIn(page, 'latest-wiring');
    await validate(page);
    await page.getByRole('button', { name: 'Save in this browser' }).click();
    await page.evaluate(() => {
      const key = 'canary-lab.workshop.customScenarios';
      const saved = JSON.parse(localStorage.getItem(key) ?? '[]');
      const evil = structuredClone(saved[0]);
      evil.scenario.id = 'custom-evil';
      evil.scenario.title = '<img src=x onerror=alert(1)>';
      localStorage.setItem(key, JSON.stringify([evil, ...saved]));
    });
    await page.reload();
    await expect(page.getByRole('alert')).toHaveText(
      'Saved scenario 1 was ignored: This scenario is not valid: field “scenario.title”: angle brackets (HTML markup) are not allowed.',
    );
    await expect(page.getByLabel('Start from').locator('option[value^="saved:"]')).toHaveCount(1);
    await expect(page.getByLabel('Start from').locator('option[value="saved:custom-latest-wiring"]')).toHaveCount(1);
  });

  test('schema problems are named by their field, in plain words, and each leads to its field', async ({ page }) => {
    await copyBuiltIn(page, 'latest-wiring');
    await page.getByLabel(/^Id \(custom/).fill('latest-wiring');
    await page.getByLabel('AWS documentation links for the reveal').fill('https://example.com/not-aws');
    await validate(page);
    const report = page.getByTestId('validation-report');
    await expect(report.getByRole('heading', { name: 'Not valid yet: 2 problems to fix' })).toBeVisible();
    await expect(report.getByRole('listitem')).toHaveText([
      'Id: use custom- followed by lower-case words joined by single dashes, such as custom-my-canary.',
      'AWS documentation links for the reveal, line 1: enter a full link that starts with https://docs.aws.amazon.com/.',
    ]);
    await expect(report).not.toContainText(/Invalid|Too small|expected|reveal\.docs/);
    const docs = page.getByLabel('AWS documentation links for the reveal');
    await expect(docs).toHaveAttribute('aria-invalid', 'true');
    await expect(docs).toHaveAccessibleDescription(
      'Line 1: enter a full link that starts with https://docs.aws.amazon.com/.',
    );
    await report.getByRole('button', { name: /^AWS documentation links for the reveal/ }).click();
    await expect(docs).toBeFocused();

    // Fixed and validated again: that field's message is gone, the other stays until it is fixed too.
    await docs.fill('https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html');
    await page.getByRole('button', { name: /^Validate/ }).click();
    await expect(docs).not.toHaveAttribute('aria-invalid');
    await expect(docs).toHaveAccessibleDescription('');
    await expect(report.getByRole('heading', { name: 'Not valid yet: 1 problem to fix' })).toBeVisible();
    await expect(page.getByLabel(/^Id \(custom/)).toBeFocused();
  });

  test('keyboard only: Validate sends focus to the first invalid field, described in plain words, and says how many once', async ({
    page,
  }) => {
    await page.goto('/workshop');
    await tabTo(page, page.getByLabel('Start from'));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy into the form' })).toBeFocused();
    await page.keyboard.press('Enter');
    const title = page.getByLabel('Title', { exact: true });
    const id = page.getByLabel(/^Id \(custom/);
    await tabTo(page, title);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await expect(id).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('My Canary');
    await tabTo(page, page.getByRole('button', { name: /^Validate/ }), { max: 200 });
    await page.keyboard.press('Enter');

    await expect(title).toBeFocused();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription('Enter a title.');
    await expect(id).toHaveAccessibleDescription(
      'Use custom- followed by lower-case words joined by single dashes, such as custom-my-canary.',
    );
    // One polite status line carries the count; the list itself is not a live region.
    await expect(page.getByTestId('builder-problem-news')).toHaveText(
      'Not valid yet: 2 problems to fix. The first is Title.',
    );
    await expect(page.getByTestId('builder-problem-news')).toHaveAttribute('role', 'status');
    await expect(page.getByTestId('validation-report').getByRole('alert')).toHaveCount(0);

    // From the report, the second problem leads to the Id field.
    const idProblem = page.getByTestId('validation-report').getByRole('button', { name: /^Id: / });
    await tabTo(page, idProblem, { max: 200 });
    await page.keyboard.press('Enter');
    await expect(id).toBeFocused();

    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
  });

  test.describe('hostile scenario links run nothing', () => {
    let dialogs: string[] = [];
    test.beforeEach(({ page }) => {
      dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    });
    test.afterEach(() => expect(dialogs).toEqual([]));

    async function sharedCopy(page: Page): Promise<Record<string, unknown>> {
      await copyBuiltIn(page, 'latest-wiring');
      await validate(page);
      return exportedScenario(page);
    }

    async function expectNothingRuns(page: Page) {
      await expect(page.getByTestId('shared-scenario')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Play this scenario/ })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Predict what happens' })).toHaveCount(0);
    }

    test('script markup in the title', async ({ page }) => {
      const file = await sharedCopy(page);
      const scenario = { ...(file.scenario as object), title: '<script>alert("pwned")</script>' };
      await page.goto('/'); // a full load, so the page reads the new fragment
      await page.goto(`/workshop${scenarioFragment({ ...file, scenario })}`);
      await expect(page.getByTestId('link-error')).toHaveText(
        'This link was not opened: This scenario is not valid: field “scenario.title”: angle brackets (HTML markup) are not allowed. Nothing from it was loaded or run.',
      );
      await expectNothingRuns(page);
      expect(
        await page
          .locator('script:not([src])')
          .evaluateAll((els) => els.filter((e) => e.textContent?.includes('pwned')).length),
      ).toBe(0);
    });

    test('an oversized payload', async ({ page }) => {
      await page.goto(`/workshop#scenario=j${'A'.repeat(17 * 1024 - 1)}`);
      await expect(page.getByTestId('link-error')).toHaveText(
        'This link was not opened: The link carries 17 KB of data; links are limited to 16 KB, so it was not opened. Nothing from it was loaded or run.',
      );
      await expectNothingRuns(page);
    });

    test('a newer format version', async ({ page }) => {
      const file = await sharedCopy(page);
      await page.goto('/'); // a full load, so the page reads the new fragment
      await page.goto(`/workshop${scenarioFragment({ ...file, version: 2 })}`);
      await expect(page.getByTestId('link-error')).toHaveText(
        'This link was not opened: This scenario has version 2; this copy of Canary Lab reads version 1. Update the app or ask for a new export. Nothing from it was loaded or run.',
      );
      await expectNothingRuns(page);
    });

    test('a scenario file with a setup step that would wait for days', async ({ page }) => {
      const file = await sharedCopy(page);
      const scenario = file.scenario as { setup: { steps: unknown[] } };
      const slowStep = scenario.setup.steps.push({ wait: '999h' }) - 1;
      await page.getByLabel('Open a scenario file').setInputFiles({
        name: 'slow.scenario.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
      await expect(page.getByTestId('builder-error')).toContainText(
        `The file was not opened: This scenario is not valid: field “scenario.setup.steps.${slowStep}.wait”: a wait of at most 2h of simulated time.`,
      );
      await expectNothingRuns(page);
    });
  });

  for (const viewport of [
    { name: 'phone', width: 360, height: 740 },
    { name: 'desktop', width: 1280, height: 900 },
  ]) {
    for (const theme of ['light', 'dark'] as const) {
      test(`screenshot and axe scan of the builder: ${viewport.name}, ${theme}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await copyBuiltIn(page, 'sam-first-deploy');
        await validate(page);
        await expect(page.getByTestId('validation-report')).toContainText('Valid: it runs headless as intended');
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await builder(page).screenshot({
          path: `test-results/screenshots/workshop-builder-${viewport.name}-${theme}.png`,
        });
      });
    }
  }
});
