// Issue 22: reflow at 320 CSS px (WCAG 1.4.10) on every route, with the content that loads after the
// page (Progress's data, a note's body, the Lab's views); and single-key shortcuts (WCAG 2.1.4) that do
// nothing while focus is in the event log, a table or a text field.
import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'block' });

/** Every area and the sub-pages a learner reaches, each with something that shows once its content loaded. */
const routes: { path: string; loaded: (page: Page) => ReturnType<Page['getByRole']> }[] = [
  { path: '/', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { path: '/learn', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { path: '/learn/versions-and-latest', loaded: (p) => p.getByRole('button', { name: /Mark as read|Read/ }) },
  { path: '/learn/glossary', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { path: '/lab', loaded: (p) => p.getByRole('button', { name: 'Start deployment' }) },
  { path: '/scenarios', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { path: '/scenarios/latest-wiring', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { path: '/practice', loaded: (p) => p.getByRole('link', { name: 'Drill all topics' }) },
  { path: '/practice/drill?topic=hooks&seed=1', loaded: (p) => p.getByRole('button', { name: 'Check answer' }) },
  { path: '/practice/exam', loaded: (p) => p.getByRole('button', { name: 'Start exam' }) },
  { path: '/practice/review', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { path: '/progress', loaded: (p) => p.getByRole('heading', { name: 'Import', exact: true }) },
  { path: '/workshop', loaded: (p) => p.getByRole('heading', { name: 'Agenda' }) },
  { path: '/rehearse', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { path: '/faithful', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { path: '/no-such-page', loaded: (p) => p.getByRole('heading', { level: 1 }) },
];

test.describe('reflow at 320 px', () => {
  for (const route of routes) {
    test(`${route.path} does not scroll sideways at 320 × 640`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(route.path);
      await expect(route.loaded(page).first()).toBeVisible();
      // Whatever sticks out past the right edge is named in the failure message.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.right > document.documentElement.clientWidth + 1;
          })
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways scroll; elements past the edge: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('Lab shortcuts keep out of the way', () => {
  const speed = (page: Page, x: number) =>
    page.getByRole('group', { name: 'Speed' }).getByRole('button', { name: `${x}×` });

  async function openLabWithHistory(page: Page) {
    await page.goto('/lab');
    await expect(page.getByRole('button', { name: 'Start deployment' })).toBeEnabled();
    await page.getByTestId('auto-pause').uncheck();
    await page.getByRole('button', { name: 'Start deployment' }).click();
    await speed(page, 600).click();
    if ((await page.getByTestId('play-toggle').textContent())?.trim() === 'Play')
      await page.getByTestId('play-toggle').click();
    await expect.poll(async () => (await page.getByTestId('sim-time').textContent()) !== '09:00:00').toBe(true);
    await page.getByTestId('play-toggle').click();
    await expect(page.getByTestId('play-toggle')).toHaveText('Play');
    await speed(page, 10).click();
  }

  /** The keys that would restart, change speed, play, skip and scrub if the page owned them. */
  const shortcutKeys = ['r', '4', ' ', 'n', 'ArrowLeft'];

  async function expectUntouched(page: Page, time: string) {
    await expect(page.getByTestId('sim-time')).toHaveText(time);
    await expect(page.getByTestId('play-toggle')).toHaveText('Play');
    await expect(speed(page, 10)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('(looking back)')).toHaveCount(0);
  }

  test('keys pressed in the event log, the traffic table and the console do nothing to the simulation', async ({
    page,
  }) => {
    await openLabWithHistory(page);
    const time = (await page.getByTestId('sim-time').textContent())!;

    await page.getByRole('tab', { name: 'Events' }).click();
    const log = page.getByRole('region', { name: 'Event log, newest first' });
    await log.focus();
    for (const key of shortcutKeys) await page.keyboard.press(key);
    await expectUntouched(page, time);
    await expect(log).toBeFocused();

    await page.getByText('Show as a table').click();
    const table = page.getByRole('region', { name: 'Traffic flow table' });
    await table.focus();
    for (const key of shortcutKeys) await page.keyboard.press(key);
    await expectUntouched(page, time);
    await expect(table).toBeFocused();

    const input = page.getByTestId('console-input');
    await input.focus();
    await page.keyboard.type('r4 n');
    await page.keyboard.press('ArrowLeft');
    await expectUntouched(page, time);
    await expect(input).toHaveValue('r4 n');

    // The same keys on the page itself do act: the shortcut exists, it is only scoped.
    await page.getByRole('heading', { level: 1, name: 'Lab' }).click();
    await page.keyboard.press('4');
    await expect(speed(page, 600)).toHaveAttribute('aria-pressed', 'true');
  });
});
