import { expect, test } from '@playwright/test';

test.describe('How faithful is this?', () => {
  test('is reachable from the footer and lists modelled, approximated and missing behaviour with AWS sources', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'How faithful is this?' }).click();
    await expect(page).toHaveURL(/\/faithful$/);
    await expect(page.getByRole('heading', { level: 1, name: 'How faithful is this?' })).toBeVisible();
    for (const name of [/Modelled as AWS documents it/, /Approximated/, /Not modelled/])
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    const sources = page.locator('main a[href^="https://docs.aws.amazon.com/"]');
    expect(await sources.count()).toBeGreaterThan(10);
  });
});
