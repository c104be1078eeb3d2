// No layout shift while a page loads (issue 18): the shell paints first and the page, the learner's
// progress and the service worker's "Available offline" chip arrive later, so each must land in
// space that was already reserved. Cumulative Layout Shift is summed from the browser's own
// `layout-shift` entries (https://web.dev/articles/cls), skipping shifts right after input as CLS
// does. The sum over the whole load is stricter than CLS's largest session window; the goal is 0.05.
import { expect, test, type Page } from '@playwright/test';

const ROUTES = [
  '/',
  '/learn',
  '/learn/aliases-and-weighted-routing',
  '/lab',
  '/scenarios',
  '/scenarios/latest-wiring',
  '/practice',
  '/practice/drill',
  '/progress',
  '/workshop',
];

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 720 },
];

async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number; __shifts: string[] };
    w.__shift = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        w.__shift += entry.value;
        const nodes = (entry.sources ?? []).map((s) => {
          const el = s.node as Element | null | undefined;
          return el?.nodeName ? `${el.nodeName.toLowerCase()}${el.className ? `.${String(el.className)}` : ''}` : '?';
        });
        w.__shifts.push(`${entry.value.toFixed(3)} ${nodes.join(' ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Two animation frames: whatever the last task changed has been laid out and reported. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

const shifts = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __shift: number; __shifts: string[] };
    return { total: w.__shift, entries: w.__shifts };
  });

for (const viewport of VIEWPORTS) {
  test.describe(`layout shift on a ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const route of ROUTES) {
      test(`${route} loads without shifting what is already on screen`, async ({ page }) => {
        await recordShifts(page);
        await page.goto(route, { waitUntil: 'networkidle' });
        await expect(page.locator('main h1').first()).toBeVisible();
        await settle(page);
        const { total, entries } = await shifts(page);
        expect(total, entries.join('\n')).toBeLessThanOrEqual(0.05);
      });
    }
  });
}

test.describe('layout shift when the app becomes available offline', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the "Available offline" chip arrives without moving the header', async ({ page }) => {
    await recordShifts(page);
    await page.goto('/');
    await expect(page.locator('main h1').first()).toBeVisible();
    await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 60_000 });
    await settle(page);
    const { total, entries } = await shifts(page);
    expect(total, entries.join('\n')).toBeLessThanOrEqual(0.05);
  });
});
