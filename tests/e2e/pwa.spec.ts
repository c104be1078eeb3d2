import { expect, test, type Page } from '@playwright/test';
import { shellPages } from './shellPages';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Loads a page, waits for the service worker to activate, and reloads so that it controls the page. */
async function visitUntilControlled(page: Page, path = '/') {
  await page.goto(path);
  // `ready` resolves while the worker may still be 'activating'; wait for the precache to finish.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  await page.reload();
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test.describe('installable offline app', () => {
  test('the manifest is linked and has what an install needs', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const response = await request.get(new URL(href!, page.url()).toString());
    expect(response.ok()).toBe(true);
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Canary Lab'),
      short_name: 'Canary Lab',
      description: expect.stringContaining('Lambda'),
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    const icons = manifest.icons as ManifestIcon[];
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });

  test('every manifest icon loads as a PNG of the declared size, and the page icons load', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    for (const icon of manifest.icons as ManifestIcon[]) {
      const response = await request.get(`/${icon.src.replace(/^\//, '')}`);
      expect(response.ok(), icon.src).toBe(true);
      expect(response.headers()['content-type']).toContain('image/png');
      const size = await page.evaluate(
        async (src) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          return `${image.naturalWidth}x${image.naturalHeight}`;
        },
        `/${icon.src.replace(/^\//, '')}`,
      );
      expect(size).toBe(icon.sizes);
    }
    for (const selector of ['link[rel="icon"]', 'link[rel="apple-touch-icon"]']) {
      const href = await page.locator(selector).getAttribute('href');
      expect((await request.get(href!)).ok(), selector).toBe(true);
    }
  });

  test('the service worker activates, controls the page and the shell says the app is available offline', async ({
    page,
  }) => {
    await visitUntilControlled(page);
    await expect(page.getByTestId('offline-ready')).toHaveText(/Available offline/);
  });

  test('offline after a first visit: a reload and every page are served by the service worker', async ({
    page,
    context,
  }) => {
    await visitUntilControlled(page);
    await context.setOffline(true);
    const reload = await page.reload();
    expect(reload?.fromServiceWorker()).toBe(true);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.getByTestId('network-status')).toContainText('Offline');
    for (const shellPage of shellPages) {
      const response = await page.goto(shellPage.path);
      expect(response?.fromServiceWorker(), shellPage.path).toBe(true);
      await expect(page).toHaveTitle(shellPage.title);
      await expect(page.locator('main h1').first()).toBeVisible();
      await expect(page.getByText('This page could not be loaded')).toHaveCount(0);
    }
    // In-app navigation offline loads the lazily split pages from the precache too.
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workshop' }).click();
    await expect(page).toHaveTitle('Workshop · Canary Lab');
  });
});
