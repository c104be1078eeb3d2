import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Rehearse end to end: paste a template with two traps, see both findings with their resources,
// apply one fix, rehearse, download the report — online and offline after a first visit.
const TWO_TRAPS = readFileSync(join(process.cwd(), 'tests/fixtures/rehearse/two-traps.yaml'), 'utf8');

async function pasteTwoTrapsAndFixOne(page: Page): Promise<void> {
  await page.getByLabel('Template (YAML or JSON)').fill(TWO_TRAPS);
  await page.getByRole('button', { name: 'Check template' }).click();
  const findings = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(findings).toHaveCount(2);
  await expect(page.getByRole('heading', { name: /Findings \(2\)/ })).toBeFocused();
  const allAtOnce = findings.filter({ hasText: 'deployment.all-at-once' });
  const invoker = findings.filter({ hasText: 'invoker.not-on-alias' });
  await expect(allAtOnce.getByRole('heading')).toContainText('PaymentsFunction');
  await expect(invoker.getByRole('heading')).toContainText('PaymentsConsumer');

  await allAtOnce.getByRole('button', { name: /Apply fix/ }).click();
  await expect(page.getByLabel('Template (YAML or JSON)')).toHaveValue(/Type: Canary10Percent10Minutes/);
  await expect(findings).toHaveCount(1);
  await expect(findings.first()).toContainText('PaymentsConsumer');
}

async function rehearseAndDownload(page: Page): Promise<void> {
  await page.getByLabel('Error rate (%)').fill('50');
  await page.getByLabel('Requests per second').fill('5');
  await page.getByLabel('Seed').fill('7');
  await page.getByRole('button', { name: 'Rehearse', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Rehearsal results' })).toBeFocused({ timeout: 60_000 });
  const table = page.getByRole('table', { name: 'The same release under each configuration' });
  await expect(table.getByRole('rowheader', { name: /Canary10Percent10Minutes \(yours\)/ })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: /AllAtOnce/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Failed requests over time/ })).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download report' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('rehearse-template.html');
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toContain('<dt>Seed</dt><dd>7</dd>');
  expect(html).toContain('PaymentsConsumer');
  expect(html).toMatch(/<dt>Template SHA-256<\/dt><dd><code>[0-9a-f]{64}<\/code>/);
  expect(html).not.toContain('<script');
}

test.describe('Rehearse', () => {
  test('two traps found, one fixed, rehearsed, report downloaded', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rehearse' }).click();
    await expect(page).toHaveTitle('Rehearse · Canary Lab');
    await pasteTwoTrapsAndFixOne(page);
    await rehearseAndDownload(page);
    expect(errors).toEqual([]);
  });

  test("the Lab editor's template opens in Rehearse, checked", async ({ page }) => {
    await page.goto('/lab');
    await page.getByRole('tab', { name: 'Template' }).click();
    await expect(page.getByTestId('template-editor').locator('.cm-content')).toBeVisible();
    await page.getByRole('button', { name: 'Check in Rehearse' }).click();
    await expect(page).toHaveURL(/\/rehearse$/);
    // The Lab's sample is a SAM function with a deployment preference: Rehearse shows it and checks it.
    await expect(page.getByLabel('Template (YAML or JSON)')).toHaveValue(/AWS::Serverless::Function/);
    await expect(page.getByRole('heading', { name: /Findings \(\d+\)/ })).toBeFocused();
    // Handed over once: a reload starts from an empty template.
    await page.reload();
    await expect(page.getByLabel('Template (YAML or JSON)')).toHaveValue('');
  });

  test('bad YAML gets a message with its line and column', async ({ page }) => {
    await page.goto('/rehearse');
    await page.getByLabel('Template (YAML or JSON)').fill('Resources:\n  Fn:\n    Type: [unclosed\n');
    await page.getByRole('button', { name: 'Check template' }).click();
    await expect(page.getByRole('alert')).toContainText(/line \d+, column \d+/);
  });

  test('works offline after a first visit', async ({ page, context }) => {
    await page.goto('/rehearse');
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    await page.reload();
    await context.setOffline(true);
    const response = await page.goto('/rehearse');
    expect(response?.fromServiceWorker()).toBe(true);
    await pasteTwoTrapsAndFixOne(page);
    await rehearseAndDownload(page);
  });

  for (const theme of ['light', 'dark'] as const)
    test(`no serious or critical axe violation in the ${theme} theme, with findings and results shown`, async ({
      page,
    }) => {
      test.info().setTimeout(180_000);
      await page.addInitScript((chosen) => localStorage.setItem('canary-lab:theme', chosen), theme);
      for (const viewport of [
        { name: 'phone', width: 390, height: 844 },
        { name: 'desktop', width: 1440, height: 900 },
      ]) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto('/rehearse');
        await page.getByRole('button', { name: 'Load an example' }).click();
        await page.getByLabel('Requests per second').fill('5');
        await page.getByRole('button', { name: 'Rehearse', exact: true }).click();
        await expect(page.getByRole('heading', { name: 'Rehearsal results' })).toBeVisible({ timeout: 60_000 });
        await page.screenshot({
          path: `test-results-rehearse/screens/rehearse-${viewport.name}-${theme}.png`,
          fullPage: true,
        });
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        const severe = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(severe).toEqual([]);
      }
    });
});
