import { expect, test, type Page } from '@playwright/test';
import { showWorkspaceTab } from './workspaceTabs';

// LAB-FLOW views: the traffic flow (wiring warnings), the inspector (AWS-shaped JSON) and the
// compare mode. Screenshots go to test-results/screenshots/flow-*.png for people to look at.
const themes = ['light', 'dark'] as const;
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

test.use({ serviceWorkers: 'block' });

/** ?view=compare deep-links into the comparison: its disclosure opens by itself (clicking it would close it). */
async function openCompare(page: Page) {
  await page.goto('/lab?view=compare');
  const view = page.getByTestId('compare-view');
  await expect(page.locator('details#compare')).toHaveAttribute('open', '');
  await expect(view).toBeVisible();
  return view;
}

test('the flow view warns about an invoker wired to the bare function name ($LATEST)', async ({ page }) => {
  await page.goto('/lab?scenario=latest-wiring');
  const flow = page.getByTestId('traffic-flow');
  await expect(flow.getByTestId('wiring-warning')).toContainText('$LATEST', { timeout: 30_000 });
  await expect(flow.getByTestId('flow-target').filter({ hasText: '$LATEST wiring' })).toBeVisible();
  // The table alternative says the same in words.
  await flow.getByText('Show as a table').click();
  await expect(flow.locator('table')).toContainText('$LATEST');
});

test('the inspector opens an alias and shows its GetAlias JSON; canary:inspect opens an item too', async ({ page }) => {
  await page.goto('/lab');
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const inspector = page.getByTestId('inspector');
  await inspector.getByRole('button', { name: /^orders:live/ }).click();
  const json = inspector.getByTestId('inspector-json');
  await expect(json).toContainText('"AliasArn": "arn:aws:lambda:us-east-1:123456789012:function:orders:live"');
  await expect(json).toContainText('"FunctionVersion": "1"');
  await page.evaluate(() =>
    window.dispatchEvent(
      new CustomEvent('canary:inspect', { detail: { kind: 'alarm', id: 'orders-live-error-rate' } }),
    ),
  );
  await expect(inspector.getByTestId('inspector-title')).toHaveText('orders-live-error-rate');
  await expect(json).toContainText('"MetricAlarms"');
});

test('compare mode shows three results, and all-at-once lets the most requests fail', async ({ page }) => {
  const view = await openCompare(page);
  const results = view.getByTestId('compare-result');
  await expect(results).toHaveCount(3, { timeout: 60_000 });
  const failed = (await view.getByTestId('failed-requests').allTextContents()).map(Number);
  expect(failed).toHaveLength(3);
  expect(failed[2]).toBeGreaterThan(Math.max(failed[0]!, failed[1]!));
});

for (const theme of themes) {
  test(`the canary's split in the flow, the alias in the inspector and the comparison (screenshots) in the ${theme} theme`, async ({
    page,
  }) => {
    // Two viewports, each running the three-way comparison: more than the default two minutes on a busy machine.
    test.setTimeout(300_000);
    await page.addInitScript((chosen) => localStorage.setItem('canary-lab:theme', chosen), theme);
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto('/lab');
      // Shift 10 % to version 2 so the alias shows two weights, then let particles flow.
      await page.getByRole('button', { name: 'Start deployment' }).click();
      await page.getByRole('button', { name: '1×' }).click();
      await page.getByTestId('moment-continue').click();
      // At phone size the traffic flow is a tab of the workspace.
      await showWorkspaceTab(page, 'Traffic');
      // The canary's first shift is on screen: the alias box splits 90 / 10 between the two versions.
      const alias = page.getByTestId('flow-target').filter({ hasText: 'Alias' });
      await expect(alias).toContainText('v1 90 %');
      await expect(alias).toContainText('v2 10 %');
      await expect(page.getByTestId('flow-version')).toHaveCount(2);
      await page
        .getByTestId('traffic-flow')
        .screenshot({ path: `test-results/screenshots/flow-${viewport.name}-${theme}.png` });
      await page.getByRole('tab', { name: 'Inspector' }).click();
      const inspector = page.getByTestId('inspector');
      await inspector.getByRole('button', { name: /^orders:live/ }).click();
      await expect(inspector.getByTestId('inspector-title')).toHaveText(/orders:live/);
      await inspector.screenshot({ path: `test-results/screenshots/flow-inspector-${viewport.name}-${theme}.png` });
      const view = await openCompare(page);
      await expect(view.getByTestId('compare-result')).toHaveCount(3, { timeout: 60_000 });
      await expect(view.getByTestId('failed-requests')).toHaveCount(3);
      await view.screenshot({ path: `test-results/screenshots/flow-compare-${viewport.name}-${theme}.png` });
    }
  });

  test(`$LATEST wiring screenshots in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((chosen) => localStorage.setItem('canary-lab:theme', chosen), theme);
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto('/lab?scenario=latest-wiring');
      await expect(page.getByTestId('wiring-warning').first()).toBeVisible({ timeout: 30_000 });
      await page
        .getByTestId('traffic-flow')
        .screenshot({ path: `test-results/screenshots/flow-latest-${viewport.name}-${theme}.png` });
    }
  });
}
